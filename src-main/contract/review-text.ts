import { INDICATOR_KINDS, type Indicator } from './reviews';
import { formatIndex, indexWithBand } from './surveys';
import { decimal } from './text';

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

/** (this − last) / last × 100: «+12,5 %»; null when last year had no value or a zero. */
export function dynamicsOf(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return ((current - previous) / previous) * 100;
}

export function dynamicsText(change: number | null): string {
  if (change === null) return '—';
  const sign = change > 0 ? '+' : change < 0 ? '\u2212' : '';
  return `${sign}${decimal(Math.abs(change))} %`;
}
