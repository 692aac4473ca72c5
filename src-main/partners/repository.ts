import type Database from 'better-sqlite3';
import type { PartnerDetail, PartnerSummary } from '../contract/partners';

const SUMMARY_COLUMNS = `
  p.id AS id, p.full_name AS fullName, p.short_name AS shortName, c.name AS category,
  p.status AS status, p.stage AS stage,
  (SELECT count(*) FROM partner_forms f WHERE f.partner_id = p.id) AS formsCount,
  (SELECT count(*) FROM partner_effects e WHERE e.partner_id = p.id) AS effectsCount`;

export function listPartners(db: Database.Database): PartnerSummary[] {
  return db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}
       FROM partners p JOIN partner_categories c ON c.id = p.category_id
       ORDER BY c.position, p.full_name`,
    )
    .all() as PartnerSummary[];
}

export function findPartner(db: Database.Database, id: number): PartnerDetail | undefined {
  const row = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, p.notes AS notes
       FROM partners p JOIN partner_categories c ON c.id = p.category_id
       WHERE p.id = ?`,
    )
    .get(id) as Omit<PartnerDetail, 'forms' | 'effects'> | undefined;
  if (!row) return undefined;
  const texts = (table: 'partner_forms' | 'partner_effects') =>
    (db.prepare(`SELECT text FROM ${table} WHERE partner_id = ? ORDER BY position`).all(id) as { text: string }[]).map(
      (r) => r.text,
    );
  return { ...row, forms: texts('partner_forms'), effects: texts('partner_effects') };
}
