import { formatDate } from '@contract/dates';
import { INDICATOR_KINDS, type Indicator, type IndicatorKey, type Review } from '@contract/reviews';

const MONTHS = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

/** «2025-09» → «сен». */
export function monthLabel(month: string): string {
  return MONTHS[Number(month.slice(5, 7)) - 1] ?? month;
}

/** «черновик», or «утверждена 30.06.2026, Директор Иванова И. И.». */
export function statusText(approval: Review['approval']): string {
  if (!approval) return 'черновик';
  return `утверждена ${formatDate(approval.approvedOn)}${approval.approvedBy ? `, ${approval.approvedBy}` : ''}`;
}

/** The indicator of that key in a list, or a «нет данных» one when the list has none. */
export function indicatorOf(indicators: readonly Indicator[], key: IndicatorKey): Indicator {
  return indicators.find((i) => i.key === key) ?? { key, m: null, n: null, value: null, noData: 'Нет данных.' };
}

export const isPercent = (key: IndicatorKey) => INDICATOR_KINDS[key] === 'percent';

/** A date of a record as printed: «26.11.2026»; nothing without one. */
export const dateText = (date: string | null) => (date ? formatDate(date) : '');
