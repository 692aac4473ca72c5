import { foldForSearch } from '../contract/text-folding';
import type { Conflict, Occurrence } from '../contract/events';
import { overlaps, spanOf } from './local-time';

/** A booking to check: when, which classes, where; and the event it belongs to, which never conflicts with itself. */
export interface Booking {
  start: string;
  end: string;
  classes: readonly string[];
  venue: string;
  excludeId?: number | undefined;
}

/** A venue compared without case, spaces and the dots over «ё»: «Актовый  зал» is «актовый зал». */
export function venueKey(venue: string): string {
  return foldForSearch(venue).replaceAll(' ', '');
}

/**
 * Occurrences that book one of the classes or the venue at a time that overlaps the booking. All-day events take
 * their days whole; cancelled events book nothing; the booking's own event (or series) is left out.
 */
export function findConflicts(occurrences: readonly Occurrence[], booking: Booking): Conflict[] {
  const span = spanOf(booking.start, booking.end);
  const classes = new Set(booking.classes);
  const venue = venueKey(booking.venue);
  const conflicts: Conflict[] = [];
  for (const o of occurrences) {
    if (o.status === 'cancelled') continue;
    if (booking.excludeId !== undefined && (o.eventId === booking.excludeId || o.seriesId === booking.excludeId)) {
      continue;
    }
    if (!overlaps(span, spanOf(o.start, o.end))) continue;
    const base = { eventId: o.eventId, title: o.title, start: o.start, end: o.end };
    for (const className of o.classes) {
      if (classes.has(className)) conflicts.push({ ...base, reason: 'class', what: className });
    }
    if (venue !== '' && venueKey(o.venue) === venue) conflicts.push({ ...base, reason: 'venue', what: o.venue });
  }
  return conflicts;
}
