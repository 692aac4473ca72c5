import type Database from 'better-sqlite3';
import type {
  SurveyAnswer,
  SurveyFields,
  SurveyMode,
  SurveyQuestion,
  SurveyQuestionKind,
  SurveyTemplate,
} from '../contract/surveys';

type Db = Database.Database;

/** A run's own columns, and its template's title now (null when the template was deleted). */
export interface SurveyRow {
  id: number;
  templateId: number | null;
  templateTitle: string | null;
  title: string;
  year: string;
  conductedOn: string;
  mode: SurveyMode;
  respondents: number;
  families: number;
  notes: string;
}

const SURVEY_SELECT = `
  SELECT s.id, s.template_id AS templateId, t.title AS templateTitle, s.title, s.year,
         s.conducted_on AS conductedOn, s.mode, s.respondents, s.families, s.notes
  FROM surveys s LEFT JOIN survey_templates t ON t.id = s.template_id`;

export function findSurveyRow(db: Db, id: number): SurveyRow | undefined {
  return db.prepare(`${SURVEY_SELECT} WHERE s.id = ?`).get(id) as SurveyRow | undefined;
}

/** The runs of an academic year, latest first. */
export function listSurveyRows(db: Db, year: string): SurveyRow[] {
  return db
    .prepare(`${SURVEY_SELECT} WHERE s.year = ? ORDER BY s.conducted_on DESC, s.id DESC`)
    .all(year) as SurveyRow[];
}

/** Earlier runs of a template than the given one (by date, then by order of entry), oldest first. */
export function earlierSurveyRows(db: Db, run: Pick<SurveyRow, 'id' | 'templateId' | 'conductedOn'>): SurveyRow[] {
  if (run.templateId === null) return [];
  return db
    .prepare(
      `${SURVEY_SELECT}
       WHERE s.template_id = ? AND (s.conducted_on < ? OR (s.conducted_on = ? AND s.id < ?))
       ORDER BY s.conducted_on, s.id`,
    )
    .all(run.templateId, run.conductedOn, run.conductedOn, run.id) as SurveyRow[];
}

export interface NewSurvey extends SurveyFields {
  templateId: number;
  year: string;
}

/** Inserts a run with its own copy of the template's questions and options; the caller holds the transaction. */
export function insertSurvey(db: Db, survey: NewSurvey, template: SurveyTemplate, stamp: string): number {
  const { id } = db
    .prepare(
      `INSERT INTO surveys (template_id, title, year, conducted_on, mode, respondents, families, notes,
                            created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?) RETURNING id`,
    )
    .get(
      survey.templateId,
      survey.title,
      survey.year,
      survey.conductedOn,
      survey.mode,
      survey.families,
      survey.notes,
      stamp,
      stamp,
    ) as { id: number };
  const question = db.prepare(
    'INSERT INTO survey_questions (survey_id, position, text, kind) VALUES (?, ?, ?, ?) RETURNING id',
  );
  const option = db.prepare(
    'INSERT INTO survey_options (question_id, position, text, score, tally) VALUES (?, ?, ?, ?, 0)',
  );
  template.questions.forEach((q, i) => {
    const { id: questionId } = question.get(id, i + 1, q.text, q.kind) as { id: number };
    q.options.forEach((o, j) => option.run(questionId, j + 1, o.text, o.score));
  });
  return id;
}

export function updateSurvey(db: Db, id: number, fields: SurveyFields, stamp: string): void {
  db.prepare(
    `UPDATE surveys SET title = ?, conducted_on = ?, mode = ?, families = ?, notes = ?, updated_at = ? WHERE id = ?`,
  ).run(fields.title, fields.conductedOn, fields.mode, fields.families, fields.notes, stamp, id);
}

export function deleteSurvey(db: Db, id: number): void {
  db.prepare('DELETE FROM surveys WHERE id = ?').run(id);
}

interface CountRow {
  surveyId: number;
  questionId: number;
  questionText: string;
  kind: SurveyQuestionKind;
  optionId: number | null;
  optionText: string | null;
  score: number | null;
  tally: number | null;
  count: number | null;
}

/** A run's question, its options with their tally, and how many answers chose each (the tally, or questionnaires). */
export interface QuestionCounts extends SurveyQuestion {
  options: (SurveyQuestion['options'][number] & { count: number })[];
}

/** A run's questions in order with their options; `count` is the tally in tally mode, else the questionnaires' answers. */
export function questionCounts(db: Db, surveyId: number): QuestionCounts[] {
  return questionCountsOf(db, [surveyId]).get(surveyId) ?? [];
}

/** `questionCounts` of several runs in one query, keyed by run; a run without questions has no entry. */
export function questionCountsOf(db: Db, surveyIds: readonly number[]): Map<number, QuestionCounts[]> {
  const byRun = new Map<number, QuestionCounts[]>();
  if (surveyIds.length === 0) return byRun;
  const rows = db
    .prepare(
      `SELECT q.survey_id AS surveyId, q.id AS questionId, q.text AS questionText, q.kind, o.id AS optionId,
              o.text AS optionText, o.score, o.tally,
              CASE s.mode WHEN 'tally' THEN o.tally
                ELSE (SELECT count(*) FROM survey_answers a WHERE a.option_id = o.id) END AS count
       FROM survey_questions q
       JOIN surveys s ON s.id = q.survey_id
       LEFT JOIN survey_options o ON o.question_id = q.id
       WHERE q.survey_id IN (SELECT value FROM json_each(?))
       ORDER BY q.survey_id, q.position, q.id, o.position, o.id`,
    )
    .all(JSON.stringify(surveyIds)) as CountRow[];
  for (const [surveyId, runRows] of Map.groupBy(rows, (row) => row.surveyId)) {
    const questions: QuestionCounts[] = [];
    for (const row of runRows) {
      let question = questions.at(-1);
      if (question?.id !== row.questionId) {
        question = {
          id: row.questionId,
          number: questions.length + 1,
          text: row.questionText,
          kind: row.kind,
          options: [],
        };
        questions.push(question);
      }
      if (row.optionId !== null) {
        question.options.push({
          id: row.optionId,
          text: row.optionText ?? '',
          score: row.score ?? 0,
          tally: row.tally ?? 0,
          count: row.count ?? 0,
        });
      }
    }
    byRun.set(surveyId, questions);
  }
  return byRun;
}

/** The options of a run's choice questions, the ones its satisfaction index counts. */
export function choiceOptions(questions: readonly QuestionCounts[]): QuestionCounts['options'][] {
  return questions.filter((q) => q.kind === 'choice').map((q) => q.options);
}

/** Whether anything was entered: forms returned, a tally or a questionnaire. */
export function hasResults(db: Db, surveyId: number): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM surveys s WHERE s.id = ? AND (s.respondents > 0
           OR EXISTS (SELECT 1 FROM survey_options o JOIN survey_questions q ON q.id = o.question_id
                      WHERE q.survey_id = s.id AND o.tally > 0)
           OR EXISTS (SELECT 1 FROM survey_responses r WHERE r.survey_id = s.id))`,
      )
      .get(surveyId) !== undefined
  );
}

/** Tally mode: forms returned and every option's count (those not given count 0); the caller holds the transaction. */
export function saveTally(db: Db, surveyId: number, respondents: number, counts: Map<number, number>, stamp: string) {
  db.prepare('UPDATE surveys SET respondents = ?, updated_at = ? WHERE id = ?').run(respondents, stamp, surveyId);
  const options = db
    .prepare(`SELECT o.id FROM survey_options o JOIN survey_questions q ON q.id = o.question_id WHERE q.survey_id = ?`)
    .pluck()
    .all(surveyId) as number[];
  const set = db.prepare('UPDATE survey_options SET tally = ? WHERE id = ?');
  for (const id of options) set.run(counts.get(id) ?? 0, id);
}

/** What the open questions of a run were answered with, questionnaire by questionnaire, keyed by question. */
export function openAnswerTexts(db: Db, surveyId: number): Map<number, string[]> {
  const rows = db
    .prepare(
      `SELECT a.question_id AS questionId, a.text FROM survey_answers a
       JOIN survey_responses r ON r.id = a.response_id
       JOIN survey_questions q ON q.id = a.question_id
       WHERE r.survey_id = ? AND q.kind = 'open' AND a.text <> '' ORDER BY r.id`,
    )
    .all(surveyId) as { questionId: number; text: string }[];
  const byQuestion = Map.groupBy(rows, (row) => row.questionId);
  return new Map([...byQuestion].map(([questionId, answers]) => [questionId, answers.map((a) => a.text)]));
}

export interface ResponseRow {
  id: number;
  surveyId: number;
}

export function findResponse(db: Db, id: number): ResponseRow | undefined {
  return db.prepare('SELECT id, survey_id AS surveyId FROM survey_responses WHERE id = ?').get(id) as
    ResponseRow | undefined;
}

type AnswerRow = SurveyAnswer & { responseId: number };

const ANSWER_SELECT = `
  SELECT a.response_id AS responseId, a.question_id AS questionId, a.option_id AS optionId, a.text
  FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id
  JOIN survey_questions q ON q.id = a.question_id`;

function withAnswers(ids: readonly number[], rows: readonly AnswerRow[]): { id: number; answers: SurveyAnswer[] }[] {
  const byResponse = Map.groupBy(rows, (a) => a.responseId);
  return ids.map((id) => ({
    id,
    answers: (byResponse.get(id) ?? []).map(({ questionId, optionId, text }) => ({ questionId, optionId, text })),
  }));
}

/** A run's questionnaires in the order entered, each with the answers given. */
export function listResponses(db: Db, surveyId: number): { id: number; answers: SurveyAnswer[] }[] {
  const ids = db
    .prepare('SELECT id FROM survey_responses WHERE survey_id = ? ORDER BY id')
    .pluck()
    .all(surveyId) as number[];
  const answers = db
    .prepare(`${ANSWER_SELECT} WHERE r.survey_id = ? ORDER BY q.position, q.id`)
    .all(surveyId) as AnswerRow[];
  return withAnswers(ids, answers);
}

/** One questionnaire of a run with its answers, and its number among the run's questionnaires in the order entered. */
export function findResponseWithAnswers(
  db: Db,
  surveyId: number,
  id: number,
): { id: number; number: number; answers: SurveyAnswer[] } | undefined {
  const number = db
    .prepare(
      `SELECT (SELECT count(*) FROM survey_responses e WHERE e.survey_id = r.survey_id AND e.id <= r.id)
       FROM survey_responses r WHERE r.id = ? AND r.survey_id = ?`,
    )
    .pluck()
    .get(id, surveyId) as number | undefined;
  if (number === undefined) return undefined;
  const answers = db.prepare(`${ANSWER_SELECT} WHERE r.id = ? ORDER BY q.position, q.id`).all(id) as AnswerRow[];
  const [found] = withAnswers([id], answers);
  return found && { ...found, number };
}

function insertAnswers(db: Db, responseId: number, answers: readonly SurveyAnswer[]): void {
  const insert = db.prepare(
    'INSERT INTO survey_answers (response_id, question_id, option_id, text) VALUES (?, ?, ?, ?)',
  );
  for (const a of answers) insert.run(responseId, a.questionId, a.optionId, a.text);
}

/** The number of questionnaires becomes the run's respondents; the caller holds the transaction. */
function countRespondents(db: Db, surveyId: number, stamp: string): void {
  db.prepare(
    `UPDATE surveys SET respondents = (SELECT count(*) FROM survey_responses WHERE survey_id = ?), updated_at = ?
     WHERE id = ?`,
  ).run(surveyId, stamp, surveyId);
}

export function insertResponse(db: Db, surveyId: number, answers: readonly SurveyAnswer[], stamp: string): number {
  const { id } = db
    .prepare('INSERT INTO survey_responses (survey_id, created_at) VALUES (?, ?) RETURNING id')
    .get(surveyId, stamp) as { id: number };
  insertAnswers(db, id, answers);
  countRespondents(db, surveyId, stamp);
  return id;
}

export function replaceAnswers(db: Db, response: ResponseRow, answers: readonly SurveyAnswer[], stamp: string) {
  db.prepare('DELETE FROM survey_answers WHERE response_id = ?').run(response.id);
  insertAnswers(db, response.id, answers);
  db.prepare('UPDATE surveys SET updated_at = ? WHERE id = ?').run(stamp, response.surveyId);
}

export function deleteResponse(db: Db, response: ResponseRow, stamp: string): void {
  db.prepare('DELETE FROM survey_responses WHERE id = ?').run(response.id);
  countRespondents(db, response.surveyId, stamp);
}

export function responsesCount(db: Db, surveyId: number): number {
  return db.prepare('SELECT count(*) FROM survey_responses WHERE survey_id = ?').pluck().get(surveyId) as number;
}
