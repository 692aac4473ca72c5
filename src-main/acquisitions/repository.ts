import type Database from 'better-sqlite3';
import type {
  AcquisitionApproval,
  AcquisitionFields,
  AcquisitionFilter,
  AcquisitionStatus,
} from '../contract/acquisitions';

type Db = Database.Database;

/** An item as stored, with its partner's name. */
export interface AcquisitionRow extends AcquisitionFields {
  id: number;
  partnerName: string | null;
  status: AcquisitionStatus;
  acquiredOn: string | null;
}

// A partner appears in the plan under its short name when it has one.
const SELECT = `
  SELECT a.id AS id, a.name AS name, a.category AS category, a.quantity AS quantity, a.unit AS unit,
         a.planned_year AS plannedYear, a.planned_quarter AS plannedQuarter, a.source AS source,
         a.partner_id AS partnerId, coalesce(nullif(p.short_name, ''), p.full_name) AS partnerName,
         a.source_note AS sourceNote, a.cost_kopecks AS costKopecks, a.status AS status,
         a.acquired_on AS acquiredOn, a.notes AS notes
  FROM acquisitions a
  LEFT JOIN partners p ON p.id = a.partner_id`;

export function listAcquisitionRows(db: Db, filter: AcquisitionFilter): AcquisitionRow[] {
  const conditions: [string, string | number | null][] = [
    ['a.planned_year >= ?', filter.fromYear],
    ['a.planned_year <= ?', filter.toYear],
    ['a.status = ?', filter.status],
    ['a.source = ?', filter.source],
  ];
  const used = conditions.filter(([, value]) => value !== null);
  const where = used.map(([condition]) => condition);
  const params = used.map(([, value]) => value);
  const sql = `${SELECT}${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''}`;
  return db.prepare(sql).all(...params) as AcquisitionRow[];
}

export function findAcquisitionRow(db: Db, id: number): AcquisitionRow | undefined {
  return db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as AcquisitionRow | undefined;
}

const COLUMNS = [
  'name',
  'category',
  'quantity',
  'unit',
  'planned_year',
  'planned_quarter',
  'source',
  'partner_id',
  'source_note',
  'cost_kopecks',
  'notes',
];

function values(f: AcquisitionFields): unknown[] {
  return [
    f.name,
    f.category,
    f.quantity,
    f.unit,
    f.plannedYear,
    f.plannedQuarter,
    f.source,
    f.partnerId,
    f.sourceNote,
    f.costKopecks,
    f.notes,
  ];
}

/** A new item, planned. */
export function insertAcquisition(db: Db, fields: AcquisitionFields, stamp: string): number {
  const { id } = db
    .prepare(
      `INSERT INTO acquisitions (${COLUMNS.join(', ')}, status, created_at, updated_at)
       VALUES (${COLUMNS.map(() => '?').join(', ')}, 'planned', ?, ?) RETURNING id`,
    )
    .get(...values(fields), stamp, stamp) as { id: number };
  return id;
}

/** Changes what the office typed; the status and the day of acquisition stay. */
export function updateAcquisition(db: Db, id: number, fields: AcquisitionFields, stamp: string): void {
  db.prepare(`UPDATE acquisitions SET ${COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(
    ...values(fields),
    stamp,
    id,
  );
}

export function setAcquisitionStatus(
  db: Db,
  id: number,
  status: AcquisitionStatus,
  acquiredOn: string | null,
  stamp: string,
): void {
  db.prepare('UPDATE acquisitions SET status = ?, acquired_on = ?, updated_at = ? WHERE id = ?').run(
    status,
    acquiredOn,
    stamp,
    id,
  );
}

export function deleteAcquisition(db: Db, id: number): void {
  db.prepare('DELETE FROM acquisitions WHERE id = ?').run(id);
}

/** The categories the school has typed, each once as first written. */
export function usedCategories(db: Db): string[] {
  return (
    db.prepare("SELECT DISTINCT category FROM acquisitions WHERE category <> '' ORDER BY category").all() as {
      category: string;
    }[]
  ).map((r) => r.category);
}

const APPROVAL_DOCUMENT = 'acquisitions';

export function findApproval(db: Db): AcquisitionApproval | undefined {
  return db
    .prepare(
      `SELECT approver_position AS approverPosition, approver_name AS approverName,
              order_number AS approvalOrderNumber, order_date AS approvalOrderDate
       FROM document_approvals WHERE document = ?`,
    )
    .get(APPROVAL_DOCUMENT) as AcquisitionApproval | undefined;
}

export function saveApproval(db: Db, approval: AcquisitionApproval, stamp: string): void {
  db.prepare(
    `INSERT INTO document_approvals (document, approver_position, approver_name, order_number, order_date, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (document) DO UPDATE SET approver_position = excluded.approver_position,
       approver_name = excluded.approver_name, order_number = excluded.order_number,
       order_date = excluded.order_date, updated_at = excluded.updated_at`,
  ).run(
    APPROVAL_DOCUMENT,
    approval.approverPosition,
    approval.approverName,
    approval.approvalOrderNumber,
    approval.approvalOrderDate,
    stamp,
  );
}
