import type { AgreementStatus } from '@contract/agreements';
import { formatDate } from '@contract/dates';
import { countOf } from '../../format';

export const AGREEMENT_STATUS_COLORS: Record<AgreementStatus, string> = {
  draft: 'gray',
  active: 'teal',
  expiring: 'orange',
  expired: 'red',
  prolonged: 'cyan',
  terminated: 'dark',
};

/** «с 01.09.2026 по 31.08.2027», «с 01.09.2026 бессрочно», «не указан». */
export function termText(startsOn: string | null, endsOn: string | null): string {
  const from = startsOn ? `с ${formatDate(startsOn)} ` : '';
  if (endsOn) return `${from}по ${formatDate(endsOn)}`;
  return startsOn ? `${from}бессрочно` : 'бессрочно';
}

/** «ещё 12 дней», «сегодня последний день», «истёк 3 дня назад». */
export function daysLeftText(daysLeft: number | null): string {
  if (daysLeft === null) return '';
  const days = ['день', 'дня', 'дней'] as const;
  if (daysLeft > 0) return `ещё ${countOf(daysLeft, days)}`;
  if (daysLeft === 0) return 'сегодня последний день';
  return `истёк ${countOf(-daysLeft, days)} назад`;
}
