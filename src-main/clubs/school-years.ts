import type Database from 'better-sqlite3';
import type { SchoolYearCounts } from '../contract/clubs';
import { LEVELS } from '../contract/plans';

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

/** The figures Настройки held for every year before they were kept per year (`schoolProfileSchema`'s old fields). */
export interface ProfileFigures {
  enrolment?: { noo: number; ooo: number; soo: number } | undefined;
  families?: number | undefined;
  teachers?: number | undefined;
}

/**
 * Carries the single figures of Настройки over to `year` (the academic year they were kept in): the families and
 * teachers where the year has none, the enrolment by level where the year has no class list. A figure of 0 meant
 * «not filled in» and is not carried. Returns whether anything was written. The caller holds the transaction.
 */
export function carryOverProfileFigures(db: Db, year: string, figures: ProfileFigures, stamp: string): boolean {
  const known = (n: number | undefined) => (n !== undefined && n > 0 ? n : null);
  const hasClasses = db.prepare('SELECT 1 FROM school_classes WHERE year = ? LIMIT 1').get(year) !== undefined;
  const enrolment = hasClasses ? undefined : figures.enrolment;
  const values = {
    year,
    families: known(figures.families),
    teachers: known(figures.teachers),
    noo: known(enrolment?.noo),
    ooo: known(enrolment?.ooo),
    soo: known(enrolment?.soo),
    stamp,
  };
  if (Object.values(values).filter((v) => typeof v === 'number').length === 0) return false;
  db.prepare(
    `INSERT INTO school_years (year, families, teachers, carried_noo, carried_ooo, carried_soo, updated_at)
     VALUES (@year, @families, @teachers, @noo, @ooo, @soo, @stamp)
     ON CONFLICT (year) DO UPDATE SET
       families = coalesce(families, excluded.families),
       teachers = coalesce(teachers, excluded.teachers),
       carried_noo = coalesce(carried_noo, excluded.carried_noo),
       carried_ooo = coalesce(carried_ooo, excluded.carried_ooo),
       carried_soo = coalesce(carried_soo, excluded.carried_soo)`,
  ).run(values);
  return true;
}
