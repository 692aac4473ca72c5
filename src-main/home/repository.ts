import type Database from 'better-sqlite3';

type Db = Database.Database;

/** Whether the store holds what each setup step asks for: read as the records are now, never kept. */
export interface SetupRecords {
  /** The year has a class with its enrolment. */
  classes: boolean;
  /** Some teacher works at the school. */
  teachers: boolean;
  /** Some agreement with a partner is recorded. */
  agreements: boolean;
  /** The year's plan has an item. */
  plan: boolean;
}

export function readSetupRecords(db: Db, year: string): SetupRecords {
  const row = db
    .prepare(
      `SELECT
         EXISTS (SELECT 1 FROM school_classes WHERE year = @year AND pupils > 0) AS classes,
         EXISTS (SELECT 1 FROM staff WHERE active = 1) AS teachers,
         EXISTS (SELECT 1 FROM agreements) AS agreements,
         EXISTS (SELECT 1 FROM plan_items i JOIN plans p ON p.id = i.plan_id WHERE p.year = @year) AS plan`,
    )
    .get({ year }) as Record<keyof SetupRecords, number>;
  return {
    classes: row.classes === 1,
    teachers: row.teachers === 1,
    agreements: row.agreements === 1,
    plan: row.plan === 1,
  };
}
