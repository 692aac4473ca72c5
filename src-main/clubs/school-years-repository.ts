import type Database from 'better-sqlite3';
import type { SchoolYearCounts } from '../contract/clubs';
import { LEVELS } from '../contract/plans';

/** The SQL of the facts of an academic year kept apart from its records (`school_years`). */

type Db = Database.Database;
type Level = (typeof LEVELS)[number];

/**
 * The facts of an academic year kept apart from its records (migration 010): its number of families and of
 * teachers, and the enrolment by level carried over from Настройки for a year whose class list was not filled.
 */
export interface SchoolYear extends SchoolYearCounts {
  /** null when nothing was carried over; the year's class list, once filled, is what counts. */
  carried: Record<Level, number> | null;
}

interface Row {
  families: number | null;
  teachers: number | null;
  noo: number | null;
  ooo: number | null;
  soo: number | null;
}

/** The year's facts; all null when nothing was given for the year. */
export function readSchoolYear(db: Db, year: string): SchoolYear {
  const row = db
    .prepare(
      `SELECT families, teachers, carried_noo AS noo, carried_ooo AS ooo, carried_soo AS soo
       FROM school_years WHERE year = ?`,
    )
    .get(year) as Row | undefined;
  if (!row) return { families: null, teachers: null, carried: null };
  const carried = row.noo === null && row.ooo === null && row.soo === null;
  return {
    families: row.families,
    teachers: row.teachers,
    carried: carried ? null : { НОО: row.noo ?? 0, ООО: row.ooo ?? 0, СОО: row.soo ?? 0 },
  };
}

export function saveSchoolYearCounts(db: Db, year: string, counts: SchoolYearCounts, stamp: string): void {
  db.prepare(
    `INSERT INTO school_years (year, families, teachers, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (year) DO UPDATE SET families = excluded.families, teachers = excluded.teachers,
       updated_at = excluded.updated_at`,
  ).run(year, counts.families, counts.teachers, stamp);
}

/** The figures of a year carried over from Настройки: null where there is nothing to carry. */
export interface CarriedFigures {
  families: number | null;
  teachers: number | null;
  noo: number | null;
  ooo: number | null;
  soo: number | null;
}

/**
 * Writes the figures carried over to `year` where the year has none of its own yet (`carryOverSchoolProfile`). The
 * caller holds the transaction.
 */
export function saveCarriedFigures(db: Db, year: string, figures: CarriedFigures, stamp: string): void {
  db.prepare(
    `INSERT INTO school_years (year, families, teachers, carried_noo, carried_ooo, carried_soo, updated_at)
     VALUES (@year, @families, @teachers, @noo, @ooo, @soo, @stamp)
     ON CONFLICT (year) DO UPDATE SET
       families = coalesce(families, excluded.families),
       teachers = coalesce(teachers, excluded.teachers),
       carried_noo = coalesce(carried_noo, excluded.carried_noo),
       carried_ooo = coalesce(carried_ooo, excluded.carried_ooo),
       carried_soo = coalesce(carried_soo, excluded.carried_soo)`,
  ).run({ year, ...figures, stamp });
}
