/**
 * Parents' satisfaction from the answers to questions with a choice of answers, each answer scored 0–1
 * (usually «Да» 1, «Частично» 0.5, «Нет» 0). Pure: the survey screen shows it, the stage-4 review reuses it.
 *
 * - A question's index is Σ(score × count) / answered, where answered = Σ counts; null when nobody answered
 *   (shown «нет данных», never 0).
 * - The overall index pools every answer of every choice question: Σ(score × count) / Σ answered; a question nobody
 *   answered adds nothing to it. Null when there are no answers at all.
 * - The band is read from the index to hundredths, as printed: up to 0.40 low, up to 0.70 medium, above high
 *   (0.40 and 0.70 belong to the lower band).
 */
import { countOf } from '../contract/plural';
import { bandOf, indexWithBand, roundIndex, type Satisfaction } from '../contract/surveys';

export { bandOf };

/** One option of a question and how many answers chose it. */
export interface OptionCount {
  text: string;
  /** 0–1. */
  score: number;
  count: number;
}

export interface Pooled {
  answered: number;
  points: number;
}

/** Answers pooled: how many and the sum of their scores. */
export function pool(options: readonly Pick<OptionCount, 'score' | 'count'>[]): Pooled {
  return options.reduce(
    (sum, option) => ({ answered: sum.answered + option.count, points: sum.points + option.score * option.count }),
    { answered: 0, points: 0 },
  );
}

/** The index of pooled answers, 0–1; null when nobody answered. */
export function pooledIndex({ answered, points }: Pooled): number | null {
  // Clamped: a sum of scores in floating point may stray a hair past 1.
  return answered > 0 ? Math.min(1, Math.max(0, points / answered)) : null;
}

const answersCount = (n: number) => countOf(n, ['ответ', 'ответа', 'ответов']);

/** An option's text as it stands inside a sentence: «Да» → «да»; «ДОУ» stays as written. */
function lowered(text: string): string {
  const [first = '', second = ''] = [...text];
  return second !== '' && second === second.toLocaleUpperCase('ru-RU')
    ? text
    : first.toLocaleLowerCase('ru-RU') + text.slice(first.length);
}

/** A question's index with its counts: «0,78 — высокий: 31 ответ, из них „да“ 22, „частично“ 5, „нет“ 4». */
export function questionSatisfaction(options: readonly OptionCount[]): Satisfaction {
  const pooled = pool(options);
  const index = pooledIndex(pooled);
  if (index === null) {
    return { answered: 0, index: null, band: null, summary: 'нет данных: на вопрос никто не ответил' };
  }
  const parts = options.map((o) => `„${lowered(o.text)}“ ${o.count}`).join(', ');
  return {
    answered: pooled.answered,
    index,
    band: bandOf(index),
    summary: `${indexWithBand(index)}: ${answersCount(pooled.answered)}, из них ${parts}`,
  };
}

/**
 * The index pooled over every answer of every choice question: «0,74 — высокий: 248 ответов по 8 вопросам»
 * («… по 7 вопросам из 8» when nobody answered one of them).
 */
export function overallSatisfaction(questions: readonly (readonly OptionCount[])[]): Satisfaction {
  const pooled = questions
    .map(pool)
    .reduce((a, b) => ({ answered: a.answered + b.answered, points: a.points + b.points }), {
      answered: 0,
      points: 0,
    });
  const index = pooledIndex(pooled);
  if (index === null) return { answered: 0, index: null, band: null, summary: 'нет данных: ответов пока нет' };
  const answeredQuestions = questions.filter((options) => pool(options).answered > 0).length;
  const of = answeredQuestions < questions.length ? ` из ${questions.length}` : '';
  const asked = `${countOf(answeredQuestions, ['вопросу', 'вопросам', 'вопросам'])}${of}`;
  return {
    answered: pooled.answered,
    index,
    band: bandOf(index),
    summary: `${indexWithBand(index)}: ${answersCount(pooled.answered)} по ${asked}`,
  };
}

/** Forms returned out of families; null when the number of families is not known (0). */
export function responseRate(respondents: number, families: number): number | null {
  return families > 0 ? respondents / families : null;
}

/** How an index changed since an earlier run, read to hundredths as both are printed; null when either is null. */
export function indexChange(now: number | null, then: number | null): number | null {
  if (now === null || then === null) return null;
  // Both are whole hundredths, so their difference times 100 is a whole number but for rounding noise.
  return Math.round((roundIndex(now) - roundIndex(then)) * 100) / 100;
}
