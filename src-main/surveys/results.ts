import type Database from 'better-sqlite3';
import type { EarlierRun, QuestionResult, SurveyResults } from '../contract/surveys';
import { countOf } from '../contract/plural';
import {
  choiceOptions,
  earlierSurveyRows,
  openAnswerTexts,
  questionCountsOf,
  type QuestionCounts,
  type SurveyRow,
} from './repository';
import { indexChange, overallSatisfaction, questionSatisfaction, responseRate } from './satisfaction';

function questionResult(question: QuestionCounts, texts: readonly string[], mode: SurveyRow['mode']): QuestionResult {
  const common = {
    number: question.number,
    text: question.text,
    kind: question.kind,
    options: question.options.map(({ text, score, count }) => ({ text, score, count })),
  };
  if (question.kind === 'choice') return { ...common, ...questionSatisfaction(question.options), texts: [] };
  const summary =
    mode === 'tally'
      ? 'открытый вопрос: ответы своими словами читают по анкетам, в индекс они не входят'
      : texts.length === 0
        ? 'открытый вопрос: ответов нет'
        : `открытый вопрос: ${countOf(texts.length, ['ответ', 'ответа', 'ответов'])}`;
  return { ...common, answered: texts.length, index: null, band: null, summary, texts: [...texts] };
}

/** An earlier run's indices beside this run's: overall, and question by question matched by number. */
function comparedRun(
  run: SurveyRow,
  questions: readonly QuestionCounts[],
  current: readonly QuestionResult[],
  now: number | null,
) {
  const overall = overallSatisfaction(choiceOptions(questions)).index;
  const byNumber = new Map(questions.map((q) => [q.number, q]));
  const result: EarlierRun = {
    surveyId: run.id,
    title: run.title,
    year: run.year,
    conductedOn: run.conductedOn,
    index: overall,
    change: indexChange(now, overall),
    questions: current
      .filter((q) => q.kind === 'choice')
      .map((q) => {
        const then = byNumber.get(q.number);
        const index = then?.kind === 'choice' ? questionSatisfaction(then.options).index : null;
        return { number: q.number, index, change: indexChange(q.index, index) };
      }),
  };
  return result;
}

/** A run's satisfaction: per question with its counts, overall, and beside the earlier runs of its template. */
export function surveyResults(db: Database.Database, run: SurveyRow): SurveyResults {
  const earlier = earlierSurveyRows(db, run);
  const countsByRun = questionCountsOf(db, [run.id, ...earlier.map((e) => e.id)]);
  const counts = countsByRun.get(run.id) ?? [];
  const texts = openAnswerTexts(db, run.id);
  const questions = counts.map((q) => questionResult(q, texts.get(q.id) ?? [], run.mode));
  const overall = overallSatisfaction(choiceOptions(counts));
  return {
    surveyId: run.id,
    respondents: run.respondents,
    families: run.families,
    responseRate: responseRate(run.respondents, run.families),
    overall,
    questions,
    earlier: earlier.map((e) => comparedRun(e, countsByRun.get(e.id) ?? [], questions, overall.index)),
  };
}
