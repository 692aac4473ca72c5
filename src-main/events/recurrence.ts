import * as rruleModule from 'rrule';
import { isRealDate } from '../contract/dates';
import { AppError } from '../errors';
import {
  fromFloatingDate,
  isDateOnly,
  lengthOf,
  MINUTES_PER_DAY,
  overlaps,
  shiftLocal,
  spanOf,
  toFloatingDate,
  toMinutes,
  type Span,
} from './local-time';
import { quoted } from '../contract/quote';

// rrule's CommonJS entry is a webpack bundle: Node's ESM loader (the built main process) sees only its default
// export, while a bundler sees the named ones.
const { RRule, Weekday } = (rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule;

/** No series may have more occurrences than this, so that every expansion is bounded. */
export const MAX_OCCURRENCES = 1000;

const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
type Frequency = (typeof FREQUENCIES)[number];
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
type WeekdayCode = (typeof WEEKDAYS)[number];
const PARTS = ['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'COUNT', 'UNTIL'] as const;
type Part = (typeof PARTS)[number];

/** An RRULE as the app understands it: the parts of RFC 5545 a school needs, nothing more. */
export interface ParsedRule {
  freq: Frequency;
  interval: number;
  byDay: { weekday: WeekdayCode; nth: number | null }[];
  byMonthDay: number[];
  count: number | null;
  /** The last day of the series, and the wall-clock time on it when the rule gives one («HH:mm:ss»). */
  until: { date: string; time: string | null } | null;
}

const MESSAGES = {
  unparsable: 'Правило повторения не распознано: задайте повторение заново в окне мероприятия',
  freq: 'Повторение бывает ежедневным, еженедельным, ежемесячным или ежегодным',
  noFreq: 'В правиле повторения не указано, как часто повторять',
  interval: 'Интервал повторения — целое число от 1 до 99',
  byDay:
    'Дни недели указаны неверно; день недели с его номером в месяце (второй вторник, последняя пятница) — только при ежемесячном или ежегодном повторении',
  byMonthDay: 'Число месяца — от 1 до 31 или от -31 до -1',
  byMonthDayWeekly: 'Для еженедельного повторения число месяца не указывается',
  count: `Число повторений — целое число от 1 до ${MAX_OCCURRENCES}`,
  until: 'Дата окончания повторения пишется как ГГГГММДД и должна существовать',
  countAndUntil: 'Укажите либо число повторений, либо дату окончания повторения, но не то и другое',
  unbounded: 'Укажите, когда повторение заканчивается: дату окончания или число повторений',
  tooMany: `В серии не может быть больше ${MAX_OCCURRENCES} занятий: сократите срок или увеличьте интервал`,
  untilBeforeStart: 'Дата окончания повторения раньше начала серии',
  empty: 'По этому правилу повторения не выходит ни одного занятия: проверьте дни и дату окончания',
} as const;

function refuse(message: string): never {
  throw new AppError('invalid_input', 'Проверьте введённые данные.', { rrule: message });
}

/** The rule as stored: «RRULE:» dropped, upper case, no spaces. */
export function normalizeRule(text: string): string {
  return text
    .replace(/\s+/g, '')
    .toUpperCase()
    .replace(/^RRULE:/, '');
}

function parseInteger(value: string, min: number, max: number, message: string): number {
  if (!/^[+-]?\d{1,4}$/.test(value)) refuse(message);
  const n = Number(value);
  if (n < min || n > max) refuse(message);
  return n;
}

function parseUntil(value: string): NonNullable<ParsedRule['until']> {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(value);
  if (!match) refuse(MESSAGES.until);
  const [, y, m, d, hh, mm, ss] = match;
  const date = `${y}-${m}-${d}`;
  if (!isRealDate(date)) refuse(MESSAGES.until);
  if (hh === undefined) return { date, time: null };
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) refuse(MESSAGES.until);
  return { date, time: `${hh}:${mm}:${ss}` };
}

/** Reads an RRULE, refusing with a Russian message at the field `rrule` anything the app does not support. */
export function parseRule(text: string): ParsedRule {
  const normalized = normalizeRule(text);
  if (!normalized) refuse(MESSAGES.unparsable);
  const values = new Map<Part, string>();
  for (const piece of normalized.split(';')) {
    if (!piece) continue;
    const match = /^([A-Z-]+)=(.+)$/.exec(piece);
    if (!match) refuse(MESSAGES.unparsable);
    const [, key = '', value = ''] = match;
    if (!(PARTS as readonly string[]).includes(key)) {
      refuse(
        `В правиле повторения допустимы только FREQ, INTERVAL, BYDAY, BYMONTHDAY, COUNT и UNTIL, а не ${quoted(key)}`,
      );
    }
    if (values.has(key as Part)) refuse(`Часть ${quoted(key)} указана в правиле повторения дважды`);
    values.set(key as Part, value);
  }
  const freq = values.get('FREQ');
  if (freq === undefined) refuse(MESSAGES.noFreq);
  if (!(FREQUENCIES as readonly string[]).includes(freq)) refuse(MESSAGES.freq);
  const rule: ParsedRule = {
    freq: freq as Frequency,
    interval: values.has('INTERVAL') ? parseInteger(values.get('INTERVAL') ?? '', 1, 99, MESSAGES.interval) : 1,
    byDay: [],
    byMonthDay: [],
    count: values.has('COUNT') ? parseInteger(values.get('COUNT') ?? '', 1, MAX_OCCURRENCES, MESSAGES.count) : null,
    until: values.has('UNTIL') ? parseUntil(values.get('UNTIL') ?? '') : null,
  };
  const ordinalsAllowed = rule.freq === 'MONTHLY' || rule.freq === 'YEARLY';
  for (const day of (values.get('BYDAY') ?? '').split(',').filter(Boolean)) {
    const match = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(day);
    if (!match) refuse(MESSAGES.byDay);
    const nth = match[1] === undefined ? null : Number(match[1]);
    if (nth !== null && (!ordinalsAllowed || nth === 0 || Math.abs(nth) > 5)) refuse(MESSAGES.byDay);
    rule.byDay.push({ weekday: match[2] as WeekdayCode, nth });
  }
  for (const day of (values.get('BYMONTHDAY') ?? '').split(',').filter(Boolean)) {
    const n = parseInteger(day, -31, 31, MESSAGES.byMonthDay);
    if (n === 0) refuse(MESSAGES.byMonthDay);
    rule.byMonthDay.push(n);
  }
  if (rule.byMonthDay.length > 0 && rule.freq === 'WEEKLY') refuse(MESSAGES.byMonthDayWeekly);
  if (rule.count !== null && rule.until !== null) refuse(MESSAGES.countAndUntil);
  return rule;
}

/** The last moment of the series on the floating scale: a date-only UNTIL takes its whole day. */
function untilMinutes(rule: ParsedRule, allDay: boolean): number | null {
  if (!rule.until) return null;
  const day = toMinutes(rule.until.date);
  if (allDay) return day;
  if (rule.until.time === null) return day + MINUTES_PER_DAY - 1;
  const [h = 0, m = 0] = rule.until.time.split(':').map(Number);
  return day + h * 60 + m;
}

function rruleOf(rule: ParsedRule, start: string) {
  const until = untilMinutes(rule, isDateOnly(start));
  return new RRule({
    freq: { DAILY: RRule.DAILY, WEEKLY: RRule.WEEKLY, MONTHLY: RRule.MONTHLY, YEARLY: RRule.YEARLY }[rule.freq],
    interval: rule.interval,
    dtstart: toFloatingDate(start),
    count: rule.count,
    until: until === null ? null : new Date(until * 60_000 + (isDateOnly(start) ? 0 : 59_999)),
    byweekday: rule.byDay.length
      ? rule.byDay.map((d) => new Weekday(WEEKDAYS.indexOf(d.weekday), d.nth ?? undefined))
      : null,
    bymonthday: rule.byMonthDay.length ? rule.byMonthDay : null,
    wkst: RRule.MO,
  });
}

/** The starts a rule gives from `start`, the first `limit` of them at most. */
function startsOf(rule: ParsedRule, start: string, limit: number): string[] {
  return rruleOf(rule, start)
    .all((_, i) => i < limit)
    .map((d) => fromFloatingDate(d, isDateOnly(start)));
}

/**
 * Checks a series' rule against the start the user chose: parsable, ending (by COUNT or UNTIL) within 1000
 * occurrences, and giving at least one occurrence. Answers the rule as stored and the series' start: the first
 * occurrence the rule gives on or after the chosen start (RFC 5545 leaves a DTSTART out of step with its rule
 * undefined, so the series is made to start on its first occurrence: «weekly on Wednesdays» chosen on a Tuesday
 * starts the next day).
 */
export function checkSeriesRule(text: string, start: string): { rrule: string; start: string } {
  const rule = parseRule(text);
  if (rule.count === null && rule.until === null) refuse(MESSAGES.unbounded);
  const until = untilMinutes(rule, isDateOnly(start));
  if (until !== null && until < toMinutes(start)) refuse(MESSAGES.untilBeforeStart);
  const starts = startsOf(rule, start, MAX_OCCURRENCES + 1);
  if (starts.length > MAX_OCCURRENCES) refuse(MESSAGES.tooMany);
  const first = starts[0];
  if (first === undefined) refuse(MESSAGES.empty);
  return { rrule: normalizeRule(text), start: first };
}

/** What expansion needs of a series row. */
export interface SeriesTiming {
  start: string;
  end: string;
  rrule: string;
  /** Starts of occurrences deleted from the series (EXDATE). */
  exdates: readonly string[];
}

export interface Instance {
  /** The start the rule gives (the RECURRENCE-ID). */
  occurrenceStart: string;
  start: string;
  end: string;
}

/** A rule's starts from a series' start, on the floating scale too, ascending. */
interface Expansion {
  starts: string[];
  minutes: number[];
}

const expansions = new Map<string, Expansion>();
const MAX_REMEMBERED = 2_000;

/**
 * Every start a series' rule gives (at most 1000, as no series may have more), expanded once per start and rule and
 * then remembered: a calendar range, Главная and the review pick the starts they need out of it instead of running
 * the rule from the series' first day on every call.
 */
function expansionOf(series: Pick<SeriesTiming, 'start' | 'rrule'>): Expansion {
  const key = `${series.start}|${series.rrule}`;
  const known = expansions.get(key);
  if (known) return known;
  const starts = startsOf(parseRule(series.rrule), series.start, MAX_OCCURRENCES);
  const expansion = { starts, minutes: starts.map(toMinutes) };
  if (expansions.size >= MAX_REMEMBERED) expansions.clear();
  expansions.set(key, expansion);
  return expansion;
}

/** The first index whose value is at least `value` in an ascending list. */
function firstAtLeast(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The occurrences of a series that overlap `span`, without its exdates and without `replaced` — the starts of
 * occurrences that have a row of their own (series_id and original_start), which the caller shows instead.
 */
export function instancesIn(series: SeriesTiming, span: Span, replaced: ReadonlySet<string> = new Set()): Instance[] {
  const { starts, minutes } = expansionOf(series);
  const length = lengthOf(series.start, series.end);
  const reach = spanOf(series.start, series.end).to - toMinutes(series.start);
  const excluded = new Set(series.exdates);
  const found: Instance[] = [];
  for (let i = firstAtLeast(minutes, span.from - reach); i < starts.length && (minutes[i] ?? 0) <= span.to; i += 1) {
    const start = starts[i] ?? '';
    if (excluded.has(start) || replaced.has(start)) continue;
    const instance = { occurrenceStart: start, start, end: shiftLocal(start, length) };
    if (overlaps(spanOf(instance.start, instance.end), span)) found.push(instance);
  }
  return found;
}

/**
 * The floating minute at which a series' last occurrence ends (an upper bound when exdates remove the last ones):
 * a calendar range leaves out the series that ended before it.
 */
export function seriesEndMinute(series: SeriesTiming): number {
  const last = expansionOf(series).minutes.at(-1) ?? toMinutes(series.start);
  return last + spanOf(series.start, series.end).to - toMinutes(series.start);
}

/** The occurrences overlapping the days or times from `from` to `to` (a date means the whole day). */
export function expandSeries(
  series: SeriesTiming,
  from: string,
  to: string,
  replaced: ReadonlySet<string> = new Set(),
): Instance[] {
  const span = { from: toMinutes(from), to: isDateOnly(to) ? toMinutes(to) + MINUTES_PER_DAY : toMinutes(to) };
  return instancesIn(series, span, replaced);
}

/** Whether the rule gives an occurrence at `start` that has not been deleted. */
export function isOccurrence(series: SeriesTiming, start: string): boolean {
  if (isDateOnly(start) !== isDateOnly(series.start) || series.exdates.includes(start)) return false;
  const at = toMinutes(start);
  return instancesIn(series, { from: at, to: at + 1 }).some((i) => i.occurrenceStart === start);
}

/** Every start of the series, deleted ones left out (at most 1000). */
export function allStarts(series: SeriesTiming): string[] {
  const excluded = new Set(series.exdates);
  return expansionOf(series).starts.filter((s) => !excluded.has(s));
}

/** The rule for an .ics file: UNTIL of the same value type as DTSTART, floating, as RFC 5545 requires. */
export function icsRule(text: string, allDay: boolean): string {
  const rule = parseRule(text);
  // In the order iCalendar parsers (ical.js) write a rule back.
  const parts = [`FREQ=${rule.freq}`];
  if (rule.count !== null) parts.push(`COUNT=${rule.count}`);
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byDay.length) parts.push(`BYDAY=${rule.byDay.map((d) => `${d.nth ?? ''}${d.weekday}`).join(',')}`);
  if (rule.byMonthDay.length) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  if (rule.until) {
    const date = rule.until.date.replaceAll('-', '');
    parts.push(`UNTIL=${allDay ? date : `${date}T${(rule.until.time ?? '23:59:59').replaceAll(':', '')}`}`);
  }
  return parts.join(';');
}
