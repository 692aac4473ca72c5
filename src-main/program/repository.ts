import type Database from 'better-sqlite3';
import type { ProgramModel } from './program-model';
import type { HomeSummary, Program } from '../contract/program';
import type { PartnerStatus, Stage } from '../contract/partners';

interface ItemRow {
  id: number;
  kind: string;
  text: string;
}

export function readProgram(db: Database.Database): Program {
  const goal = (db.prepare('SELECT goal FROM program WHERE id = 1').get() as { goal: string } | undefined)?.goal ?? '';
  const items = db.prepare('SELECT id, kind, text FROM program_items ORDER BY kind, position').all() as ItemRow[];
  const of = (kind: string) => items.filter((i) => i.kind === kind).map((i) => i.text);
  const stages = db.prepare('SELECT n, name, content FROM stages ORDER BY n').all() as Program['stages'];
  return {
    goal,
    tasks: items.filter((i) => i.kind === 'task').map((i) => ({ id: i.id, text: i.text })),
    principles: of('principle'),
    stages,
    venues: of('venue'),
    lendableResources: of('lendable_resource'),
    staffDevelopmentForms: of('staff_development_form'),
  };
}

/**
 * Главная's summary. Statuses and stages are derived (partners/standing.ts) and come in: `statuses` each partner's
 * today, `byStage` how many partners (former ones left out) are at each stage of the year.
 */
export function readHomeSummary(
  db: Database.Database,
  statuses: ReadonlyMap<number, PartnerStatus>,
  byStage: ReadonlyMap<Stage, number>,
): HomeSummary {
  const stages = db.prepare('SELECT n AS stage, name FROM stages ORDER BY n').all() as { stage: Stage; name: string }[];
  const counted = db
    .prepare(
      `SELECT c.name AS category, c.position AS position, p.id AS partnerId
       FROM partner_categories c JOIN partners p ON p.category_id = c.id`,
    )
    .all() as { category: string; position: number; partnerId: number }[];
  const categories = new Map<string, { category: string; count: number; position: number }>();
  for (const row of counted) {
    if (statuses.get(row.partnerId) === 'former') continue;
    const entry = categories.get(row.category) ?? { category: row.category, count: 0, position: row.position };
    entry.count += 1;
    categories.set(row.category, entry);
  }
  const byCategory = [...categories.values()]
    .sort((a, b) => b.count - a.count || a.position - b.position)
    .map(({ category, count }) => ({ category, count }));
  const statusCounts = new Map<string, number>();
  for (const status of statuses.values()) statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1);
  const byStatus = [...statusCounts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([status, count]) => ({ status, count }));
  const partnersTotal = byStatus.filter((s) => s.status !== 'former').reduce((sum, s) => sum + s.count, 0);
  return {
    partnersTotal,
    byStage: stages.map((s) => ({ ...s, count: byStage.get(s.stage) ?? 0 })),
    byCategory,
    byStatus,
  };
}

const ITEM_KINDS = {
  task: 'tasks',
  principle: 'principles',
  venue: 'venues',
  lendable_resource: 'lendableResources',
  staff_development_form: 'staffDevelopmentForms',
} as const satisfies Record<string, keyof ProgramModel>;

/** Writes the programme (goal, lists, stages) and the partners' categories; the categories' ids by name. */
export function insertProgramModel(
  db: Database.Database,
  model: ProgramModel,
  categoryNames: readonly string[],
): Map<string, number> {
  db.prepare('INSERT INTO program (id, goal) VALUES (1, ?)').run(model.goal);
  const item = db.prepare('INSERT INTO program_items (kind, position, text) VALUES (?, ?, ?)');
  for (const [kind, key] of Object.entries(ITEM_KINDS)) {
    model[key].forEach((text, i) => item.run(kind, i + 1, text));
  }
  const stage = db.prepare('INSERT INTO stages (n, name, content) VALUES (?, ?, ?)');
  for (const s of model.stages) stage.run(s.n, s.name, s.content);
  const category = db.prepare('INSERT INTO partner_categories (name, position) VALUES (?, ?) RETURNING id');
  return new Map(categoryNames.map((name, i) => [name, (category.get(name, i + 1) as { id: number }).id]));
}
