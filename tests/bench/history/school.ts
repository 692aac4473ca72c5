import { academicYearStart } from '../../../src-main/contract/academic-year';
import { stampOn, type HistoryContext, type SchoolClass } from './context';
import { fullName, person, shortPersonName } from './people';
import { STAFF_POSITIONS } from './words';

/** A year's classes: three parallel classes in the primary grades, two in the middle ones, one in 10 and 11. */
function classesOfYear(context: HistoryContext): SchoolClass[] {
  const { random } = context;
  const classes: SchoolClass[] = [];
  for (let grade = 1; grade <= 11; grade += 1) {
    const letters = grade <= 4 ? 'АБВ' : grade <= 9 ? (random.chance(0.3) ? 'АБВ' : 'АБ') : 'А';
    for (const letter of letters) classes.push({ name: `${grade}${letter}`, pupils: random.int(18, 28) });
  }
  return classes;
}

/** «Классы и численность» of every year, as the office keeps them, with the year's families and teachers. */
export function writeClasses(context: HistoryContext): void {
  const insert = context.db.prepare('INSERT INTO school_classes (year, name, pupils) VALUES (?, ?, ?)');
  const counts = context.db.prepare(
    'INSERT INTO school_years (year, families, teachers, updated_at) VALUES (?, ?, ?, ?)',
  );
  for (const year of context.years) {
    const classes = classesOfYear(context);
    context.classes.set(year, classes);
    for (const c of classes) insert.run(year, c.name, c.pupils);
    const pupils = classes.reduce((sum, c) => sum + c.pupils, 0);
    counts.run(year, Math.round(pupils * 0.8), context.random.int(42, 50), stampOn(`${academicYearStart(year)}-09-01`));
  }
}

export interface StaffMember {
  id: number;
  /** Indexes into the years: when the teacher came, and the last year worked. */
  from: number;
  to: number;
}

/** The teaching staff over the years: some forty teachers at a time, a couple coming and leaving each year. */
export function writeStaff(context: HistoryContext): StaffMember[] {
  const { random, years } = context;
  const insert = context.db.prepare(
    `INSERT INTO staff (full_name, position, subjects, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const last = years.length - 1;
  const staff: StaffMember[] = [];
  const add = (from: number) => {
    const to = random.chance(0.55) ? last : Math.min(last, from + random.int(2, 20));
    const p = person(random, 0.85);
    const stamp = stampOn(`${academicYearStart(years[from] ?? '')}-08-28`);
    const left = to < last;
    const id = Number(
      insert.run(
        fullName(p),
        random.pick(STAFF_POSITIONS),
        '',
        left ? 0 : 1,
        stamp,
        left ? stampOn(`${academicYearStart(years[to] ?? '') + 1}-06-30`) : stamp,
      ).lastInsertRowid,
    );
    staff.push({ id, from, to });
    context.teachers.push(shortPersonName(p));
  };
  for (let i = 0; i < 40; i += 1) add(0);
  for (let year = 1; year <= last; year += 1) {
    const leaving = staff.filter((s) => s.to === year - 1).length;
    for (let i = 0; i < Math.max(1, leaving); i += 1) add(year);
  }
  return staff;
}
