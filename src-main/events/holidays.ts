import type { HolidayClash } from '../contract/events';
import type { Holiday } from '../contract/settings';

/**
 * The starts that fall into the school holidays, each with the holidays' name: a day from the first day of the
 * holidays to the last, both whole. Starts are in order, and so is the answer.
 */
export function holidayClashes(starts: readonly string[], holidays: readonly Holiday[]): HolidayClash[] {
  if (holidays.length === 0) return [];
  const found: HolidayClash[] = [];
  for (const start of starts) {
    const day = start.slice(0, 10);
    const holiday = holidays.find((h) => h.from <= day && day <= h.to);
    if (holiday) found.push({ start, holiday: holiday.name });
  }
  return found;
}
