import { formatDate, isRealDate } from '@contract/dates';

/**
 * Dates as the office types them, whatever the computer's language: «1.9.25», «01.09.2025», «1.09.2025» (a two-digit
 * year is 20xx), and an ISO date pasted from elsewhere. Pure text to text: a date never passes through a midnight
 * timestamp, so it is the same day in every time zone.
 */

export const DATE_PLACEHOLDER = 'ДД.ММ.ГГГГ';
export const EARLIEST_DATE = '1990-01-01';
export const LATEST_DATE = '2200-12-31';

/** What was typed: the ISO date it names, or why it names none. */
export type TypedDate = { date: string } | { error: string };

// A dot, or what a Russian keyboard's numpad or a habit gives instead of it.
const DAY_MONTH_YEAR = /^(\d{1,2})[.,/-](\d{1,2})[.,/-](\d{2}|\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: string, width: number) => n.padStart(width, '0');

/** The ISO date of typed text before any check of the calendar, or null when it has no date's shape. */
function isoOf(text: string): string | null {
  const iso = ISO.exec(text);
  if (iso) return text;
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (!dmy) return null;
  const [, day, month, year] = dmy as unknown as [string, string, string, string];
  return `${year.length === 2 ? `20${year}` : year}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The date typed, or a Russian message saying why there is none; null for an empty field. */
export function readTypedDate(text: string, min = EARLIEST_DATE, max = LATEST_DATE): TypedDate | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const iso = isoOf(trimmed);
  if (iso === null) return { error: 'Введите дату в виде ДД.ММ.ГГГГ, например 01.09.2025' };
  if (!isRealDate(iso)) return { error: `Такой даты нет: ${trimmed}` };
  if (iso < min || iso > max) return { error: `Укажите дату с ${formatDate(min)} по ${formatDate(max)}` };
  return { date: iso };
}

/** The ISO date typed, or null while the text names none (yet). */
export function typedDateOrNull(text: string, min?: string, max?: string): string | null {
  const read = readTypedDate(text, min, max);
  return read && 'date' in read ? read.date : null;
}
