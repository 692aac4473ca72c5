import { academicYearBounds, academicYearStart } from '../contract/academic-year';
import { addDays, daysBetween, mondayOf } from '../contract/dates';

/**
 * Moving a plan's dates to another academic year, «to the same week and weekday».
 *
 * The weeks of an academic year are counted from the Monday of the week that holds 1 September: that week is
 * week 1, whatever weekday 1 September falls on. Two years' week grids differ by a whole number of weeks, so a
 * date moves by exactly that many days: it keeps its weekday and its week number, and a time of day is kept as
 * it is. 29 February needs no rule of its own: it is a weekday of some week like any other day.
 *
 * Week 1 and the last week may be cut by the year's bounds. A date that would land before 1 September of the new
 * year moves one week later, a date past 31 August one week earlier (the weekday is kept, the week is the nearest
 * that lies in the year). A range moves as one piece and keeps its length and weekdays; only a range of nearly the
 * whole year, which no whole-week shift fits into the new year, becomes the whole new year (1 September – 31 August).
 *
 * An item timed by a month keeps its month: October stays October of the new year.
 */

const WEEK = 7;

/** The Monday of the week that holds 1 September: the first day of the year's week 1. */
export function academicWeekAnchor(year: string): string {
  const first = academicYearBounds(year).from;
  return mondayOf(first);
}

/** The week of the academic year a date falls in, 1 for the week that holds 1 September. */
export function academicWeek(year: string, iso: string): number {
  return Math.floor(daysBetween(academicWeekAnchor(year), iso) / WEEK) + 1;
}

/** Days from one year's week grid to another's: always a whole number of weeks. */
export function weekShift(fromYear: string, toYear: string): number {
  return daysBetween(academicWeekAnchor(fromYear), academicWeekAnchor(toYear));
}

export interface DateSpan {
  from: string;
  /** The end of a range; null for a single day. */
  to: string | null;
}

/** A day or a range of days moved from one academic year to the same week and weekday of another. */
export function moveSpan(span: DateSpan, fromYear: string, toYear: string): DateSpan {
  const bounds = academicYearBounds(toYear);
  let shift = weekShift(fromYear, toYear);
  while (addDays(span.from, shift) < bounds.from) shift += WEEK;
  while (addDays(span.to ?? span.from, shift) > bounds.to) shift -= WEEK;
  const from = addDays(span.from, shift);
  // Only a range of nearly the whole year finds no whole-week place in the new one: it becomes the whole year.
  if (from < bounds.from) return { from: bounds.from, to: bounds.to };
  return { from, to: span.to === null ? null : addDays(span.to, shift) };
}

/** «2026-10» of 2026/2027 becomes «2027-10» of 2027/2028: the same month of the other year. */
export function moveMonth(month: string, toYear: string): string {
  const start = academicYearStart(toYear);
  const m = Number(month.slice(5, 7));
  return `${m >= 9 ? start : start + 1}-${month.slice(5, 7)}`;
}
