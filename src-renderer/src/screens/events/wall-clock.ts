import { addDays, formatDate } from '@contract/dates';
import { WEEKDAY_LABELS, weekdayCode } from './recurrence';

/**
 * The school's wall-clock times as the contract keeps them: «2026-10-05T10:00», or a date «2026-10-05» for an
 * all-day event. Arithmetic runs on UTC minutes of the wall clock, so a change to summer time cannot shift a lesson.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** A Date the calendar gives (local time) as a wall-clock date. */
export function localDateOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A Date the calendar gives (local time) as a wall-clock time, or a date when `allDay`. */
export function wallClockOf(date: Date, allDay: boolean): string {
  const day = localDateOf(date);
  return allDay ? day : `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function toMinutes(value: string): number {
  const [y, m, d] = [Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))];
  const [h, min] = value.length > 10 ? [Number(value.slice(11, 13)), Number(value.slice(14, 16))] : [0, 0];
  return Date.UTC(y, m - 1, d, h, min) / 60_000;
}

function fromMinutes(minutes: number, allDay: boolean): string {
  const d = new Date(minutes * 60_000);
  const day = `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return allDay ? day : `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Minutes from `from` to `to`; a date counts as its midnight. */
export function minutesBetween(from: string, to: string): number {
  return toMinutes(to) - toMinutes(from);
}

/** `value` moved by `minutes`, written as a date when `allDay`. */
export function shiftWallClock(value: string, minutes: number, allDay: boolean): string {
  return fromMinutes(toMinutes(value) + minutes, allDay);
}

/** The date part: «2026-10-05». */
export const dayOf = (value: string) => value.slice(0, 10);
/** The time part: «10:00», or '' for a date. */
export const timeOf = (value: string) => value.slice(11, 16);

/** The exclusive end the calendar widget wants for an all-day event whose last day is `end`. */
export const exclusiveEnd = (end: string) => addDays(end, 1);

/** «пн» for a date. */
export function weekdayOf(date: string): string {
  return WEEKDAY_LABELS[weekdayCode(date)];
}

/** «пн, 06.10.2026, 15:00–16:30», «06.10.2026, весь день», «06.10.2026 — 08.10.2026». */
export function whenText(start: string, end: string, allDay: boolean): string {
  const first = `${weekdayOf(start)}, ${formatDate(dayOf(start))}`;
  if (allDay) return dayOf(end) > dayOf(start) ? `${first} — ${formatDate(dayOf(end))}` : `${first}, весь день`;
  if (dayOf(end) === dayOf(start)) return `${first}, ${timeOf(start)}–${timeOf(end)}`;
  return `${first}, ${timeOf(start)} — ${formatDate(dayOf(end))}, ${timeOf(end)}`;
}
