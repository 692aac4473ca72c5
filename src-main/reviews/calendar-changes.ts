import type Database from 'better-sqlite3';
import { fromMinutes } from '../events/local-time';
import { seriesEndMinute } from '../events/recurrence';
import { noteCalendarWrites } from './calendar-repository';

/** Days from the first to the last, both whole, that a write to the calendar may have changed. */
export interface ChangedDays {
  first: string;
  last: string;
}

/**
 * Returns what takes the days the writes to the calendar's tables touched since it last ran (noted by this
 * connection's temporary triggers: `noteCalendarWrites`); for a series, up to the day its rule's last occurrence
 * ends. The review keeps each year's summed-up occurrences until a write touches one of the year's days.
 */
export function watchCalendarChanges(db: Database.Database): () => ChangedDays[] {
  const take = noteCalendarWrites(db);
  return () =>
    take().map(({ first, last, start, ends, rrule }) => ({
      first,
      last: last ?? fromMinutes(seriesEndMinute({ start, end: ends, rrule: rrule ?? '', exdates: [] }), true),
    }));
}
