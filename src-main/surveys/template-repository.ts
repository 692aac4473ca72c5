import type Database from 'better-sqlite3';
import type {
  SurveyQuestionFields,
  SurveyQuestionKind,
  SurveyTemplate,
  SurveyTemplateFields,
  SurveyTemplateSummary,
} from '../contract/surveys';
import { compareRussian } from '../contract/russian-order';

type Db = Database.Database;

interface TemplateRow {
  id: number;
  title: string;
  intro: string;
  builtIn: 0 | 1;
  updatedAt: string;
  runsCount: number;
}

interface SummaryRow extends Omit<TemplateRow, 'intro'> {
  questionsCount: number;
}

const RUNS = '(SELECT count(*) FROM surveys s WHERE s.template_id = t.id)';

/** The built-in template first, then the office's own by title in Russian alphabetical order. */
export function listTemplates(db: Db): SurveyTemplateSummary[] {
  const rows = db
    .prepare(
      `SELECT t.id, t.title, t.built_in AS builtIn, t.updated_at AS updatedAt, ${RUNS} AS runsCount,
              (SELECT count(*) FROM survey_template_questions q WHERE q.template_id = t.id) AS questionsCount
       FROM survey_templates t`,
    )
    .all() as SummaryRow[];
  return rows
    .map((row) => ({ ...row, builtIn: row.builtIn === 1 }))
    .sort((a, b) => Number(b.builtIn) - Number(a.builtIn) || compareRussian(a.title, b.title) || a.id - b.id);
}

export function findTemplate(db: Db, id: number): SurveyTemplate | undefined {
  const row = db
    .prepare(
      `SELECT t.id, t.title, t.intro, t.built_in AS builtIn, t.updated_at AS updatedAt, ${RUNS} AS runsCount
       FROM survey_templates t WHERE t.id = ?`,
    )
    .get(id) as TemplateRow | undefined;
  if (!row) return undefined;
  const questions = db
    .prepare('SELECT id, text, kind FROM survey_template_questions WHERE template_id = ? ORDER BY position, id')
    .all(id) as { id: number; text: string; kind: SurveyQuestionKind }[];
  const options = Map.groupBy(
    db
      .prepare(
        `SELECT o.question_id AS questionId, o.text, o.score FROM survey_template_options o
         JOIN survey_template_questions q ON q.id = o.question_id
         WHERE q.template_id = ? ORDER BY o.position, o.id`,
      )
      .all(id) as { questionId: number; text: string; score: number }[],
    (option) => option.questionId,
  );
  return {
    ...row,
    builtIn: row.builtIn === 1,
    questions: questions.map((q) => ({
      text: q.text,
      kind: q.kind,
      options: (options.get(q.id) ?? []).map(({ text, score }) => ({ text, score })),
    })),
  };
}

/** The titles of every template but one, to keep titles unique. */
export function templateTitles(db: Db, exceptId: number | null): { id: number; title: string }[] {
  return db.prepare('SELECT id, title FROM survey_templates WHERE id IS NOT ?').all(exceptId) as {
    id: number;
    title: string;
  }[];
}

function insertQuestions(db: Db, templateId: number, questions: readonly SurveyQuestionFields[]): void {
  const question = db.prepare(
    'INSERT INTO survey_template_questions (template_id, position, text, kind) VALUES (?, ?, ?, ?) RETURNING id',
  );
  const option = db.prepare(
    'INSERT INTO survey_template_options (question_id, position, text, score) VALUES (?, ?, ?, ?)',
  );
  questions.forEach((q, i) => {
    const { id } = question.get(templateId, i + 1, q.text, q.kind) as { id: number };
    q.options.forEach((o, j) => option.run(id, j + 1, o.text, o.score));
  });
}

/** Inserts a template with its questions and options; the caller holds the transaction. */
export function insertTemplate(db: Db, fields: SurveyTemplateFields, builtIn: boolean, stamp: string): number {
  const { id } = db
    .prepare(
      `INSERT INTO survey_templates (title, intro, built_in, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?) RETURNING id`,
    )
    .get(fields.title, fields.intro, builtIn ? 1 : 0, stamp, stamp) as { id: number };
  insertQuestions(db, id, fields.questions);
  return id;
}

/** Replaces title, intro and every question; the caller holds the transaction. Runs keep their own copies. */
export function updateTemplate(db: Db, id: number, fields: SurveyTemplateFields, stamp: string): void {
  db.prepare('UPDATE survey_templates SET title = ?, intro = ?, updated_at = ? WHERE id = ?').run(
    fields.title,
    fields.intro,
    stamp,
    id,
  );
  db.prepare('DELETE FROM survey_template_questions WHERE template_id = ?').run(id);
  insertQuestions(db, id, fields.questions);
}

/** Runs made from it keep their questions and results: their reference becomes NULL (ON DELETE SET NULL). */
export function deleteTemplate(db: Db, id: number): void {
  db.prepare('DELETE FROM survey_templates WHERE id = ?').run(id);
}

export function hasBuiltInTemplate(db: Db): boolean {
  return db.prepare('SELECT 1 FROM survey_templates WHERE built_in = 1 LIMIT 1').get() !== undefined;
}
