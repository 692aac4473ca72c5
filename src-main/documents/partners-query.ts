import type Database from 'better-sqlite3';
import { AppError } from '../errors';

/** A partner as documents show it: its names and its lists of forms and effects, in their order. */
export interface DocumentPartner {
  id: number;
  fullName: string;
  shortName: string;
  forms: string[];
  effects: string[];
}

interface PartnerRow {
  id: number;
  fullName: string;
  shortName: string;
}

interface TextRow {
  partnerId: number;
  text: string;
}

/**
 * The partners a document is about: the given ones (every id must exist), or else `current` — the partners the
 * school works with or may work with (their status derived or set by hand, partners/standing.ts).
 * Ordered as they were entered, which for the seeded ones is the order of the school's program.
 */
export function documentPartners(
  db: Database.Database,
  ids: readonly number[] | undefined,
  current: () => readonly number[],
): DocumentPartner[] {
  let rows: PartnerRow[];
  if (ids === undefined) {
    rows = db
      .prepare(
        `SELECT id, full_name AS fullName, short_name AS shortName FROM partners
         WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`,
      )
      .all(JSON.stringify(current())) as PartnerRow[];
  } else {
    const wanted = [...new Set(ids)];
    rows = db
      .prepare(
        `SELECT id, full_name AS fullName, short_name AS shortName FROM partners
         WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`,
      )
      .all(JSON.stringify(wanted)) as PartnerRow[];
    if (rows.length !== wanted.length) {
      throw new AppError(
        'not_found',
        wanted.length - rows.length === 1
          ? 'Один из выбранных партнёров не найден: возможно, он уже удалён. Обновите список и выберите снова.'
          : 'Некоторые из выбранных партнёров не найдены: возможно, они уже удалены. Обновите список и выберите снова.',
      );
    }
  }
  if (rows.length === 0) return [];

  const texts = (table: 'partner_forms' | 'partner_effects') => {
    const byPartner = new Map<number, string[]>();
    const all = db
      .prepare(
        `SELECT partner_id AS partnerId, text FROM ${table}
         WHERE partner_id IN (SELECT value FROM json_each(?)) ORDER BY partner_id, position`,
      )
      .all(JSON.stringify(rows.map((r) => r.id))) as TextRow[];
    for (const row of all) byPartner.set(row.partnerId, [...(byPartner.get(row.partnerId) ?? []), row.text]);
    return byPartner;
  };
  const forms = texts('partner_forms');
  const effects = texts('partner_effects');
  return rows.map((row) => ({ ...row, forms: forms.get(row.id) ?? [], effects: effects.get(row.id) ?? [] }));
}
