import type Database from 'better-sqlite3';
import type { StaffForm, StaffMemberFields, StaffRecordFields } from '../contract/staff';

type Db = Database.Database;

export interface StaffRow extends StaffMemberFields {
  id: number;
  active: boolean;
  recordsCount: number;
}

interface RawStaffRow extends Omit<StaffRow, 'active'> {
  active: number;
}

const STAFF_SELECT = `
  SELECT s.id AS id, s.full_name AS fullName, s.position AS position, s.subjects AS subjects, s.active AS active,
         (SELECT count(*) FROM staff_development d WHERE d.staff_id = s.id) AS recordsCount
  FROM staff s`;

const toStaffRow = (raw: RawStaffRow): StaffRow => ({ ...raw, active: raw.active === 1 });

export function listStaffRows(db: Db): StaffRow[] {
  return (db.prepare(`${STAFF_SELECT} ORDER BY s.id`).all() as RawStaffRow[]).map(toStaffRow);
}

export function findStaffRow(db: Db, id: number): StaffRow | undefined {
  const raw = db.prepare(`${STAFF_SELECT} WHERE s.id = ?`).get(id) as RawStaffRow | undefined;
  return raw && toStaffRow(raw);
}

export function insertStaff(db: Db, fields: StaffMemberFields, stamp: string): number {
  const { id } = db
    .prepare(
      `INSERT INTO staff (full_name, position, subjects, active, created_at, updated_at)
       VALUES (?, ?, ?, 1, ?, ?) RETURNING id`,
    )
    .get(fields.fullName, fields.position, fields.subjects, stamp, stamp) as { id: number };
  return id;
}

export function updateStaff(db: Db, id: number, fields: StaffMemberFields, stamp: string): void {
  db.prepare('UPDATE staff SET full_name = ?, position = ?, subjects = ?, updated_at = ? WHERE id = ?').run(
    fields.fullName,
    fields.position,
    fields.subjects,
    stamp,
    id,
  );
}

export function setStaffActive(db: Db, id: number, active: boolean, stamp: string): void {
  db.prepare('UPDATE staff SET active = ?, updated_at = ? WHERE id = ?').run(active ? 1 : 0, stamp, id);
}

export function deleteStaff(db: Db, id: number): void {
  db.prepare('DELETE FROM staff WHERE id = ?').run(id);
}

/** A record as stored, with its teacher's and partner's names. */
export interface RecordRow {
  id: number;
  staffId: number;
  staffName: string;
  staffActive: boolean;
  form: StaffForm;
  title: string;
  partnerId: number | null;
  partnerName: string | null;
  dateFrom: string;
  dateTo: string;
  hours: number;
  certificate: string;
  result: string;
}

interface RawRecordRow extends Omit<RecordRow, 'staffActive'> {
  staffActive: number;
}

const RECORD_SELECT = `
  SELECT d.id AS id, d.staff_id AS staffId, s.full_name AS staffName, s.active AS staffActive, d.form AS form,
         d.title AS title, d.partner_id AS partnerId, coalesce(nullif(p.short_name, ''), p.full_name) AS partnerName, d.date_from AS dateFrom,
         d.date_to AS dateTo, d.hours AS hours, d.certificate AS certificate, d.result AS result
  FROM staff_development d
  JOIN staff s ON s.id = d.staff_id
  LEFT JOIN partners p ON p.id = d.partner_id`;

const toRecordRow = (raw: RawRecordRow): RecordRow => ({ ...raw, staffActive: raw.staffActive === 1 });

export interface RecordQuery {
  /** ISO dates bounding `date_from` (an academic year). */
  from?: string;
  to?: string;
  staffId?: number;
  partnerId?: number;
}

export function listRecordRows(db: Db, query: RecordQuery): RecordRow[] {
  const conditions: [string, string | number | undefined][] = [
    ['d.date_from >= ?', query.from],
    ['d.date_from <= ?', query.to],
    ['d.staff_id = ?', query.staffId],
    ['d.partner_id = ?', query.partnerId],
  ];
  const used = conditions.filter(([, value]) => value !== undefined);
  const where = used.map(([sql]) => sql);
  const params = used.map(([, value]) => value);
  const sql = `${RECORD_SELECT}${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''}
    ORDER BY d.date_from, d.date_to, d.id`;
  return (db.prepare(sql).all(...params) as RawRecordRow[]).map(toRecordRow);
}

export function findRecordRow(db: Db, id: number): RecordRow | undefined {
  const raw = db.prepare(`${RECORD_SELECT} WHERE d.id = ?`).get(id) as RawRecordRow | undefined;
  return raw && toRecordRow(raw);
}

function recordValues(f: StaffRecordFields): (string | number | null)[] {
  return [f.staffId, f.form, f.title, f.partnerId, f.dateFrom, f.dateTo, f.hours, f.certificate, f.result];
}

export function insertRecord(db: Db, fields: StaffRecordFields, stamp: string): number {
  const { id } = db
    .prepare(
      `INSERT INTO staff_development (staff_id, form, title, partner_id, date_from, date_to, hours, certificate,
                                      result, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    )
    .get(...recordValues(fields), stamp, stamp) as { id: number };
  return id;
}

export function updateRecord(db: Db, id: number, fields: StaffRecordFields, stamp: string): void {
  db.prepare(
    `UPDATE staff_development SET staff_id = ?, form = ?, title = ?, partner_id = ?, date_from = ?, date_to = ?,
            hours = ?, certificate = ?, result = ?, updated_at = ?
     WHERE id = ?`,
  ).run(...recordValues(fields), stamp, id);
}

export function deleteRecord(db: Db, id: number): void {
  db.prepare('DELETE FROM staff_development WHERE id = ?').run(id);
}

export function countActiveStaff(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM staff WHERE active = 1').get() as { n: number }).n;
}
