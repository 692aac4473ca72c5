import type Database from 'better-sqlite3';
import ical, { ICalEventStatus } from 'ical-generator';
import { EVENT_STATUS_LABELS, type Occurrence } from '../contract/events';
import { addDays } from '../contract/dates';
import { isDateOnly, toFloatingDate } from './local-time';
import { icsRule } from './recurrence';
import { classesByEvent, findEventRow, listOverrideRows, partnersByEvent, type EventRow } from './repository';

type Db = Database.Database;

/** A VEVENT to write: a single event, or a series with the occurrences edited apart from it. */
interface CalendarEntry {
  row: EventRow;
  overrides: EventRow[];
}

/**
 * The events behind some occurrences, as the .ics file holds them: a series once, with its RRULE, its deleted
 * occurrences as EXDATE and every occurrence edited apart (in the filter or not — leaving one out would put the
 * occurrence back at its old time on the phone) as a VEVENT with the series' UID and a RECURRENCE-ID.
 */
export function calendarEntries(db: Db, occurrences: readonly Occurrence[]): CalendarEntry[] {
  const entries = new Map<number, CalendarEntry>();
  for (const o of occurrences) {
    const series = o.seriesId === null ? undefined : findEventRow(db, o.seriesId);
    const root = series?.rrule ? series : findEventRow(db, o.eventId);
    if (!root || entries.has(root.id)) continue;
    entries.set(root.id, { row: root, overrides: root.rrule ? listOverrideRows(db, root.id) : [] });
  }
  return [...entries.values()];
}

const uidOf = (id: number) => `event-${id}@sodruzhestvo`;

function description(row: EventRow, partners: readonly string[], classes: readonly string[]): string {
  return [
    partners.length ? `Партнёры: ${partners.join(', ')}` : '',
    classes.length ? `Классы: ${classes.join(', ')}` : '',
    row.status === 'planned' ? '' : `Состояние: ${EVENT_STATUS_LABELS[row.status]}`,
    row.cancelReason ? `Причина отмены: ${row.cancelReason}` : '',
    row.notes,
  ]
    .filter(Boolean)
    .join('\n');
}

/** «2026-10-06T15:00» → «20261006T150000», «2026-10-06» → «20261006». */
function icsValue(local: string): string {
  return isDateOnly(local) ? local.replaceAll('-', '') : `${local.replaceAll('-', '').replace(':', '')}00`;
}

/**
 * An iCalendar file of the entries, in floating local times so that a phone shows the school's wall clock
 * wherever it is set. An all-day event ends, as iCalendar has it, on the day after its last.
 */
export function calendarText(db: Db, entries: readonly CalendarEntry[], stamp: Date): string {
  const rows = entries.flatMap((e) => [e.row, ...e.overrides]);
  const ids = rows.map((r) => r.id);
  const partners = partnersByEvent(db, ids);
  const classes = classesByEvent(db, ids);
  const calendar = ical({
    name: 'Содружество: мероприятия',
    prodId: { company: 'Содружество', product: 'Мероприятия', language: 'RU' },
  });
  const allDaySeries = new Set<string>();
  const add = (row: EventRow, uid: string, series: EventRow | null) => {
    const event = calendar.createEvent({
      id: uid,
      start: toFloatingDate(row.start),
      end: toFloatingDate(row.allDay ? addDays(row.end, 1) : row.end),
      allDay: row.allDay,
      floating: true,
      stamp,
      summary: row.title,
      description: description(
        row,
        (partners.get(row.id) ?? []).map((p) => p.name),
        classes.get(row.id) ?? [],
      ),
      ...(row.venue ? { location: row.venue } : {}),
      ...(row.status === 'cancelled' ? { status: ICalEventStatus.CANCELLED } : {}),
    });
    if (row.rrule) {
      const exdates = row.exdates.length
        ? `\r\nEXDATE${row.allDay ? ';VALUE=DATE' : ''}:${row.exdates.map(icsValue).join(',')}`
        : '';
      event.repeating(`RRULE:${icsRule(row.rrule, row.allDay)}${exdates}`);
    }
    if (series && row.originalStart) {
      event.recurrenceId(toFloatingDate(row.originalStart));
      if (series.allDay) allDaySeries.add(uid);
    }
  };
  for (const { row, overrides } of entries) {
    add(row, uidOf(row.id), null);
    for (const override of overrides) add(override, uidOf(row.id), row);
  }
  return withDateRecurrenceIds(calendar.toString(), allDaySeries);
}

/**
 * ical-generator writes every RECURRENCE-ID as a date and time; an occurrence of an all-day series must name it
 * as a DATE, the value type of the series' DTSTART (RFC 5545, 3.8.4.4).
 */
function withDateRecurrenceIds(text: string, allDaySeriesUids: ReadonlySet<string>): string {
  let uid = '';
  return text
    .split('\r\n')
    .map((line) => {
      if (line.startsWith('UID:')) uid = line.slice(4);
      const match = /^RECURRENCE-ID:(\d{8})T000000$/.exec(line);
      return match && allDaySeriesUids.has(uid) ? `RECURRENCE-ID;VALUE=DATE:${match[1]}` : line;
    })
    .join('\r\n');
}
