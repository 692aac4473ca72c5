import type Database from 'better-sqlite3';
import type {
  AgreementFields,
  AgreementType,
  Amendment,
  AmendmentFields,
  Attachment,
  Prolongation,
} from '../contract/agreements';
import { prepared } from '../db/statements';
import { numberKey } from './numbering';

type Db = Database.Database;

/** An agreement as stored, before its status is derived. */
export interface AgreementRow extends AgreementFields {
  id: number;
  partnerName: string;
  terminatedOn: string | null;
  terminationReason: string;
  createdAt: string;
  updatedAt: string;
}

interface RawRow extends Omit<AgreementRow, 'appendices'> {
  appendices: string;
}

const SELECT = `
  SELECT a.id AS id, a.partner_id AS partnerId, p.full_name AS partnerName, a.type AS type, a.number AS number,
         a.city AS city, a.signed_on AS signedOn, a.starts_on AS startsOn, a.ends_on AS endsOn,
         a.prolongation AS prolongation, a.prolongation_years AS prolongationYears, a.notice_days AS noticeDays,
         a.responsible AS responsible, a.subject AS subject, a.school_obligations AS schoolObligations,
         a.partner_obligations AS partnerObligations, a.safety_responsibility AS safetyResponsibility,
         a.appendices AS appendices, a.notes AS notes, a.text AS text, a.template_id AS templateId,
         a.terminated_on AS terminatedOn, a.termination_reason AS terminationReason,
         a.created_at AS createdAt, a.updated_at AS updatedAt
  FROM agreements a JOIN partners p ON p.id = a.partner_id`;

function fromRaw(raw: RawRow): AgreementRow {
  return { ...raw, appendices: JSON.parse(raw.appendices) as string[] };
}

/** What the register, the term and the review need of an agreement: its parties, dates and number, no texts. */
export interface AgreementSummaryRow {
  id: number;
  partnerId: number;
  partnerName: string;
  type: AgreementType;
  number: string;
  signedOn: string | null;
  startsOn: string | null;
  endsOn: string | null;
  prolongation: Prolongation;
  prolongationYears: number;
  terminatedOn: string | null;
  createdAt: string;
}

// The partner's name in a subquery: with a join SQLite reads the agreements' rows, texts and all, instead of the
// `agreements_register` index that holds every other column.
const SUMMARY_SELECT = `
  SELECT a.id AS id, a.partner_id AS partnerId, (SELECT full_name FROM partners WHERE id = a.partner_id) AS partnerName,
         a.type AS type, a.number AS number, a.signed_on AS signedOn, a.starts_on AS startsOn, a.ends_on AS endsOn,
         a.prolongation AS prolongation, a.prolongation_years AS prolongationYears, a.terminated_on AS terminatedOn,
         a.created_at AS createdAt
  FROM agreements a`;

const REGISTER_ORDER = 'ORDER BY a.signed_on IS NULL, a.signed_on DESC, a.id DESC';

/**
 * Every agreement, or one partner's, latest signed first, without their texts: a register of thousands of
 * agreements reads kilobytes, not the megabytes of their texts.
 */
export function listAgreementSummaryRows(db: Db, partnerId?: number): AgreementSummaryRow[] {
  return (
    partnerId === undefined
      ? prepared(db, `${SUMMARY_SELECT} ${REGISTER_ORDER}`).all()
      : prepared(db, `${SUMMARY_SELECT} WHERE a.partner_id = ? ${REGISTER_ORDER}`).all(partnerId)
  ) as AgreementSummaryRow[];
}

export function findAgreementRow(db: Db, id: number): AgreementRow | undefined {
  const raw = db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as RawRow | undefined;
  return raw ? fromRaw(raw) : undefined;
}

export interface AmendmentRow extends Amendment {
  agreementId: number;
}

interface RawAmendment extends Omit<AmendmentRow, 'makesOpenEnded'> {
  makesOpenEnded: number;
}

const AMENDMENT_SELECT = `
  SELECT id, agreement_id AS agreementId, number, signed_on AS signedOn, new_ends_on AS newEndsOn,
         makes_open_ended AS makesOpenEnded, text
  FROM agreement_amendments`;

function amendmentFromRaw(raw: RawAmendment): AmendmentRow {
  return { ...raw, makesOpenEnded: raw.makesOpenEnded === 1 };
}

/** Amendments of one agreement, or of all of them, in the order of their numbers. */
export function listAmendments(db: Db, agreementId?: number): AmendmentRow[] {
  const rows = (
    agreementId === undefined
      ? prepared(db, `${AMENDMENT_SELECT} ORDER BY agreement_id, number`).all()
      : prepared(db, `${AMENDMENT_SELECT} WHERE agreement_id = ? ORDER BY number`).all(agreementId)
  ) as RawAmendment[];
  return rows.map(amendmentFromRaw);
}

export function findAmendment(db: Db, id: number): AmendmentRow | undefined {
  const raw = db.prepare(`${AMENDMENT_SELECT} WHERE id = ?`).get(id) as RawAmendment | undefined;
  return raw ? amendmentFromRaw(raw) : undefined;
}

const COLUMNS = [
  'partner_id',
  'type',
  'number',
  'number_key',
  'city',
  'signed_on',
  'starts_on',
  'ends_on',
  'prolongation',
  'prolongation_years',
  'notice_days',
  'responsible',
  'subject',
  'school_obligations',
  'partner_obligations',
  'safety_responsibility',
  'appendices',
  'notes',
  'text',
  'template_id',
];

function values(f: AgreementFields): unknown[] {
  return [
    f.partnerId,
    f.type satisfies AgreementType,
    f.number,
    numberKey(f.number),
    f.city,
    f.signedOn,
    f.startsOn,
    f.endsOn,
    f.prolongation satisfies Prolongation,
    f.prolongationYears,
    f.noticeDays,
    f.responsible,
    f.subject,
    f.schoolObligations,
    f.partnerObligations,
    f.safetyResponsibility,
    JSON.stringify(f.appendices),
    f.notes,
    f.text,
    f.templateId,
  ];
}

export function insertAgreement(db: Db, fields: AgreementFields, stamp: string): number {
  const { id } = db
    .prepare(
      `INSERT INTO agreements (${COLUMNS.join(', ')}, created_at, updated_at)
       VALUES (${COLUMNS.map(() => '?').join(', ')}, ?, ?) RETURNING id`,
    )
    .get(...values(fields), stamp, stamp) as { id: number };
  return id;
}

export function updateAgreement(db: Db, id: number, fields: AgreementFields, stamp: string): void {
  db.prepare(`UPDATE agreements SET ${COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(
    ...values(fields),
    stamp,
    id,
  );
}

export function setTermination(db: Db, id: number, date: string, reason: string, stamp: string): void {
  db.prepare('UPDATE agreements SET terminated_on = ?, termination_reason = ?, updated_at = ? WHERE id = ?').run(
    date,
    reason,
    stamp,
    id,
  );
}

export function deleteAgreementRow(db: Db, id: number): void {
  db.prepare('DELETE FROM agreements WHERE id = ?').run(id);
}

/** The agreement that already holds this number (compared without case and spaces), if any. */
export function agreementWithNumber(db: Db, number: string): number | undefined {
  const row = db.prepare('SELECT id FROM agreements WHERE number_key = ?').get(numberKey(number)) as
    { id: number } | undefined;
  return row?.id;
}

export function allNumbers(db: Db): string[] {
  return (db.prepare('SELECT number FROM agreements').all() as { number: string }[]).map((r) => r.number);
}

export function insertAmendment(db: Db, agreementId: number, fields: AmendmentFields, stamp: string): number {
  const { id } = db
    .prepare(
      `INSERT INTO agreement_amendments (agreement_id, number, signed_on, new_ends_on, makes_open_ended, text, created_at)
       VALUES (?, (SELECT coalesce(max(number), 0) + 1 FROM agreement_amendments WHERE agreement_id = ?), ?, ?, ?, ?, ?)
       RETURNING id`,
    )
    .get(
      agreementId,
      agreementId,
      fields.signedOn,
      fields.newEndsOn,
      fields.makesOpenEnded ? 1 : 0,
      fields.text,
      stamp,
    ) as {
    id: number;
  };
  return id;
}

export function updateAmendment(db: Db, id: number, fields: AmendmentFields): void {
  db.prepare(
    'UPDATE agreement_amendments SET signed_on = ?, new_ends_on = ?, makes_open_ended = ?, text = ? WHERE id = ?',
  ).run(fields.signedOn, fields.newEndsOn, fields.makesOpenEnded ? 1 : 0, fields.text, id);
}

export function deleteAmendmentRow(db: Db, id: number): void {
  db.prepare('DELETE FROM agreement_amendments WHERE id = ?').run(id);
}

export function touchAgreement(db: Db, id: number, stamp: string): void {
  db.prepare('UPDATE agreements SET updated_at = ? WHERE id = ?').run(stamp, id);
}

/** The signed scans of an agreement, oldest first. */
export function scansOf(db: Database.Database, agreementId: number): Attachment[] {
  return db
    .prepare(
      `SELECT id, original_name AS originalName, mime, size, added_at AS addedAt
       FROM attachments WHERE owner_kind = 'agreement' AND owner_id = ? ORDER BY id`,
    )
    .all(agreementId) as Attachment[];
}

/** How many scans each agreement has. */
export function scanCounts(db: Database.Database): Map<number, number> {
  const rows = prepared(
    db,
    `SELECT owner_id AS id, count(*) AS n FROM attachments WHERE owner_kind = 'agreement' GROUP BY owner_id`,
  ).all() as { id: number; n: number }[];
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** Whether the partner an agreement names is in the registry. */
export function partnerIdExists(db: Database.Database, partnerId: number): boolean {
  return db.prepare('SELECT 1 FROM partners WHERE id = ?').get(partnerId) !== undefined;
}

/** Whether the template an agreement names still exists. */
export function templateExists(db: Database.Database, templateId: number): boolean {
  return db.prepare('SELECT 1 FROM agreement_templates WHERE id = ?').get(templateId) !== undefined;
}
