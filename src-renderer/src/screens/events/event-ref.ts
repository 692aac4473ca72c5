import type { EventDetail, Occurrence } from '@contract/events';

/**
 * The event an action is about, as the contract addresses it. An occurrence the rule of a series generates has
 * no row of its own: it is the series' id with `occurrenceStart`, the start the rule gives it (its RECURRENCE-ID).
 * An occurrence edited apart from its series is a row of its own that still remembers its series.
 */
export interface EventRef {
  /** The row to read with `events:get`: the event, the series, or the occurrence edited apart. */
  eventId: number;
  /** The series the event belongs to, or null for a single event. */
  seriesId: number | null;
  /** For an occurrence the rule generates: its start in the series; otherwise null. */
  occurrenceStart: string | null;
  title: string;
  start: string;
  end: string;
  allDay: boolean;
}

export function refOfOccurrence(o: Occurrence): EventRef {
  const generated = o.seriesId !== null && o.seriesId === o.eventId && o.occurrenceStart !== null;
  return {
    eventId: o.eventId,
    seriesId: o.seriesId,
    occurrenceStart: generated ? o.occurrenceStart : null,
    title: o.title,
    start: o.start,
    end: o.end,
    allDay: o.allDay,
  };
}

/** A row the store answered with: a single event, a series, or an occurrence now apart from its series. */
export function refOfDetail(d: EventDetail): EventRef {
  return {
    eventId: d.id,
    seriesId: d.seriesId ?? (d.rrule ? d.id : null),
    occurrenceStart: null,
    title: d.title,
    start: d.start,
    end: d.end,
    allDay: d.allDay,
  };
}

/** Whether the event is one date of a series, so an edit asks «только это» or «всю серию». */
export const isInSeries = (ref: EventRef) => ref.seriesId !== null;

/** The `id` and `occurrenceStart` that address just this event (one occurrence, not its series). */
export function thisOne(ref: EventRef): { id: number; occurrenceStart?: string } {
  return ref.occurrenceStart === null ? { id: ref.eventId } : { id: ref.eventId, occurrenceStart: ref.occurrenceStart };
}
