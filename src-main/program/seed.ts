import type Database from 'better-sqlite3';
import { DEFAULT_CATEGORIES, type ProgramModel } from './program-model';

const ITEM_KINDS = {
  task: 'tasks',
  principle: 'principles',
  venue: 'venues',
  lendable_resource: 'lendableResources',
  staff_development_form: 'staffDevelopmentForms',
} as const satisfies Record<string, keyof ProgramModel>;

/** Fills a new store with the school's program: goal, lists, stages, categories and partners. */
export function seedProgramModel(db: Database.Database, model: ProgramModel, now: Date): void {
  const stamp = now.toISOString();
  db.transaction(() => {
    db.prepare('INSERT INTO program (id, goal) VALUES (1, ?)').run(model.goal);

    const item = db.prepare('INSERT INTO program_items (kind, position, text) VALUES (?, ?, ?)');
    for (const [kind, key] of Object.entries(ITEM_KINDS)) {
      model[key].forEach((text, i) => item.run(kind, i + 1, text));
    }

    const stage = db.prepare('INSERT INTO stages (n, name, content) VALUES (?, ?, ?)');
    for (const s of model.stages) stage.run(s.n, s.name, s.content);

    const categoryNames = [...new Set([...DEFAULT_CATEGORIES, ...model.partners.map((p) => p.category)])];
    const category = db.prepare('INSERT INTO partner_categories (name, position) VALUES (?, ?) RETURNING id');
    const categoryId = new Map<string, number>();
    categoryNames.forEach((name, i) => {
      const row = category.get(name, i + 1) as { id: number };
      categoryId.set(name, row.id);
    });

    const partner = db.prepare(
      `INSERT INTO partners (full_name, category_id, status, stage, notes, created_at, updated_at)
       VALUES (?, ?, 'active', 1, ?, ?, ?) RETURNING id`,
    );
    const form = db.prepare('INSERT INTO partner_forms (partner_id, position, text) VALUES (?, ?, ?)');
    const effect = db.prepare('INSERT INTO partner_effects (partner_id, position, text) VALUES (?, ?, ?)');
    for (const p of model.partners) {
      const notes = p.sourceRowShared ? `В программе школы указан в одной строке: ${p.sourceRowShared}.` : '';
      const { id } = partner.get(p.name, categoryId.get(p.category), notes, stamp, stamp) as { id: number };
      p.forms.forEach((text, i) => form.run(id, i + 1, text));
      p.effects.forEach((text, i) => effect.run(id, i + 1, text));
    }
  })();
}
