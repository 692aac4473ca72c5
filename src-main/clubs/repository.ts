import type Database from 'better-sqlite3';
import type { AttendanceRow, ClubFields, SchoolClassFields } from '../contract/clubs';
import type { CoverageInputs } from './coverage';

type Db = Database.Database;

// ---------------------------------------------------------------------------------------------------------------
// Classes of a year.

export function listClasses(db: Db, year: string): SchoolClassFields[] {
  return db.prepare('SELECT name, pupils FROM school_classes WHERE year = ?').all(year) as SchoolClassFields[];
}

export function countClasses(db: Db, year: string): number {
  return (db.prepare('SELECT count(*) AS n FROM school_classes WHERE year = ?').get(year) as { n: number }).n;
}

/** Replaces the year's whole list; the caller holds the transaction. */
export function replaceClasses(db: Db, year: string, classes: readonly SchoolClassFields[]): void {
  db.prepare('DELETE FROM school_classes WHERE year = ?').run(year);
  insertClasses(db, year, classes);
}

/** Adds classes to the year; the caller makes sure none of them is there yet. */
export function insertClasses(db: Db, year: string, classes: readonly SchoolClassFields[]): void {
  const insert = db.prepare('INSERT INTO school_classes (year, name, pupils) VALUES (?, ?, ?)');
  for (const c of classes) insert.run(year, c.name, c.pupils);
}

/** A count a club of the year records for a class. */
export interface ClassUse {
  className: string;
  clubName: string;
  pupils: number;
}

/** Every count the year's clubs record, the largest first for each class. */
export function classUses(db: Db, year: string): ClassUse[] {
  return db
    .prepare(
      `SELECT a.class_name AS className, c.name AS clubName, a.pupils AS pupils
       FROM club_attendance a JOIN clubs c ON c.id = a.club_id
       WHERE c.year = ? ORDER BY a.class_name, a.pupils DESC, c.name`,
    )
    .all(year) as ClassUse[];
}

// ---------------------------------------------------------------------------------------------------------------
// Clubs.

/** A club's own columns, with its partner's name (the short one when there is one). */
export interface ClubRow {
  id: number;
  year: string;
  partnerId: number;
  partnerName: string;
  name: string;
  leader: string;
  schedule: string;
  notes: string;
}

const CLUB_SELECT = `
  SELECT c.id AS id, c.year AS year, c.partner_id AS partnerId,
         coalesce(nullif(p.short_name, ''), p.full_name) AS partnerName,
         c.name AS name, c.leader AS leader, c.schedule AS schedule, c.notes AS notes
  FROM clubs c JOIN partners p ON p.id = c.partner_id`;

export function listClubRows(db: Db, year: string, partnerId?: number): ClubRow[] {
  return partnerId === undefined
    ? (db.prepare(`${CLUB_SELECT} WHERE c.year = ?`).all(year) as ClubRow[])
    : (db.prepare(`${CLUB_SELECT} WHERE c.year = ? AND c.partner_id = ?`).all(year, partnerId) as ClubRow[]);
}

export function findClubRow(db: Db, id: number): ClubRow | undefined {
  return db.prepare(`${CLUB_SELECT} WHERE c.id = ?`).get(id) as ClubRow | undefined;
}

/** The attendance of the year's clubs (or of one club), keyed by club. */
export function attendanceOf(db: Db, scope: { year: string } | { clubId: number }): Map<number, AttendanceRow[]> {
  const rows = (
    'year' in scope
      ? db
          .prepare(
            `SELECT a.club_id AS clubId, a.class_name AS className, a.pupils AS pupils
             FROM club_attendance a JOIN clubs c ON c.id = a.club_id WHERE c.year = ?`,
          )
          .all(scope.year)
      : db
          .prepare('SELECT club_id AS clubId, class_name AS className, pupils FROM club_attendance WHERE club_id = ?')
          .all(scope.clubId)
  ) as ({ clubId: number } & AttendanceRow)[];
  const byClub = Map.groupBy(rows, (row) => row.clubId);
  return new Map(
    [...byClub].map(([clubId, own]) => [clubId, own.map(({ className, pupils }) => ({ className, pupils }))]),
  );
}

function replaceAttendance(db: Db, clubId: number, attendance: readonly AttendanceRow[]): void {
  db.prepare('DELETE FROM club_attendance WHERE club_id = ?').run(clubId);
  const insert = db.prepare('INSERT INTO club_attendance (club_id, class_name, pupils) VALUES (?, ?, ?)');
  for (const row of attendance) insert.run(clubId, row.className, row.pupils);
}

/** Inserts a club with its attendance; the caller holds the transaction. */
export function insertClub(db: Db, year: string, fields: ClubFields, stamp: string): number {
  const { id } = db
    .prepare(
      `INSERT INTO clubs (year, partner_id, name, leader, schedule, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    )
    .get(year, fields.partnerId, fields.name, fields.leader, fields.schedule, fields.notes, stamp, stamp) as {
    id: number;
  };
  replaceAttendance(db, id, fields.attendance);
  return id;
}

/** Updates a club and replaces its attendance; the caller holds the transaction. */
export function updateClub(db: Db, id: number, fields: ClubFields, stamp: string): void {
  db.prepare(
    `UPDATE clubs SET partner_id = ?, name = ?, leader = ?, schedule = ?, notes = ?, updated_at = ? WHERE id = ?`,
  ).run(fields.partnerId, fields.name, fields.leader, fields.schedule, fields.notes, stamp, id);
  replaceAttendance(db, id, fields.attendance);
}

/** Deletes a club; its attendance goes with it. */
export function deleteClub(db: Db, id: number): void {
  db.prepare('DELETE FROM clubs WHERE id = ?').run(id);
}

// ---------------------------------------------------------------------------------------------------------------
// Coverage.

/** What `clubCoverage` (coverage.ts) counts a year's coverage from: its classes and its clubs with attendance. */
export function coverageInputs(db: Db, year: string): CoverageInputs {
  const attendance = attendanceOf(db, { year });
  return {
    classes: listClasses(db, year),
    clubs: listClubRows(db, year).map((club) => ({
      partnerId: club.partnerId,
      partnerName: club.partnerName,
      attendance: attendance.get(club.id) ?? [],
    })),
  };
}
