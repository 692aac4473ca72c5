/**
 * The school's wall-clock times: «2026-10-05T10:00», or a date «2026-10-05» for an all-day event. They are floating
 * times (no zone): arithmetic runs on a UTC scale whose components equal the wall clock, so no answer depends on
 * the machine's time zone.
 */

export const MINUTES_PER_DAY = 1440;

export function isDateOnly(local: string): boolean {
  return local.length === 10;
}

/** Minutes on the floating scale: the wall clock read as if it were UTC. */
export function toMinutes(local: string): number {
  const hours = isDateOnly(local) ? 0 : Number(local.slice(11, 13));
  const minutes = isDateOnly(local) ? 0 : Number(local.slice(14, 16));
  return (
    Date.UTC(Number(local.slice(0, 4)), Number(local.slice(5, 7)) - 1, Number(local.slice(8, 10)), hours, minutes) /
    60_000
  );
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The wall-clock text of a floating minute: a date when `dateOnly`, else a date and a time. */
export function fromMinutes(minutes: number, dateOnly: boolean): string {
  const d = new Date(minutes * 60_000);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return dateOnly ? date : `${date}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** A Date whose UTC components are the wall clock (what `rrule` and `ical-generator` are given). */
export function toFloatingDate(local: string): Date {
  return new Date(toMinutes(local) * 60_000);
}

export function fromFloatingDate(date: Date, dateOnly: boolean): string {
  return fromMinutes(Math.floor(date.getTime() / 60_000), dateOnly);
}

/** The same kind of value (date or date and time) moved by whole minutes; a date moves by whole days. */
export function shiftLocal(local: string, minutes: number): string {
  return fromMinutes(toMinutes(local) + minutes, isDateOnly(local));
}

/** The time now on the machine's wall clock, «2026-11-26T10:00». */
export function localNow(now: Date): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** A half-open span [from, to) of floating minutes. */
export interface Span {
  from: number;
  to: number;
}

/**
 * The time an event takes: an all-day event takes its last day whole; an event of no length still takes its
 * first minute, so that it can meet another.
 */
export function spanOf(start: string, end: string): Span {
  const from = toMinutes(start);
  const to = isDateOnly(end) ? toMinutes(end) + MINUTES_PER_DAY : toMinutes(end);
  return { from, to: Math.max(to, from + 1) };
}

/** The days from `from` to `to`, both whole («2026-10-01» to «2026-10-31» is all of October). */
export function daysSpan(from: string, to: string): Span {
  return { from: toMinutes(from), to: toMinutes(to.slice(0, 10)) + MINUTES_PER_DAY };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.from < b.to && b.from < a.to;
}

/** How long an event lasts on the floating scale, as stored (an all-day event's end is its last day). */
export function lengthOf(start: string, end: string): number {
  return toMinutes(end) - toMinutes(start);
}
