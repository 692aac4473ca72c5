import { LEVEL_GRADES, type Level } from '@contract/classes';

export const PUPIL_FORMS = ['обучающийся', 'обучающихся', 'обучающихся'] as const;
export const CLASS_FORMS = ['класс', 'класса', 'классов'] as const;
export const CLUB_FORMS = ['кружок', 'кружка', 'кружков'] as const;

/** «ООО (5–9 классы)». */
export function levelLabel(level: Level): string {
  return `${level} (${LEVEL_GRADES[level]})`;
}
