import type Database from 'better-sqlite3';
import { academicYearOf, localIsoDate } from '../contract/academic-year';
import type { SchoolProfile } from '../contract/settings';
import { carryOverProfileFigures } from './school-years';

/** The part of the settings the carry-over reads and writes. */
export interface ProfileStore {
  read(): { school: SchoolProfile };
  saveSchool(school: SchoolProfile): unknown;
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
