import type Database from 'better-sqlite3';
import { writeAgreements } from './agreements';
import { writeAcquisitions, writeClubs } from './clubs';
import { BENCH_SCHOOL, historyCounts, type HistoryContext, type HistoryOptions } from './context';
import { writeEvents } from './events';
import { writeLoans } from './loans';
import { writePartners } from './partners';
import { writePlans } from './plans';
import { createRandom } from './random';
import { writeReviews } from './reviews';
import { writeClasses, writeStaff } from './school';
import { academicYears, YearDays } from './school-year';
import { writeStaffDevelopment } from './staff';
import { writeSurveys } from './surveys';

/** Rows of each table after the history was written. */
export type TableCounts = Record<string, number>;

/**
 * Writes a school's history into a store the app has just created (migrated, seeded with the programme, its
 * built-in templates): partners, agreements, plans, the calendar with outcomes, loans, clubs, staff development,
 * surveys, acquisitions and reviews, through prepared statements in one transaction. Deterministic: the same
 * options give the same rows. Every row is one the app itself could have written.
 */
export function generateHistory(db: Database.Database, options: HistoryOptions): TableCounts {
  const counts = historyCounts(options);
  const years = academicYears(options.today, counts.years);
  const context: HistoryContext = {
    db,
    random: createRandom(options.seed),
    today: options.today,
    counts,
    years,
    days: new Map(years.map((year) => [year, new YearDays(year)])),
    school: BENCH_SCHOOL,
    categories: new Map(
      (
        db.prepare('SELECT name, id FROM partner_categories ORDER BY position').all() as { name: string; id: number }[]
      ).map((c) => [c.name, c.id]),
    ),
    partners: [],
    classes: new Map(),
    taskIds: db.prepare("SELECT id FROM program_items WHERE kind = 'task' ORDER BY id").pluck().all() as number[],
    directionIds: db.prepare('SELECT id FROM upbringing_directions ORDER BY id').pluck().all() as number[],
    teachers: [],
  };
  db.transaction(() => {
    writeClasses(context);
    const staff = writeStaff(context);
    writePartners(context);
    writeAgreements(context);
    const items = writePlans(context);
    writeEvents(context, items);
    writeLoans(context);
    writeStaffDevelopment(context, staff);
    writeClubs(context);
    writeAcquisitions(context);
    writeSurveys(context);
    writeReviews(context);
  })();
  return tableCounts(db);
}

export function tableCounts(db: Database.Database): TableCounts {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]));
}
