import type Database from 'better-sqlite3';
import type {
  Contact,
  InteractionForm,
  PartnerFields,
  PartnerFilter,
  PartnerStatus,
  PartnerSummary,
  Stage,
} from '../contract/partners';
import { foldForSearch } from '../contract/text-folding';
import { prepared } from '../db/statements';

type Db = Database.Database;

/** A partner as stored: everything typed but its status, which is derived (standing.ts) or set by hand. */
export interface PartnerRecord extends Omit<PartnerFields, 'status'> {
  id: number;
  category: string;
  createdAt: string;
  updatedAt: string;
}

export interface StageHistoryRow {
  id: number;
  year: string;
  fromStage: Stage | null;
  toStage: Stage;
  date: string;
  comment: string;
  recordedAt: string;
}

const SORT_COLUMNS = {
  name: 'p.full_name COLLATE NOCASE',
  category: 'c.position, p.full_name',
  // Status and stage are derived: the rows come by name and are then sorted by them (listPartners in the service).
  status: 'p.full_name',
  stage: 'p.full_name',
  updated: 'p.updated_at',
} as const;

/** A partner of the registry as stored: its status and stage are derived from the records (standing.ts). */
export type PartnerRowSummary = Omit<PartnerSummary, 'status' | 'stage' | 'statusSetByHand' | 'stageSetByHand'>;

export function listPartnerRows(db: Db, filter: PartnerFilter): PartnerRowSummary[] {
  const search = foldForSearch(filter.search ?? '');
  const where = [
    ...(search ? ['instr(p.search_text, :search) > 0'] : []),
    ...(filter.categoryIds?.length ? ['p.category_id IN (SELECT value FROM json_each(:categoryIds))'] : []),
  ];
  const order = SORT_COLUMNS[filter.sort ?? 'category'];
  const direction = filter.descending ? 'DESC' : 'ASC';
  // One statement for each search, category filter, sort and direction, compiled once: the registry asks again
  // and again.
  return prepared(
    db,
    `SELECT p.id AS id, p.full_name AS fullName, p.short_name AS shortName, p.category_id AS categoryId,
            c.name AS category, p.inn AS inn, p.updated_at AS updatedAt,
            (SELECT count(*) FROM partner_forms f WHERE f.partner_id = p.id) AS formsCount,
            (SELECT count(*) FROM partner_effects e WHERE e.partner_id = p.id) AS effectsCount,
            (SELECT count(*) FROM partner_contacts k WHERE k.partner_id = p.id) AS contactsCount
     FROM partners p JOIN partner_categories c ON c.id = p.category_id
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY ${order
       .split(', ')
       .map((part) => `${part} ${direction}`)
       .join(', ')}, p.id`,
  ).all({
    ...(search ? { search } : {}),
    ...(filter.categoryIds?.length ? { categoryIds: JSON.stringify(filter.categoryIds) } : {}),
  }) as PartnerRowSummary[];
}

interface PartnerRow {
  id: number;
  fullName: string;
  shortName: string;
  categoryId: number;
  category: string;
  legalForm: string;
  inn: string;
  kpp: string;
  ogrn: string;
  legalAddress: string;
  postalAddress: string;
  headName: string;
  headPosition: string;
  headBasis: string;
  headNameGenitive: string;
  headPositionGenitive: string;
  headAttorneyNumber: string;
  headAttorneyDate: string | null;
  website: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export function findPartner(db: Db, id: number): PartnerRecord | undefined {
  const row = db
    .prepare(
      `SELECT p.id AS id, p.full_name AS fullName, p.short_name AS shortName, p.category_id AS categoryId,
              c.name AS category, p.legal_form AS legalForm, p.inn AS inn, p.kpp AS kpp, p.ogrn AS ogrn,
              p.legal_address AS legalAddress, p.postal_address AS postalAddress, p.head_name AS headName,
              p.head_position AS headPosition, p.head_basis AS headBasis, p.head_name_genitive AS headNameGenitive,
              p.head_position_genitive AS headPositionGenitive, p.head_attorney_number AS headAttorneyNumber,
              p.head_attorney_date AS headAttorneyDate, p.website AS website, p.notes AS notes,
              p.created_at AS createdAt, p.updated_at AS updatedAt
       FROM partners p JOIN partner_categories c ON c.id = p.category_id WHERE p.id = ?`,
    )
    .get(id) as PartnerRow | undefined;
  if (!row) return undefined;
  const contacts = db
    .prepare('SELECT name, role, phone, email FROM partner_contacts WHERE partner_id = ? ORDER BY position')
    .all(id) as Contact[];
  const formRows = db.prepare('SELECT id, text FROM partner_forms WHERE partner_id = ? ORDER BY position').all(id) as {
    id: number;
    text: string;
  }[];
  const taskRows = db
    .prepare(
      `SELECT t.form_id AS formId, t.task_id AS taskId FROM partner_form_tasks t
       JOIN partner_forms f ON f.id = t.form_id WHERE f.partner_id = ? ORDER BY t.task_id`,
    )
    .all(id) as { formId: number; taskId: number }[];
  const forms: InteractionForm[] = formRows.map((f) => ({
    text: f.text,
    taskIds: taskRows.filter((t) => t.formId === f.id).map((t) => t.taskId),
  }));
  const effects = (
    db.prepare('SELECT text FROM partner_effects WHERE partner_id = ? ORDER BY position').all(id) as { text: string }[]
  ).map((e) => e.text);
  return { ...row, contacts, forms, effects };
}

type StoredFields = Omit<PartnerFields, 'status'>;

function searchTextOf(fields: StoredFields): string {
  return foldForSearch(
    [
      fields.fullName,
      fields.shortName,
      fields.inn,
      ...fields.contacts.flatMap((c) => [c.name, c.role, c.phone, c.email]),
      ...fields.forms.map((f) => f.text),
      ...fields.effects,
    ].join('\n'),
  );
}

function writeChildren(db: Db, id: number, fields: StoredFields): void {
  for (const table of ['partner_contacts', 'partner_forms', 'partner_effects']) {
    db.prepare(`DELETE FROM ${table} WHERE partner_id = ?`).run(id);
  }
  const contact = db.prepare(
    'INSERT INTO partner_contacts (partner_id, position, name, role, phone, email) VALUES (?, ?, ?, ?, ?, ?)',
  );
  fields.contacts.forEach((c, i) => contact.run(id, i + 1, c.name, c.role, c.phone, c.email));
  const form = db.prepare('INSERT INTO partner_forms (partner_id, position, text) VALUES (?, ?, ?) RETURNING id');
  const formTask = db.prepare('INSERT OR IGNORE INTO partner_form_tasks (form_id, task_id) VALUES (?, ?)');
  fields.forms.forEach((f, i) => {
    const { id: formId } = form.get(id, i + 1, f.text) as { id: number };
    for (const taskId of f.taskIds) formTask.run(formId, taskId);
  });
  const effect = db.prepare('INSERT INTO partner_effects (partner_id, position, text) VALUES (?, ?, ?)');
  fields.effects.forEach((text, i) => effect.run(id, i + 1, text));
}

function scalarValues(fields: StoredFields) {
  return [
    fields.fullName,
    fields.shortName,
    fields.categoryId,
    fields.legalForm,
    fields.inn,
    fields.kpp,
    fields.ogrn,
    fields.legalAddress,
    fields.postalAddress,
    fields.headName,
    fields.headPosition,
    fields.headBasis,
    fields.headNameGenitive,
    fields.headPositionGenitive,
    fields.headAttorneyNumber,
    fields.headAttorneyDate,
    fields.website,
    fields.notes,
    searchTextOf(fields),
  ];
}

const SCALAR_COLUMNS = [
  'full_name',
  'short_name',
  'category_id',
  'legal_form',
  'inn',
  'kpp',
  'ogrn',
  'legal_address',
  'postal_address',
  'head_name',
  'head_position',
  'head_basis',
  'head_name_genitive',
  'head_position_genitive',
  'head_attorney_number',
  'head_attorney_date',
  'website',
  'notes',
  'search_text',
];

/** Inserts a partner with its contacts, forms and effects; `id` restores a deleted one under its old id. */
export function insertPartner(
  db: Db,
  fields: StoredFields,
  meta: { createdAt: string; updatedAt: string; id?: number },
): number {
  const columns = [...SCALAR_COLUMNS, 'created_at', 'updated_at', ...(meta.id ? ['id'] : [])];
  const values = [...scalarValues(fields), meta.createdAt, meta.updatedAt, ...(meta.id ? [meta.id] : [])];
  const { id } = db
    .prepare(`INSERT INTO partners (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) RETURNING id`)
    .get(...values) as { id: number };
  writeChildren(db, id, fields);
  return id;
}

export function updatePartner(db: Db, id: number, fields: StoredFields, updatedAt: string): void {
  db.prepare(
    `UPDATE partners SET ${SCALAR_COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`,
  ).run(...scalarValues(fields), updatedAt, id);
  writeChildren(db, id, fields);
}

export interface StatusOverride {
  status: PartnerStatus;
  reason: string;
  setOn: string;
  recordedAt: string;
}

export interface StageOverride {
  year: string;
  stage: Stage;
  reason: string;
  setOn: string;
  recordedAt: string;
}

export function findStatusOverride(db: Db, partnerId: number): StatusOverride | undefined {
  return db
    .prepare(
      `SELECT status, reason, set_on AS setOn, recorded_at AS recordedAt FROM partner_status_overrides
       WHERE partner_id = ?`,
    )
    .get(partnerId) as StatusOverride | undefined;
}

export function saveStatusOverride(db: Db, partnerId: number, o: StatusOverride): void {
  db.prepare(
    `INSERT OR REPLACE INTO partner_status_overrides (partner_id, status, reason, set_on, recorded_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(partnerId, o.status, o.reason, o.setOn, o.recordedAt);
}

export function deleteStatusOverride(db: Db, partnerId: number): boolean {
  return db.prepare('DELETE FROM partner_status_overrides WHERE partner_id = ?').run(partnerId).changes > 0;
}

export function listStageOverrides(db: Db, partnerId: number): StageOverride[] {
  return db
    .prepare(
      `SELECT year, stage, reason, set_on AS setOn, recorded_at AS recordedAt FROM partner_stage_overrides
       WHERE partner_id = ? ORDER BY year`,
    )
    .all(partnerId) as StageOverride[];
}

export function saveStageOverride(db: Db, partnerId: number, o: StageOverride): void {
  db.prepare(
    `INSERT OR REPLACE INTO partner_stage_overrides (partner_id, year, stage, reason, set_on, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(partnerId, o.year, o.stage, o.reason, o.setOn, o.recordedAt);
}

export function deleteStageOverride(db: Db, partnerId: number, year: string): boolean {
  return (
    db.prepare('DELETE FROM partner_stage_overrides WHERE partner_id = ? AND year = ?').run(partnerId, year).changes > 0
  );
}

export function deletePartnerRow(db: Db, id: number): void {
  db.prepare('DELETE FROM partners WHERE id = ?').run(id);
}

export function listStageHistory(db: Db, partnerId: number): StageHistoryRow[] {
  return db
    .prepare(
      `SELECT id, year, from_stage AS fromStage, to_stage AS toStage, date, comment, recorded_at AS recordedAt
       FROM partner_stage_history WHERE partner_id = ? ORDER BY date DESC, id DESC`,
    )
    .all(partnerId) as StageHistoryRow[];
}

export function insertStageHistory(db: Db, partnerId: number, entry: Omit<StageHistoryRow, 'id'>): void {
  db.prepare(
    `INSERT INTO partner_stage_history (partner_id, year, from_stage, to_stage, date, comment, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(partnerId, entry.year, entry.fromStage, entry.toStage, entry.date, entry.comment, entry.recordedAt);
}

export function replaceStageHistory(db: Db, partnerId: number, entries: readonly StageHistoryRow[]): void {
  db.prepare('DELETE FROM partner_stage_history WHERE partner_id = ?').run(partnerId);
  for (const entry of [...entries].reverse()) insertStageHistory(db, partnerId, entry);
}

export interface NameAndInn {
  id: number;
  fullName: string;
  shortName: string;
  inn: string;
}

export function listNamesAndInns(db: Db): NameAndInn[] {
  return db
    .prepare('SELECT id, full_name AS fullName, short_name AS shortName, inn FROM partners')
    .all() as NameAndInn[];
}

export function listCategories(db: Db): { id: number; name: string; partnersCount: number }[] {
  return prepared(
    db,
    `SELECT c.id AS id, c.name AS name, count(p.id) AS partnersCount
     FROM partner_categories c LEFT JOIN partners p ON p.category_id = c.id
     GROUP BY c.id ORDER BY c.position`,
  ).all() as { id: number; name: string; partnersCount: number }[];
}

export function insertCategory(db: Db, name: string): number {
  const { id } = db
    .prepare(
      `INSERT INTO partner_categories (name, position)
       VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM partner_categories)) RETURNING id`,
    )
    .get(name) as { id: number };
  return id;
}

/** Whether the store still holds the partner: records of loans, clubs, acquisitions and staff refer to one. */
export function partnerExists(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM partners WHERE id = ?').get(id) !== undefined;
}

export function categoryExists(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM partner_categories WHERE id = ?').get(id) !== undefined;
}

export function existingTaskIds(db: Db, ids: readonly number[]): Set<number> {
  if (ids.length === 0) return new Set();
  const rows = db
    .prepare(`SELECT id FROM program_items WHERE kind = 'task' AND id IN (${ids.map(() => '?').join(', ')})`)
    .all(...ids) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

/** Tables a partner owns: deleting the partner deletes their rows with it. */
const OWNED_TABLES = new Set([
  'partner_contacts',
  'partner_forms',
  'partner_effects',
  'partner_stage_history',
  'partner_status_overrides',
  'partner_stage_overrides',
]);

/**
 * Rows of other tables that refer to a partner (agreements, plan items, events …), found from the
 * schema's foreign keys, so that every table a later migration adds is covered without a list to keep.
 */
export function countReferences(db: Db, partnerId: number): { table: string; count: number }[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  const result: { table: string; count: number }[] = [];
  for (const { name } of tables) {
    if (OWNED_TABLES.has(name)) continue;
    const keys = db
      .prepare('SELECT "from" AS column FROM pragma_foreign_key_list(?) WHERE "table" = ?')
      .all(name, 'partners') as {
      column: string;
    }[];
    for (const { column } of keys) {
      const { n } = db.prepare(`SELECT count(*) AS n FROM "${name}" WHERE "${column}" = ?`).get(partnerId) as {
        n: number;
      };
      if (n > 0) result.push({ table: name, count: n });
    }
  }
  return result;
}

export function saveDeletedRecord(db: Db, kind: string, recordId: number, payload: unknown, deletedAt: string): number {
  const { id } = db
    .prepare('INSERT INTO deleted_records (kind, record_id, payload, deleted_at) VALUES (?, ?, ?, ?) RETURNING id')
    .get(kind, recordId, JSON.stringify(payload), deletedAt) as { id: number };
  return id;
}

export function takeDeletedRecord(
  db: Db,
  token: number,
  kind: string,
): { recordId: number; payload: unknown } | undefined {
  const row = db
    .prepare('SELECT record_id AS recordId, payload FROM deleted_records WHERE id = ? AND kind = ?')
    .get(token, kind) as { recordId: number; payload: string } | undefined;
  if (!row) return undefined;
  db.prepare('DELETE FROM deleted_records WHERE id = ?').run(token);
  return { recordId: row.recordId, payload: JSON.parse(row.payload) as unknown };
}

/** A partner as documents show it: its names and its lists of forms and effects, in their order. */
export interface DocumentPartner {
  id: number;
  fullName: string;
  shortName: string;
  forms: string[];
  effects: string[];
}

interface DocumentPartnerRow {
  id: number;
  fullName: string;
  shortName: string;
}

interface PartnerTextRow {
  partnerId: number;
  text: string;
}

/**
 * The partners of the given ids that exist, with their forms and effects.
 * Ordered as they were entered, which for the seeded ones is the order of the school's program.
 */
export function readDocumentPartners(db: Db, ids: readonly number[]): DocumentPartner[] {
  const rows = db
    .prepare(
      `SELECT id, full_name AS fullName, short_name AS shortName FROM partners
       WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    )
    .all(JSON.stringify([...new Set(ids)])) as DocumentPartnerRow[];
  if (rows.length === 0) return [];

  const texts = (table: 'partner_forms' | 'partner_effects') => {
    const byPartner = new Map<number, string[]>();
    const all = db
      .prepare(
        `SELECT partner_id AS partnerId, text FROM ${table}
         WHERE partner_id IN (SELECT value FROM json_each(?)) ORDER BY partner_id, position`,
      )
      .all(JSON.stringify(rows.map((r) => r.id))) as PartnerTextRow[];
    for (const row of all) byPartner.set(row.partnerId, [...(byPartner.get(row.partnerId) ?? []), row.text]);
    return byPartner;
  };
  const forms = texts('partner_forms');
  const effects = texts('partner_effects');
  return rows.map((row) => ({ ...row, forms: forms.get(row.id) ?? [], effects: effects.get(row.id) ?? [] }));
}
