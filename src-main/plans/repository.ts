import type Database from 'better-sqlite3';
import type { Participant, PlanApproval, PlanItemFields, Venue } from '../contract/plans';

import { prepared } from '../db/statements';

type Db = Database.Database;

export interface PlanRow extends PlanApproval {
  id: number;
  year: string;
}

interface RawPlanRow extends Omit<PlanRow, 'agreed'> {
  agreed: number;
}

const PLAN_SELECT = `
  SELECT id, year, approver_position AS approverPosition, approver_name AS approverName,
         approval_order_number AS approvalOrderNumber, approval_order_date AS approvalOrderDate, agreed,
         agreed_by AS agreedBy, agreed_protocol_number AS agreedProtocolNumber,
         agreed_protocol_date AS agreedProtocolDate
  FROM plans`;

export function findPlan(db: Db, year: string): PlanRow | undefined {
  const raw = prepared(db, `${PLAN_SELECT} WHERE year = ?`).get(year) as RawPlanRow | undefined;
  return raw ? { ...raw, agreed: raw.agreed === 1 } : undefined;
}

const APPROVAL_COLUMNS = [
  'approver_position',
  'approver_name',
  'approval_order_number',
  'approval_order_date',
  'agreed',
  'agreed_by',
  'agreed_protocol_number',
  'agreed_protocol_date',
];

function approvalValues(a: PlanApproval): unknown[] {
  return [
    a.approverPosition,
    a.approverName,
    a.approvalOrderNumber,
    a.approvalOrderDate,
    a.agreed ? 1 : 0,
    a.agreedBy,
    a.agreedProtocolNumber,
    a.agreedProtocolDate,
  ];
}

export function insertPlan(db: Db, year: string, approval: PlanApproval, stamp: string): number {
  const { id } = db
    .prepare(
      `INSERT INTO plans (year, ${APPROVAL_COLUMNS.join(', ')}, created_at, updated_at)
       VALUES (?, ${APPROVAL_COLUMNS.map(() => '?').join(', ')}, ?, ?) RETURNING id`,
    )
    .get(year, ...approvalValues(approval), stamp, stamp) as { id: number };
  return id;
}

export function updateApproval(db: Db, planId: number, approval: PlanApproval, stamp: string): void {
  db.prepare(`UPDATE plans SET ${APPROVAL_COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(
    ...approvalValues(approval),
    stamp,
    planId,
  );
}

export function listPlanYears(db: Db): { year: string; itemsCount: number }[] {
  return db
    .prepare(
      `SELECT p.year AS year, count(i.id) AS itemsCount
       FROM plans p LEFT JOIN plan_items i ON i.plan_id = p.id
       GROUP BY p.id ORDER BY p.year`,
    )
    .all() as { year: string; itemsCount: number }[];
}

/** A plan item's own columns, as stored. */
export interface ItemRow {
  id: number;
  title: string;
  form: string;
  timing: PlanItemFields['timing'];
  month: string | null;
  dateFrom: string | null;
  dateTo: string | null;
  timeFrom: string | null;
  timeTo: string | null;
  venue: Venue;
  venueNote: string;
  responsibleSchool: string;
  responsiblePartner: string;
  directionId: number | null;
  notes: string;
}

const ITEM_SELECT = `
  SELECT i.id AS id, i.title AS title, i.form AS form, i.timing AS timing, i.month AS month,
         i.date_from AS dateFrom, i.date_to AS dateTo, i.time_from AS timeFrom, i.time_to AS timeTo,
         i.venue AS venue, i.venue_note AS venueNote, i.responsible_school AS responsibleSchool,
         i.responsible_partner AS responsiblePartner, i.direction_id AS directionId,
         i.notes AS notes`;
const ITEM_FROM = 'FROM plan_items i';

/** A plan's items: its year is the caller's, and 1,600 rows a year are read without it. */
export function listItemRows(db: Db, planId: number): ItemRow[] {
  return prepared(db, `${ITEM_SELECT} ${ITEM_FROM} WHERE i.plan_id = ?`).all(planId) as ItemRow[];
}

export function findItemRow(db: Db, id: number): (ItemRow & { year: string }) | undefined {
  return prepared(
    db,
    `${ITEM_SELECT}, p.year AS year ${ITEM_FROM} JOIN plans p ON p.id = i.plan_id WHERE i.id = ?`,
  ).get(id) as (ItemRow & { year: string }) | undefined;
}

/** The partners, participants, tasks and event counts of a plan's items (or of one item), keyed by item. */
export interface ItemLinks {
  /** The partners' ids and, beside them, their names in the plan (the short one when there is one). */
  partners: Map<number, { ids: number[]; names: string[] }>;
  participants: Map<number, Participant[]>;
  tasks: Map<number, number[]>;
  events: Map<number, { eventsCount: number; heldCount: number; unheldCount: number }>;
  /** The names of the directions of upbringing, by id (a school has about ten; each names hundreds of items). */
  directions: Map<number, string>;
}

function listOf<V>(map: Map<number, V[]>, key: number): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** A plan of a year has some 1,600 items and as many links of each kind: each row is put in its item's list as read. */
export function itemLinks(db: Db, scope: { planId: number } | { itemId: number }): ItemLinks {
  const where = 'planId' in scope ? 'i.plan_id = ?' : 'i.id = ?';
  const key = 'planId' in scope ? scope.planId : scope.itemId;
  const links: ItemLinks = {
    partners: new Map(),
    participants: new Map(),
    tasks: new Map(),
    events: new Map(),
    directions: new Map(listDirections(db).map((d) => [d.id, d.name])),
  };
  // A partner appears in the plan under its short name when it has one; a plan names the same few partners in
  // most of its items, so each name is read once.
  const names = new Map(
    (
      prepared(
        db,
        `SELECT id, coalesce(nullif(short_name, ''), full_name) AS name FROM partners WHERE id IN (
           SELECT x.partner_id FROM plan_item_partners x JOIN plan_items i ON i.id = x.item_id WHERE ${where})`,
      ).all(key) as { id: number; name: string }[]
    ).map((p) => [p.id, p.name]),
  );
  // The links are ordered and grouped by `i.id`, in which the plan's index gives its items: SQLite sorts nothing.
  for (const row of prepared(
    db,
    `SELECT i.id AS itemId, x.partner_id AS id
     FROM plan_item_partners x JOIN plan_items i ON i.id = x.item_id WHERE ${where} ORDER BY i.id, x.partner_id`,
  ).all(key) as { itemId: number; id: number }[]) {
    let partners = links.partners.get(row.itemId);
    if (!partners) links.partners.set(row.itemId, (partners = { ids: [], names: [] }));
    partners.ids.push(row.id);
    partners.names.push(names.get(row.id) ?? '');
  }
  for (const row of prepared(
    db,
    `SELECT x.item_id AS itemId, x.kind AS kind, x.value AS value
     FROM plan_item_participants x JOIN plan_items i ON i.id = x.item_id WHERE ${where}`,
  ).all(key) as ({ itemId: number } & Participant)[]) {
    listOf(links.participants, row.itemId).push({ kind: row.kind, value: row.value } as Participant);
  }
  for (const row of prepared(
    db,
    `SELECT i.id AS itemId, x.task_id AS taskId
     FROM plan_item_tasks x JOIN plan_items i ON i.id = x.item_id WHERE ${where} ORDER BY i.id, x.task_id`,
  ).all(key) as { itemId: number; taskId: number }[]) {
    listOf(links.tasks, row.itemId).push(row.taskId);
  }
  // A series is one event (its occurrences edited apart are rows with a series_id and are not counted again);
  // «held» counts every row marked held, a single event or an occurrence of a series recorded on its own.
  for (const row of prepared(
    db,
    `SELECT i.id AS itemId, sum(e.series_id IS NULL) AS eventsCount, sum(e.status = 'held') AS heldCount,
            sum(e.series_id IS NULL AND e.status <> 'held') AS unheldCount
     FROM events e JOIN plan_items i ON i.id = e.plan_item_id WHERE ${where} GROUP BY i.id`,
  ).all(key) as { itemId: number; eventsCount: number; heldCount: number; unheldCount: number }[]) {
    links.events.set(row.itemId, row);
  }
  return links;
}

const ITEM_COLUMNS = [
  'title',
  'form',
  'timing',
  'month',
  'date_from',
  'date_to',
  'time_from',
  'time_to',
  'venue',
  'venue_note',
  'responsible_school',
  'responsible_partner',
  'direction_id',
  'notes',
];

function itemValues(f: PlanItemFields): unknown[] {
  return [
    f.title,
    f.form,
    f.timing,
    f.month,
    f.dateFrom,
    f.dateTo,
    f.timeFrom,
    f.timeTo,
    f.venue,
    f.venueNote,
    f.responsibleSchool,
    f.responsiblePartner,
    f.directionId,
    f.notes,
  ];
}

function replaceLinks(db: Db, itemId: number, fields: PlanItemFields): void {
  db.prepare('DELETE FROM plan_item_partners WHERE item_id = ?').run(itemId);
  db.prepare('DELETE FROM plan_item_participants WHERE item_id = ?').run(itemId);
  db.prepare('DELETE FROM plan_item_tasks WHERE item_id = ?').run(itemId);
  const partner = db.prepare('INSERT OR IGNORE INTO plan_item_partners (item_id, partner_id) VALUES (?, ?)');
  for (const id of fields.partnerIds) partner.run(itemId, id);
  const participant = db.prepare(
    'INSERT OR IGNORE INTO plan_item_participants (item_id, kind, value) VALUES (?, ?, ?)',
  );
  for (const p of fields.participants) participant.run(itemId, p.kind, p.value);
  const task = db.prepare('INSERT OR IGNORE INTO plan_item_tasks (item_id, task_id) VALUES (?, ?)');
  for (const id of fields.taskIds) task.run(itemId, id);
}

/** Inserts an item with its partners, participants and tasks; the caller holds the transaction. */
export function insertItem(db: Db, planId: number, fields: PlanItemFields, stamp: string): number {
  const { id } = db
    .prepare(
      `INSERT INTO plan_items (plan_id, ${ITEM_COLUMNS.join(', ')}, created_at, updated_at)
       VALUES (?, ${ITEM_COLUMNS.map(() => '?').join(', ')}, ?, ?) RETURNING id`,
    )
    .get(planId, ...itemValues(fields), stamp, stamp) as { id: number };
  replaceLinks(db, id, fields);
  return id;
}

/** Updates an item and replaces its partners, participants and tasks; the caller holds the transaction. */
export function updateItem(db: Db, id: number, fields: PlanItemFields, stamp: string): void {
  db.prepare(
    `UPDATE plan_items SET ${ITEM_COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`,
  ).run(...itemValues(fields), stamp, id);
  replaceLinks(db, id, fields);
}

/** Deletes an item; its events stay on the calendar as events of their own (plan_item_id becomes NULL). */
export function deleteItem(db: Db, id: number): void {
  db.prepare('DELETE FROM plan_items WHERE id = ?').run(id);
}

/** Deletes a year's plan when it has no items (an import that made it is undone); whether it was deleted. */
export function deleteEmptyPlan(db: Db, year: string): boolean {
  const sql = 'DELETE FROM plans WHERE year = ? AND NOT EXISTS (SELECT 1 FROM plan_items i WHERE i.plan_id = plans.id)';
  return db.prepare(sql).run(year).changes > 0;
}

/** Which of the given ids are rows of the table (for partners and the program's tasks). */
export function existingIds(db: Db, table: 'partners' | 'tasks', ids: readonly number[]): Set<number> {
  if (ids.length === 0) return new Set();
  const sql =
    table === 'partners'
      ? `SELECT id FROM partners WHERE id IN (${ids.map(() => '?').join(', ')})`
      : `SELECT id FROM program_items WHERE kind = 'task' AND id IN (${ids.map(() => '?').join(', ')})`;
  return new Set((db.prepare(sql).all(...ids) as { id: number }[]).map((r) => r.id));
}

export interface DirectionRow {
  id: number;
  name: string;
}

export function listDirections(db: Db): DirectionRow[] {
  return prepared(db, 'SELECT id, name FROM upbringing_directions ORDER BY position, id').all() as DirectionRow[];
}

export function findDirection(db: Db, id: number): DirectionRow | undefined {
  return db.prepare('SELECT id, name FROM upbringing_directions WHERE id = ?').get(id) as DirectionRow | undefined;
}

export function insertDirection(db: Db, name: string): DirectionRow {
  return db
    .prepare(
      `INSERT INTO upbringing_directions (name, position)
       VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM upbringing_directions)) RETURNING id, name`,
    )
    .get(name) as DirectionRow;
}
