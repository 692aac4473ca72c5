import type Database from 'better-sqlite3';
import type { ProgramModel } from './program-model';
import type { HomeSummary, Program } from '../contract/program';
import type { Stage } from '../contract/partners';

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

export function readHomeSummary(db: Database.Database): HomeSummary {
  const byStage = db
    .prepare(
      `SELECT s.n AS stage, s.name AS name, count(p.id) AS count
       FROM stages s LEFT JOIN partners p ON p.stage = s.n AND p.status <> 'former'
       GROUP BY s.n ORDER BY s.n`,
    )
    .all() as { stage: Stage; name: string; count: number }[];
  const byCategory = db
    .prepare(
      `SELECT c.name AS category, count(p.id) AS count
       FROM partner_categories c JOIN partners p ON p.category_id = c.id AND p.status <> 'former'
       GROUP BY c.id ORDER BY count DESC, c.position`,
    )
    .all() as HomeSummary['byCategory'];
  const byStatus = db
    .prepare('SELECT status, count(*) AS count FROM partners GROUP BY status ORDER BY status')
    .all() as HomeSummary['byStatus'];
  const partnersTotal = byStatus.filter((s) => s.status !== 'former').reduce((sum, s) => sum + s.count, 0);
  return { partnersTotal, byStage, byCategory, byStatus };
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
