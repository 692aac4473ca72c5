import type { Migration } from '../migration';

/**
 * The facts of each academic year that are not records of their own: the number of families and of teachers, and,
 * for a year whose class list the office has not filled, the enrolment by level Настройки used to hold. Until now
 * these lived once, in Настройки, and every year's review used today's figures.
 *
 * What SQL can carry over is carried here: an approved review froze the number of families it was counted with, and
 * that is the year's number. The figures in Настройки (settings.json, not this store) are carried to the current
 * year at start (`carryOverSchoolProfile`).
 */
export const schoolYears: Migration = {
  version: 10,
  name: 'school years: families, teachers and carried-over enrolment per academic year',
  up(db) {
    db.exec(`
      CREATE TABLE school_years (
        year TEXT PRIMARY KEY,
        -- null: not known for the year («нет данных»), unlike 0.
        families INTEGER CHECK (families IS NULL OR families BETWEEN 0 AND 20000),
        teachers INTEGER CHECK (teachers IS NULL OR teachers BETWEEN 0 AND 2000),
        -- The enrolment by level carried over from Настройки; the year's class list, once filled, is what counts.
        carried_noo INTEGER CHECK (carried_noo IS NULL OR carried_noo >= 0),
        carried_ooo INTEGER CHECK (carried_ooo IS NULL OR carried_ooo >= 0),
        carried_soo INTEGER CHECK (carried_soo IS NULL OR carried_soo >= 0),
        updated_at TEXT NOT NULL
      ) STRICT;

      INSERT INTO school_years (year, families, updated_at)
      SELECT r.year, CAST(i.value ->> 'n' AS INTEGER), r.updated_at
      FROM reviews r, json_each(r.snapshot, '$.indicators') i
      WHERE r.snapshot IS NOT NULL AND json_valid(r.snapshot)
        AND i.value ->> 'key' = 'parentCoverage' AND i.value ->> 'n' > 0;
    `);
  },
};
