import { academicYearBounds, academicYearStart } from '../../contract/academic-year';
import { formatDate, isRealDate } from '../../contract/dates';
import { monthLabel } from '../../contract/plan-text';
import { foldForSearch, plainDashes } from '../../contract/text-folding';

/**
 * The «Сроки» of a plan's row as schools write them, read against the academic year the plan is for: a month
 * («Сентябрь», «сентябрь 2025», «09.2025»), a day («12.10.2025», «12 октября»), a span («10.10–20.10.2025»,
 * «с 1 по 7 сентября»), a time («12.10.2025, 14:00–15:30»), or a period the plan has no field for («в течение
 * года», «1 четверть», «2 полугодие», «сентябрь–октябрь»): that one becomes its first month, and its words go to
 * the item's notes so nothing the file said is lost.
 */
export type Timing =
  | { kind: 'month'; month: string; approximate: string | null }
  | { kind: 'exact'; date: string; timeFrom: string | null; timeTo: string | null; approximate: string | null }
  | { kind: 'range'; from: string; to: string; timeFrom: string | null; timeTo: string | null }
  /** Only days of a month («12», «12–14», «в течение месяца»): the month comes from the group row above. */
  | { kind: 'inMonth'; days: [number, number] | null; approximate: string | null }
  | { kind: 'empty' }
  | { kind: 'problem'; message: string };

const MONTH_STEMS: readonly [RegExp, number][] = [
  [/^янв/, 1],
  [/^фев/, 2],
  [/^мар/, 3],
  [/^апр/, 4],
  [/^ма[йяюе]/, 5],
  [/^июн/, 6],
  [/^июл/, 7],
  [/^авг/, 8],
  [/^сен/, 9],
  [/^окт/, 10],
  [/^ноя/, 11],
  [/^дек/, 12],
];

const MONTH_WORD =
  '(?:январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]|янв|февр?|апр|авг|сент?|окт|нояб?|дек)\\.?';

export function monthOfWord(word: string): number | null {
  const w = foldForSearch(word);
  return MONTH_STEMS.find(([stem]) => stem.test(w))?.[1] ?? null;
}

/** Lower case, ё as е, every dash as «-», single spaces, no «г.»/«года» after a year. */
export function normalizedTiming(text: string): string {
  return (
    foldForSearch(plainDashes(text))
      .replace(/(\d{4})\s*(?:г\.?|гг\.?|года?)(?=$|[^а-я])/g, '$1')
      // «в 14.00»: a time written with a point («с 10.10» is a day, so only after «в»).
      .replace(/(^|\s)в ?([01]?\d|2[0-3])\.([0-5]\d)(?![\d.])/g, '$1в $2:$3')
      .trim()
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar year a month of an academic year falls in: September to December the first, the rest the second. */
export function yearOfMonth(academicYear: string, month: number): number {
  const start = academicYearStart(academicYear);
  return month >= 9 ? start : start + 1;
}

export function monthKey(academicYear: string, month: number): string {
  return `${yearOfMonth(academicYear, month)}-${pad(month)}`;
}

/** The month of the academic year a period starts in: a quarter, a half-year, the whole year. */
const QUARTER_START = [9, 11, 1, 4] as const;
const HALF_START = [9, 1] as const;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

const YEAR_LONG =
  /(?:в течени[ие] (?:всего )?(?:учебного |календарного )?года|весь (?:учебный )?год|ежемесячно|еженедельно|постоянно|круглогодично|систематически|в течение уч\.? ?г(?:ода|\.))/;
const IN_MONTH = /в течение месяца|ежедневно|по графику|по согласованию|по плану|по мере|в течение недели/;

interface DateToken {
  day: number;
  month: number;
  year: number | null;
  index: number;
  text: string;
}

function fullYear(text: string | undefined): number | null {
  if (text === undefined) return null;
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

/** The days and months named in the text, in their order. */
function dateTokens(text: string): { dates: DateToken[]; months: { month: number; year: number | null }[] } {
  const dates: DateToken[] = [];
  const months: { month: number; year: number | null }[] = [];
  let rest = text;
  /** Each match is read, then blanked out so that a shorter pattern never reads it again. */
  const take = (re: RegExp, onMatch: (m: RegExpExecArray) => void) => {
    for (const m of rest.matchAll(re)) onMatch(m);
    rest = rest.replace(re, (s) => ' '.repeat(s.length));
  };
  // «с 1 по 7 сентября», «1-7 сентября 2025»
  take(new RegExp(`(?:с )?(\\d{1,2}) ?(?:-|по|до) ?(\\d{1,2}) (${MONTH_WORD})(?: (\\d{4}))?`, 'g'), (m) => {
    const month = monthOfWord(m[3] ?? '') ?? 0;
    const year = fullYear(m[4]);
    dates.push({ day: Number(m[1]), month, year, index: m.index, text: m[0] });
    dates.push({ day: Number(m[2]), month, year, index: m.index + 1, text: m[0] });
  });
  // «12 октября 2025»
  take(new RegExp(`(\\d{1,2}) (${MONTH_WORD})(?: (\\d{4}))?`, 'g'), (m) => {
    dates.push({
      day: Number(m[1]),
      month: monthOfWord(m[2] ?? '') ?? 0,
      year: fullYear(m[3]),
      index: m.index,
      text: m[0],
    });
  });
  // «10-20.10.2025»
  take(/(?<![\d.])(\d{1,2}) ?- ?(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d])/g, (m) => {
    const month = Number(m[3]);
    const year = fullYear(m[4]);
    dates.push({ day: Number(m[1]), month, year, index: m.index, text: m[0] });
    dates.push({ day: Number(m[2]), month, year, index: m.index + 1, text: m[0] });
  });
  // «12.10.2025», «12.10.25»
  take(/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d])/g, (m) => {
    dates.push({ day: Number(m[1]), month: Number(m[2]), year: fullYear(m[3]), index: m.index, text: m[0] });
  });
  // «09.2025»
  take(/(?<![\d.])(\d{1,2})\.(\d{4})(?![\d.])/g, (m) => {
    months.push({ month: Number(m[1]), year: Number(m[2]) });
  });
  // «12.10»
  take(/(?<![\d.:])(\d{1,2})\.(\d{1,2})(?![\d.:])/g, (m) => {
    dates.push({ day: Number(m[1]), month: Number(m[2]), year: null, index: m.index, text: m[0] });
  });
  // «сентябрь 2025», «сентябрь»
  take(new RegExp(`(?<![а-я])(${MONTH_WORD})(?![а-я])(?: (\\d{4}))?`, 'g'), (m) => {
    const month = monthOfWord(m[1] ?? '');
    if (month !== null) months.push({ month, year: fullYear(m[2]) });
  });
  dates.sort((a, b) => a.index - b.index);
  return { dates, months };
}

function times(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?<![\d.])([01]?\d|2[0-3]):([0-5]\d)(?![\d.])/g)) {
    found.push(`${pad(Number(m[1]))}:${m[2]}`);
  }
  return found;
}

/** A day named in the file as an ISO date, its year from the academic year when the file gives none. */
function isoOf(token: DateToken, academicYear: string): string | { problem: string } {
  const year = token.year ?? yearOfMonth(academicYear, token.month);
  const iso = `${String(year).padStart(4, '0')}-${pad(token.month)}-${pad(token.day)}`;
  if (token.month < 1 || token.month > 12 || !isRealDate(iso)) {
    return { problem: `Такой даты нет: «${token.text.trim()}»` };
  }
  return iso;
}

function outsideYear(iso: string, academicYear: string): string | null {
  const { from, to } = academicYearBounds(academicYear);
  if (iso >= from && iso <= to) return null;
  return `Дата ${formatDate(iso)} не входит в ${academicYear} учебный год (с ${formatDate(from)} по ${formatDate(to)})`;
}

function monthOutside(month: string, academicYear: string): string | null {
  const { from, to } = academicYearBounds(academicYear);
  if (month >= from.slice(0, 7) && month <= to.slice(0, 7)) return null;
  return `${monthLabel(month)} не входит в ${academicYear} учебный год (с сентября по август)`;
}

/** A period the plan has no field for: the first month of it. */
function periodStart(text: string): number | null {
  if (YEAR_LONG.test(text) || /^(?:весь год|в течение года|учебный год)$/.test(text)) return 9;
  const quarter = /(?:^|[^а-я\d])(iv|iii|ii|i|[1-4]) ?(?:-?[а-я]{1,2})? ?четв/.exec(text);
  if (quarter) return QUARTER_START[(ROMAN[quarter[1] ?? ''] ?? 1) - 1] ?? null;
  const half = /(?:^|[^а-я\d])(ii|i|[12]) ?(?:-?[а-я]{1,2})? ?полуг/.exec(text);
  if (half) return HALF_START[(ROMAN[half[1] ?? ''] ?? 1) - 1] ?? null;
  return null;
}

/** Reads the «Сроки» cell of a row against the academic year of the plan. */
export function parseTiming(raw: string, academicYear: string): Timing {
  const text = normalizedTiming(raw);
  if (text === '' || /^[-–—.\s]*$/.test(text)) return { kind: 'empty' };
  const original = raw.replace(/\s+/g, ' ').trim();

  const period = periodStart(text);
  const { dates, months } = dateTokens(text);
  const clock = times(text);

  if (dates.length > 0) {
    const isos: string[] = [];
    for (const token of dates) {
      const iso = isoOf(token, academicYear);
      if (typeof iso !== 'string') return { kind: 'problem', message: iso.problem };
      const outside = outsideYear(iso, academicYear);
      if (outside) return { kind: 'problem', message: outside };
      isos.push(iso);
    }
    const [timeFrom = null, timeTo = null] = clock;
    const spanned = /-|(?:^|\s)по\s|(?:^|\s)до\s/.test(text);
    const first = isos[0] ?? '';
    const second = isos[1] ?? first;
    if (isos.length === 2 && spanned && first !== second) {
      if (second < first) return { kind: 'problem', message: `Конец срока раньше начала: «${original}»` };
      return { kind: 'range', from: first, to: second, timeFrom, timeTo };
    }
    // Several separate days: the first is the item's, the others are noted.
    return {
      kind: 'exact',
      date: first,
      timeFrom,
      timeTo,
      approximate: isos.some((iso) => iso !== first) ? original : null,
    };
  }

  const first = months[0];
  if (first) {
    const month = `${first.year ?? yearOfMonth(academicYear, first.month)}-${pad(first.month)}`;
    for (const m of months) {
      if (m.month < 1 || m.month > 12) return { kind: 'problem', message: `Такого месяца нет: «${original}»` };
      const outside = monthOutside(`${m.year ?? yearOfMonth(academicYear, m.month)}-${pad(m.month)}`, academicYear);
      if (outside) return { kind: 'problem', message: outside };
    }
    // «Сентябрь» alone is the month; «сентябрь–октябрь», «сентябрь, январь» or «сентябрь (1 неделя)» is noted.
    const rest = text
      .replace(new RegExp(`${MONTH_WORD}|\\d{1,2}\\.\\d{4}|\\d{4}`, 'g'), '')
      .replace(/(?:^|\s)(?:в|во|на|месяц[ае]?)(?=\s|$)/g, '')
      .replace(/[\s,.;()]/g, '');
    const approximate = months.length > 1 || rest !== '' ? original : null;
    return { kind: 'month', month, approximate };
  }

  if (period !== null) return { kind: 'month', month: monthKey(academicYear, period), approximate: original };

  const days = /^(?:с )?(\d{1,2})(?: ?(?:-|по|до) ?(\d{1,2}))?(?: числа)?$/.exec(text);
  if (days) {
    const from = Number(days[1]);
    const to = days[2] === undefined ? from : Number(days[2]);
    if (from >= 1 && from <= 31 && to >= from && to <= 31)
      return { kind: 'inMonth', days: [from, to], approximate: null };
  }
  if (IN_MONTH.test(text) || /недел/.test(text) || /декад/.test(text)) {
    return { kind: 'inMonth', days: null, approximate: /в течение месяца/.test(text) ? null : original };
  }
  return { kind: 'problem', message: `Не удалось понять сроки «${original}»: укажите месяц или дату` };
}

/**
 * A group row of the plan («Сентябрь», «Октябрь 2025», «I четверть», «В течение года»): the month its items
 * belong to, or null when the row is not a period.
 */
export function groupMonth(
  raw: string,
  academicYear: string,
): { month: string; approximate: string | null } | { problem: string } | null {
  const text = normalizedTiming(raw).replace(/[:.]$/, '');
  if (text.length > 40) return null;
  const monthOnly = new RegExp(`^(?:${MONTH_WORD})(?: (\\d{4}))?$|^(\\d{1,2})\\.(\\d{4})$`).exec(text);
  if (monthOnly) {
    const timing = parseTiming(raw, academicYear);
    if (timing.kind === 'problem') return { problem: timing.message };
    if (timing.kind === 'month') return { month: timing.month, approximate: null };
  }
  const period = periodStart(text);
  if (period !== null) return { month: monthKey(academicYear, period), approximate: raw.replace(/\s+/g, ' ').trim() };
  return null;
}

/**
 * The academic years the texts name: «2025/2026», a full date, a month with its year. The one named most, or null
 * when none is named.
 */
export function namedAcademicYear(texts: readonly string[]): string | null {
  const votes = new Map<string, number>();
  const vote = (year: string) => votes.set(year, (votes.get(year) ?? 0) + 1);
  for (const raw of texts) {
    const text = normalizedTiming(raw);
    for (const m of text.matchAll(/(?<!\d)(\d{4}) ?[/-] ?(\d{4})(?!\d)/g)) {
      if (Number(m[2]) === Number(m[1]) + 1) vote(`${m[1]}/${m[2]}`);
    }
    for (const m of text.matchAll(/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/g)) {
      const month = Number(m[2]);
      if (month >= 1 && month <= 12) vote(academicYearOfMonth(Number(m[3]), month));
    }
    for (const m of text.matchAll(/(?<![\d.])(\d{1,2})\.(\d{4})(?![\d.])/g)) {
      const month = Number(m[1]);
      if (month >= 1 && month <= 12) vote(academicYearOfMonth(Number(m[2]), month));
    }
    for (const m of text.matchAll(new RegExp(`(${MONTH_WORD}) (\\d{4})(?!\\d)`, 'g'))) {
      const month = monthOfWord(m[1] ?? '');
      if (month !== null) vote(academicYearOfMonth(Number(m[2]), month));
    }
  }
  let best: string | null = null;
  for (const [year, count] of votes) {
    const start = Number(year.slice(0, 4));
    if (start < 1990 || start > 2199) continue;
    if (best === null || count > (votes.get(best) ?? 0)) best = year;
  }
  return best;
}

function academicYearOfMonth(year: number, month: number): string {
  const start = month >= 9 ? year : year - 1;
  return `${start}/${start + 1}`;
}
