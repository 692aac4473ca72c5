import { formatDate } from '@contract/dates';

export const WEEKDAYS = [
  { code: 'MO', label: 'Пн', dative: 'понедельникам' },
  { code: 'TU', label: 'Вт', dative: 'вторникам' },
  { code: 'WE', label: 'Ср', dative: 'средам' },
  { code: 'TH', label: 'Чт', dative: 'четвергам' },
  { code: 'FR', label: 'Пт', dative: 'пятницам' },
  { code: 'SA', label: 'Сб', dative: 'субботам' },
  { code: 'SU', label: 'Вс', dative: 'воскресеньям' },
] as const;
export type WeekdayCode = (typeof WEEKDAYS)[number]['code'];

export type Repeat =
  { freq: 'none' } | { freq: 'weekly'; weekdays: WeekdayCode[]; until: string } | { freq: 'monthly'; until: string };

/** The weekday of an ISO date, as RRULE names it. */
export function weekdayOf(isoDate: string): WeekdayCode {
  const [y = 1970, m = 1, d = 1] = isoDate.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return WEEKDAYS[(day + 6) % 7]?.code ?? 'MO';
}

function inWeekOrder(days: readonly WeekdayCode[]) {
  return WEEKDAYS.filter((w) => days.includes(w.code));
}

/** An iCalendar RRULE for a repetition, «FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270531»; null when it does not repeat. */
export function buildRrule(repeat: Repeat): string | null {
  if (repeat.freq === 'none') return null;
  const until = `UNTIL=${repeat.until.replaceAll('-', '')}`;
  if (repeat.freq === 'monthly') return `FREQ=MONTHLY;${until}`;
  const byDay = inWeekOrder(repeat.weekdays).map((w) => w.code);
  return byDay.length > 0 ? `FREQ=WEEKLY;BYDAY=${byDay.join(',')};${until}` : `FREQ=WEEKLY;${until}`;
}

/** «по вторникам и четвергам до 31.05.2027», «каждый месяц до 31.05.2027». */
export function repeatText(repeat: Repeat): string {
  if (repeat.freq === 'none') return 'один раз';
  const until = repeat.until ? ` до ${formatDate(repeat.until)}` : '';
  if (repeat.freq === 'monthly') return `каждый месяц${until}`;
  const names = inWeekOrder(repeat.weekdays).map((w) => w.dative);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} и ${names.at(-1)}` : (names[0] ?? '');
  return `${list ? `по ${list}` : 'каждую неделю'}${until}`;
}
