import { LEVELS } from './plans';
import { compareRussian } from './russian-order';

/** A level of general education: НОО (classes 1–4), ООО (5–9), СОО (10–11). */
export type Level = (typeof LEVELS)[number];

/** What each level of general education spans, as the office writes it. */
export const LEVEL_GRADES: Record<Level, string> = { НОО: '1–4 классы', ООО: '5–9 классы', СОО: '10–11 классы' };

/** The grade of a class: 5 for «5А». */
export function gradeOf(className: string): number {
  return Number.parseInt(className, 10);
}

/** The level of education a class belongs to: 1–4 НОО, 5–9 ООО, 10–11 СОО. */
export function levelOfClass(className: string): Level {
  const grade = gradeOf(className);
  if (grade <= 4) return 'НОО';
  return grade <= 9 ? 'ООО' : 'СОО';
}

/** Classes by grade, then letter: «1А, 1Б, 2А … 10А, 11А». */
export function compareClassNames(a: string, b: string): number {
  return gradeOf(a) - gradeOf(b) || compareRussian(a, b);
}
