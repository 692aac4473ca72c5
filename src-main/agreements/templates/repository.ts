import type Database from 'better-sqlite3';
import type { AgreementType, Template, TemplateFields } from '../../contract/agreements';
import { compareRussian } from '../../contract/russian-order';

type Db = Database.Database;

interface TemplateRow {
  id: number;
  name: string;
  type: AgreementType;
  body: string;
  builtIn: 0 | 1;
  updatedAt: string;
}

const SELECT = `SELECT id, name, type, body, built_in AS builtIn, updated_at AS updatedAt FROM agreement_templates`;
const TYPE_ORDER: Record<AgreementType, number> = { cooperation: 0, network: 1, other: 2 };

const toTemplate = (row: TemplateRow): Template => ({ ...row, builtIn: row.builtIn === 1 });

/** The built-in templates first, by type; then the office's own, by name in Russian alphabetical order. */
export function listTemplates(db: Db): Template[] {
  const rows = (db.prepare(SELECT).all() as TemplateRow[]).map(toTemplate);
  return rows.sort(
    (a, b) =>
      Number(b.builtIn) - Number(a.builtIn) ||
      (a.builtIn ? TYPE_ORDER[a.type] - TYPE_ORDER[b.type] : 0) ||
      compareRussian(a.name, b.name) ||
      a.id - b.id,
  );
}

export function findTemplate(db: Db, id: number): Template | undefined {
  const row = db.prepare(`${SELECT} WHERE id = ?`).get(id) as TemplateRow | undefined;
  return row && toTemplate(row);
}

export function insertTemplate(db: Db, fields: TemplateFields, updatedAt: string): number {
  const row = db
    .prepare(
      'INSERT INTO agreement_templates (name, type, body, built_in, updated_at) VALUES (?, ?, ?, 0, ?) RETURNING id',
    )
    .get(fields.name, fields.type, fields.body, updatedAt) as { id: number };
  return row.id;
}

/** Changes name, type and body; whether the template is built in never changes. */
export function updateTemplate(db: Db, id: number, fields: TemplateFields, updatedAt: string): void {
  db.prepare('UPDATE agreement_templates SET name = ?, type = ?, body = ?, updated_at = ? WHERE id = ?').run(
    fields.name,
    fields.type,
    fields.body,
    updatedAt,
    id,
  );
}

/** Agreements made from it keep their own text: their reference is set to null (ON DELETE SET NULL). */
export function deleteTemplate(db: Db, id: number): void {
  db.prepare('DELETE FROM agreement_templates WHERE id = ?').run(id);
}

/** Whether a built-in template of the type is in the store, edited or not. */
export function hasBuiltInTemplate(db: Db, type: AgreementType): boolean {
  return (
    db.prepare('SELECT 1 FROM agreement_templates WHERE built_in = 1 AND type = ? LIMIT 1').get(type) !== undefined
  );
}

export function insertBuiltInTemplate(db: Db, template: TemplateFields, updatedAt: string): void {
  db.prepare('INSERT INTO agreement_templates (name, type, body, built_in, updated_at) VALUES (?, ?, ?, 1, ?)').run(
    template.name,
    template.type,
    template.body,
    updatedAt,
  );
}
