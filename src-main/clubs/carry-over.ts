import type Database from 'better-sqlite3';
import { academicYearOf, localIsoDate } from '../contract/academic-year';
import type { SchoolProfile } from '../contract/settings';
import { countClasses } from './repository';
import { saveCarriedFigures } from './school-years-repository';

/** The part of the settings the carry-over reads and writes. */
export interface ProfileStore {
  read(): { school: SchoolProfile };
  saveSchool(school: SchoolProfile): unknown;
}

/** The figures Настройки held for every year before they were kept per year (`schoolProfileSchema`'s old fields). */
interface ProfileFigures {
  enrolment?: { noo: number; ooo: number; soo: number } | undefined;
  families?: number | undefined;
  teachers?: number | undefined;
}

/**
 * Carries the single figures of Настройки over to `year` (the academic year they were kept in): the families and
 * teachers where the year has none, the enrolment by level where the year has no class list. A figure of 0 meant
 * «not filled in» and is not carried. The caller holds the transaction.
 */
function carryOverProfileFigures(db: Database.Database, year: string, figures: ProfileFigures, stamp: string): void {
  const known = (n: number | undefined) => (n !== undefined && n > 0 ? n : null);
  const enrolment = countClasses(db, year) > 0 ? undefined : figures.enrolment;
  const carried = {
    families: known(figures.families),
    teachers: known(figures.teachers),
    noo: known(enrolment?.noo),
    ooo: known(enrolment?.ooo),
    soo: known(enrolment?.soo),
  };
  if (Object.values(carried).every((n) => n === null)) return;
  saveCarriedFigures(db, year, carried, stamp);
}

/**
 * Moves the enrolment by level, the families and the teachers that Настройки kept as one figure for every year
 * into the current academic year (`carryOverProfileFigures`), then saves the profile without them, so this happens
 * once. Settings live in their own file, not in the store, so no migration can do it. Returns whether it did.
 */
export function carryOverSchoolProfile(db: Database.Database, settings: ProfileStore, now: Date): boolean {
  const { enrolment, families, teachers, ...profile } = settings.read().school;
  if (enrolment === undefined && families === undefined && teachers === undefined) return false;
  const year = academicYearOf(localIsoDate(now));
  db.transaction(() => carryOverProfileFigures(db, year, { enrolment, families, teachers }, now.toISOString()))();
  settings.saveSchool(profile);
  return true;
}
