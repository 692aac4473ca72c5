import { z } from 'zod';

/**
 * An academic year runs from 1 September to 31 August and is written «2026/2027».
 * It is identified by the calendar year in which it starts.
 */
export const academicYearSchema = z
  .string({ error: 'Ожидается учебный год' })
  .regex(/^\d{4}\/\d{4}$/, { error: 'Учебный год записывается как «2026/2027»' })
  .refine((s) => Number(s.slice(5)) === Number(s.slice(0, 4)) + 1, {
    error: 'Второй год должен следовать за первым',
  })
  .refine((s) => Number(s.slice(0, 4)) >= 1990 && Number(s.slice(0, 4)) <= 2200, {
    error: 'Учебный год вне допустимого диапазона',
  });

export function academicYearLabel(startYear: number): string {
  return `${startYear}/${startYear + 1}`;
}

export function academicYearStart(label: string): number {
  return Number(label.slice(0, 4));
}

/**
 * The academic year that contains the given calendar date («2026-11-26»).
 * Date-only strings are used so that the answer never depends on the time zone.
 */
export function academicYearOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return academicYearLabel(month >= 9 ? year : year - 1);
}

/** First and last day of an academic year, as ISO dates. */
export function academicYearBounds(label: string): { from: string; to: string } {
  const start = academicYearStart(label);
  return { from: `${start}-09-01`, to: `${start + 1}-08-31` };
}

/** Today's date on the user's wall clock, as an ISO date. */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
