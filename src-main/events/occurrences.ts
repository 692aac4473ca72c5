import type Database from 'better-sqlite3';
import { EVENT_STATUSES, type EventStatus, type Occurrence } from '../contract/events';
import { daysSpan, fromMinutes, MINUTES_PER_DAY, overlaps, spanOf, toMinutes, type Span } from './local-time';
import { compareRussian } from '../contract/russian-order';
import { instancesIn, seriesEndMinute } from './recurrence';
import {
  candidateRows,
  classesByEvent,
  latestSingleDays,
  overriddenStarts,
  partnersByEvent,
  seriesRows,
  type CalendarRow,
  type EventRow,
} from './repository';

type Db = Database.Database;

/** Statuses of an occurrence that is still to be held: planned, or moved to a new date. */
export const STILL_PLANNED: readonly EventStatus[] = ['planned', 'moved'];

/** The calendar key of an occurrence: «12», or «12@2026-10-06T15:00» for an occurrence of series 12. */
export function occurrenceKey(seriesId: number | null, eventId: number, occurrenceStart: string | null): string {
  return seriesId === null || occurrenceStart === null ? String(eventId) : `${seriesId}@${occurrenceStart}`;
}

export function seriesTiming(row: Pick<EventRow, 'start' | 'end' | 'rrule' | 'exdates'>) {
  return { start: row.start, end: row.end, rrule: row.rrule ?? '', exdates: row.exdates };
}

/**
 * Every occurrence overlapping `span`: single events, the series' occurrences as their rules give them (deleted
 * ones left out) and, in place of an occurrence edited apart, its own row with its own dates — so a moved
 * occurrence shows once, at its new time.
 */
export function occurrencesIn(db: Db, span: Span, statuses?: readonly EventStatus[]): Occurrence[] {
  // Series whose last occurrence ended before the span have nothing in it: they are left out unexpanded.
  const rows = candidateRows(db, fromMinutes(span.from, false), fromMinutes(span.to, false), statuses).filter(
    (row) => row.rrule === null || seriesEndMinute(seriesTiming(row)) > span.from,
  );
  const replaced = overriddenStarts(
    db,
    rows.filter((row) => row.rrule !== null).map((row) => row.id),
  );
  const found: { row: CalendarRow; start: string; end: string; occurrenceStart: string | null }[] = [];
  for (const row of rows) {
    if (row.rrule !== null) {
      for (const instance of instancesIn(seriesTiming(row), span, replaced.get(row.id))) {
        found.push({ row, ...instance });
      }
    } else if (overlaps(spanOf(row.start, row.end), span)) {
      found.push({ row, start: row.start, end: row.end, occurrenceStart: row.originalStart });
    }
  }
  const ids = [...new Set(found.map((f) => f.row.id))];
  const partners = partnersByEvent(db, ids);
  const classes = classesByEvent(db, ids);
  return found
    .map(({ row, start, end, occurrenceStart }) => {
      const own = partners.get(row.id) ?? [];
      const seriesId = row.rrule !== null ? row.id : row.seriesId;
      const occurrence: Occurrence = {
        key: occurrenceKey(seriesId, row.id, occurrenceStart),
        eventId: row.id,
        seriesId,
        occurrenceStart,
        title: row.title,
        start,
        end,
        allDay: row.allDay,
        status: row.status,
        venue: row.venue,
        classes: classes.get(row.id) ?? [],
        partnerIds: own.map((p) => p.id),
        partnerNames: own.map((p) => p.name),
        category: own[0]?.category ?? null,
        planItemId: row.planItemId,
      };
      return { occurrence, at: toMinutes(start) };
    })
    .sort(
      (a, b) =>
        a.at - b.at ||
        compareRussian(a.occurrence.title, b.occurrence.title) ||
        a.occurrence.eventId - b.occurrence.eventId,
    )
    .map(({ occurrence }) => occurrence);
}

/** Every occurrence from the first day to the last, both whole (with one of `statuses` when given). */
export function occurrencesOnDays(db: Db, from: string, to: string, statuses?: readonly EventStatus[]): Occurrence[] {
  return occurrencesIn(db, daysSpan(from, to), statuses);
}

/**
 * The series with occurrences that start from the first day to the last, each with how many (those edited apart
 * are rows of their own, and deleted ones are gone): what a sum over the days takes from the series, which alone
 * SQL cannot expand.
 */
export function seriesStartsOnDays(
  db: Db,
  from: string,
  to: string,
): { id: number; status: EventStatus; occurrences: number }[] {
  const span = daysSpan(from, to);
  const series = seriesRows(db, EVENT_STATUSES).filter(
    (row) => row.start.slice(0, 10) <= to && seriesEndMinute(seriesTiming(row)) > span.from,
  );
  const replaced = overriddenStarts(
    db,
    series.map((row) => row.id),
  );
  return series
    .map((row) => ({
      id: row.id,
      status: row.status,
      occurrences: instancesIn(seriesTiming(row), span, replaced.get(row.id)).filter(
        (instance) => instance.start.slice(0, 10) >= from,
      ).length,
    }))
    .filter((series) => series.occurrences > 0);
}

const LAST_MINUTE = toMinutes('2201-01-01');

/** Occurrences still to be held (planned or moved) that start after a date, read once for many questions. */
export function plannedAfter(db: Db, date: string): Occurrence[] {
  return occurrencesIn(db, { from: toMinutes(date) + MINUTES_PER_DAY, to: LAST_MINUTE }, STILL_PLANNED).filter(
    (o) => o.start.slice(0, 10) > date,
  );
}

/**
 * For each partner, the last day on which an occurrence with it is still to be held (planned or moved), among those
 * that start after `date`: whether an agreement that ended on `date` or later still has events planned. Single
 * events and occurrences edited apart are summed up in SQL; only the series still planned are expanded.
 */
export function latestPlannedByPartner(db: Db, date: string): Map<number, string> {
  const latest = latestSingleDays(db, date, STILL_PLANNED);
  const span = { from: toMinutes(date) + MINUTES_PER_DAY, to: LAST_MINUTE };
  const series = seriesRows(db, STILL_PLANNED).filter((row) => seriesEndMinute(seriesTiming(row)) > span.from);
  const ids = series.map((row) => row.id);
  const replaced = overriddenStarts(db, ids);
  const partners = partnersByEvent(db, ids);
  for (const row of series) {
    const days = instancesIn(seriesTiming(row), span, replaced.get(row.id))
      .map((instance) => instance.start.slice(0, 10))
      .filter((day) => day > date);
    const last = days.at(-1);
    if (last === undefined) continue;
    for (const { id } of partners.get(row.id) ?? []) if (last > (latest.get(id) ?? '')) latest.set(id, last);
  }
  return latest;
}

/**
 * How many occurrences with a partner are still to be held (planned or moved) after a date — for agreements that
 * have expired while their events are still planned.
 */
export function plannedEventsAfter(db: Db, partnerId: number, date: string): number {
  return plannedAfter(db, date).filter((o) => o.partnerIds.includes(partnerId)).length;
}
