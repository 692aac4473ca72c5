import { formatDate, weekdayFromMonday } from '@contract/dates';

/**
 * Recurrence as the renderer offers it: the one place that turns a choice («каждую неделю по вт и чт до …») into an
 * iCalendar RRULE and back, and says it in Russian. The main process expands the rule (src-main/events/recurrence.ts).
 */

/** iCalendar weekday codes, Monday first as the school's week. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_LABELS: Record<Weekday, string> = {
  MO: 'пн',
  TU: 'вт',
  WE: 'ср',
  TH: 'чт',
  FR: 'пт',
  SA: 'сб',
  SU: 'вс',
};
const WEEKDAY_NAMES_ACCUSATIVE: Record<Weekday, string> = {
  MO: 'понедельник',
  TU: 'вторник',
  WE: 'среду',
  TH: 'четверг',
  FR: 'пятницу',
  SA: 'субботу',
  SU: 'воскресенье',
};
const WEEKDAY_NAMES_DATIVE: Record<Weekday, string> = {
  MO: 'понедельникам',
  TU: 'вторникам',
  WE: 'средам',
  TH: 'четвергам',
  FR: 'пятницам',
  SA: 'субботам',
  SU: 'воскресеньям',
};

/** How an event repeats, as the dialog offers it; `custom` keeps a rule written elsewhere as it is. */
export type Recurrence =
  | { kind: 'none' }
  | { kind: 'weekly'; weekdays: Weekday[]; until: string | null }
  | { kind: 'monthly'; by: 'day' | 'weekday'; until: string | null }
  | { kind: 'custom'; rule: string };

/** The weekday of a date or a wall-clock time («2026-10-06» → 'TU'). */
export function weekdayCode(date: string): Weekday {
  return WEEKDAYS[weekdayFromMonday(date)] ?? 'MO';
}

/** Weekdays in the week's order, each once. */
const inWeekOrder = (days: readonly Weekday[]) => WEEKDAYS.filter((d) => days.includes(d));

/** Which weekday of its month a date is: 1…4, or -1 for the last one. */
export function weekOfMonth(date: string): number {
  const day = Number(date.slice(8, 10));
  const n = Math.ceil(day / 7);
  return n >= 5 ? -1 : n;
}

/** The last school day a series runs to by default: 31 May of the academic year of its start, or 31 August. */
export function defaultUntil(start: string): string {
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7));
  if (month >= 9) return `${year + 1}-05-31`;
  return month <= 5 ? `${year}-05-31` : `${year}-08-31`;
}

const untilPart = (until: string | null) => (until ? `;UNTIL=${until.replaceAll('-', '')}` : '');

/** The RRULE of a recurrence for an event that starts at `start`; null for a single event. */
export function toRrule(recurrence: Recurrence, start: string): string | null {
  switch (recurrence.kind) {
    case 'none':
      return null;
    case 'custom':
      return recurrence.rule;
    case 'weekly': {
      const days = recurrence.weekdays.length > 0 ? recurrence.weekdays : [weekdayCode(start)];
      return `FREQ=WEEKLY;BYDAY=${inWeekOrder(days).join(',')}${untilPart(recurrence.until)}`;
    }
    case 'monthly': {
      const by =
        recurrence.by === 'day'
          ? `BYMONTHDAY=${Number(start.slice(8, 10))}`
          : `BYDAY=${weekOfMonth(start)}${weekdayCode(start)}`;
      return `FREQ=MONTHLY;${by}${untilPart(recurrence.until)}`;
    }
  }
}

function parseUntil(value: string | undefined): string | null | undefined {
  if (value === undefined) return null;
  const m = /^(\d{4})(\d{2})(\d{2})(?:T\d{6}Z?)?$/.exec(value);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** The recurrence a stored RRULE describes; a rule the dialog cannot show is kept as `custom`. */
export function fromRrule(rule: string | null): Recurrence {
  if (!rule) return { kind: 'none' };
  const parts = new Map(
    rule
      .replace(/^RRULE:/i, '')
      .split(';')
      .filter(Boolean)
      .map((p) => {
        const [key = '', value = ''] = p.split('=');
        return [key.toUpperCase(), value.toUpperCase()] as const;
      }),
  );
  const custom: Recurrence = { kind: 'custom', rule };
  const until = parseUntil(parts.get('UNTIL'));
  const known = new Set(['FREQ', 'BYDAY', 'BYMONTHDAY', 'UNTIL', 'INTERVAL', 'WKST']);
  if (until === undefined || [...parts.keys()].some((k) => !known.has(k))) return custom;
  if ((parts.get('INTERVAL') ?? '1') !== '1') return custom;
  const byDay = parts.get('BYDAY');
  if (parts.get('FREQ') === 'WEEKLY' && !parts.has('BYMONTHDAY')) {
    const weekdays = (byDay ?? '').split(',').filter(Boolean);
    if (!weekdays.every((d): d is Weekday => (WEEKDAYS as readonly string[]).includes(d))) return custom;
    return { kind: 'weekly', weekdays, until };
  }
  if (parts.get('FREQ') === 'MONTHLY') {
    if (byDay && parts.has('BYMONTHDAY')) return custom;
    if (byDay && !/^-?\d(MO|TU|WE|TH|FR|SA|SU)$/.test(byDay)) return custom;
    return { kind: 'monthly', by: byDay ? 'weekday' : 'day', until };
  }
  return custom;
}

/** Ordinals by the gender of the weekday's name: masculine (вторник), feminine (среда), neuter (воскресенье). */
const ORDINALS: Record<number, [string, string, string]> = {
  1: ['первый', 'первую', 'первое'],
  2: ['второй', 'вторую', 'второе'],
  3: ['третий', 'третью', 'третье'],
  4: ['четвёртый', 'четвёртую', 'четвёртое'],
  [-1]: ['последний', 'последнюю', 'последнее'],
};
const GENDER: Record<Weekday, 0 | 1 | 2> = { MO: 0, TU: 0, WE: 1, TH: 0, FR: 1, SA: 1, SU: 2 };

/** «каждый второй вторник месяца» for a date. */
export function monthlyWeekdayText(start: string): string {
  const code = weekdayCode(start);
  const gender = GENDER[code];
  const ordinal = ORDINALS[weekOfMonth(start)]?.[gender] ?? '';
  return `${['каждый', 'каждую', 'каждое'][gender]} ${ordinal} ${WEEKDAY_NAMES_ACCUSATIVE[code]} месяца`;
}

/** «Каждую неделю: вт, чт; до 31.05.2027». */
export function recurrenceText(recurrence: Recurrence, start: string): string {
  const until = 'until' in recurrence && recurrence.until ? `; до ${formatDate(recurrence.until)}` : '';
  switch (recurrence.kind) {
    case 'none':
      return 'Не повторяется';
    case 'custom':
      return `Повторяется по правилу ${recurrence.rule}`;
    case 'weekly': {
      const days = recurrence.weekdays.length > 0 ? recurrence.weekdays : [weekdayCode(start)];
      return `Каждую неделю: ${inWeekOrder(days)
        .map((d) => WEEKDAY_LABELS[d])
        .join(', ')}${until}`;
    }
    case 'monthly':
      return `${
        recurrence.by === 'day'
          ? `Каждый месяц, ${Number(start.slice(8, 10))}-го числа`
          : `Ежемесячно, ${monthlyWeekdayText(start)}`
      }${until}`;
  }
}

/** The same as a phrase within a sentence: «по вторникам и четвергам до 31.05.2027», «каждый месяц до 31.05.2027». */
export function recurrencePhrase(recurrence: Recurrence): string {
  if (recurrence.kind === 'none' || recurrence.kind === 'custom') return 'один раз';
  const until = recurrence.until ? ` до ${formatDate(recurrence.until)}` : '';
  if (recurrence.kind === 'monthly') return `каждый месяц${until}`;
  const names = inWeekOrder(recurrence.weekdays).map((d) => WEEKDAY_NAMES_DATIVE[d]);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} и ${names.at(-1)}` : (names[0] ?? '');
  return `${list ? `по ${list}` : 'каждую неделю'}${until}`;
}
