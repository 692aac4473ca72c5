import type Database from 'better-sqlite3';
import { academicYearOf, localIsoDate } from '../contract/academic-year';
import { blankPartnerFields, type PartnerFields } from '../contract/partners';
import { insertPartner, insertStageHistory } from '../partners/repository';
import { DEFAULT_CATEGORIES, type ProgramModel } from './program-model';

const ITEM_KINDS = {
  task: 'tasks',
  principle: 'principles',
  venue: 'venues',
  lendable_resource: 'lendableResources',
  staff_development_form: 'staffDevelopmentForms',
} as const satisfies Record<string, keyof ProgramModel>;

function seededPartner(source: ProgramModel['partners'][number], categoryId: number): PartnerFields {
  return {
    ...blankPartnerFields(categoryId),
    fullName: source.name,
    notes: source.sourceRowShared ? `В программе школы указан в одной строке: ${source.sourceRowShared}.` : '',
    forms: source.forms.map((text) => ({ text, taskIds: [] })),
    effects: source.effects,
  };
}

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

    for (const source of model.partners) {
      const fields = seededPartner(source, categoryId.get(source.category) ?? 0);
      const id = insertPartner(db, fields, { createdAt: stamp, updatedAt: stamp });
      insertStageHistory(db, id, {
        year: academicYearOf(localIsoDate(now)),
        fromStage: null,
        toStage: 1,
        date: localIsoDate(now),
        comment: 'Из программы социального партнёрства школы',
        recordedAt: stamp,
      });
    }
  })();
}
