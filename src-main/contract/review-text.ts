import { INDICATOR_KINDS, type Indicator } from './reviews';
import { formatIndex, indexWithBand } from './surveys';
import { countOf } from './plural';
import { decimal } from './text';
import { quoted } from './quote';

/**
 * An indicator as the office reads it: «42 из 57 = 73,7 %»; the satisfaction index as «0,78 — высокий
 * (93,5 балла из 120 ответов)»; «нет данных» where N is zero or its source does not exist.
 */
export function indicatorText(indicator: Indicator): string {
  const { value, m, n } = indicator;
  if (value === null || m === null || n === null) return 'нет данных';
  if (INDICATOR_KINDS[indicator.key] === 'index') {
    return `${indexWithBand(value)} (${decimal(m, Number.isInteger(m) ? 0 : 1)} из ${n})`;
  }
  return `${m} из ${n} = ${decimal(value)} %`;
}

/** The value alone: «73,7 %», «0,78», or «нет данных». */
export function indicatorValueText(indicator: Pick<Indicator, 'key' | 'value'>): string {
  if (indicator.value === null) return 'нет данных';
  return INDICATOR_KINDS[indicator.key] === 'index' ? formatIndex(indicator.value) : `${decimal(indicator.value)} %`;
}

/** Result minus target, in the indicator's own unit: «+3,7 п.п.», «−0,05»; null without either. */
export function gapText(indicator: Pick<Indicator, 'key' | 'value'>, target: number | null): string | null {
  if (indicator.value === null || target === null) return null;
  const gap = indicator.value - target;
  const index = INDICATOR_KINDS[indicator.key] === 'index';
  const text = decimal(Math.abs(gap), index ? 2 : 1);
  const sign = gap > 0 ? '+' : gap < 0 ? '\u2212' : '';
  return index ? `${sign}${text}` : `${sign}${text} п.п.`;
}

/**
 * This year's value minus last year's, in the indicator's own unit (percentage points for a percent); null unless
 * both years have a value: a year without data is compared with nothing.
 */
export function changeOf(current: Pick<Indicator, 'value'>, previous: Pick<Indicator, 'value'>): number | null {
  if (current.value === null || previous.value === null) return null;
  return current.value - previous.value;
}

/** The dynamics as printed: «+3,7 п.п.», «−0,05» for the index, «—» when either year has no data. */
export function changeText(current: Pick<Indicator, 'key' | 'value'>, previous: Pick<Indicator, 'value'>): string {
  return gapText(current, previous.value) ?? '—';
}

/** «150 анкет из 210 семей = 71,4 %»; without the year's families, the questionnaires alone; null with none. */
export function surveyResponseText(survey: { respondents: number; families: number | null }): string | null {
  if (survey.respondents === 0) return null;
  const forms = countOf(survey.respondents, ['анкета', 'анкеты', 'анкет']);
  if (survey.families === null || survey.families === 0) return `${forms} (число семей не указано)`;
  const families = countOf(survey.families, ['семьи', 'семей', 'семей']);
  return `${forms} из ${families} = ${decimal((survey.respondents * 100) / survey.families)} %`;
}

/** What stands beside plan fulfilment: «проведено вне плана: 1 · отменено: 1 · просрочено: 1». */
export function planExtrasText(plan: { unplannedHeld: number; cancelled: number; overdue: number }): string {
  const parts = [
    `проведено вне плана: ${plan.unplannedHeld}`,
    ...(plan.cancelled > 0 ? [`отменено: ${plan.cancelled}`] : []),
    ...(plan.overdue > 0 ? [`просрочено: ${plan.overdue}`] : []),
  ];
  return parts.join(' · ');
}

/** «Без классов (не отнесены к уровню): «Встреча», «Акция»»; null when every planned event names classes. */
export function withoutClassesText(titles: readonly string[]): string | null {
  if (titles.length === 0) return null;
  return `Мероприятия без указанных классов учтены в общем выполнении плана, но ни в одном уровне: ${titles
    .map(quoted)
    .join(', ')}.`;
}
