import type Database from 'better-sqlite3';
import { fromMinutes } from '../events/local-time';
import { seriesEndMinute } from '../events/recurrence';

/** Days from the first to the last, both whole, that a write to the calendar may have changed. */
export interface ChangedDays {
  first: string;
  last: string;
}

/** The tables a year's occurrences are read from (`readOccurrenceFacts`), each but `events` by its `event_id`. */
const EVENT_CHILD_TABLES = [
  'event_partners',
  'event_classes',
  'event_outcomes',
  'event_outcome_classes',
  'achievements',
] as const;

/**
 * What a write notes of an events row `r`: its first day (its own, or the day of the occurrence of its series it
 * was edited apart from, if earlier); its last day, or for a series none but its timing and rule, from which the
 * reader works out the day its last occurrence ends (a trigger cannot run a rule).
 */
function daysOf(r: string): string {
  return `SELECT min(substr(${r}.starts_at, 1, 10), coalesce(substr(${r}.original_start, 1, 10), '9999-12-31')),
                 CASE WHEN ${r}.rrule IS NULL
                      THEN max(substr(${r}.ends_at, 1, 10), coalesce(substr(${r}.original_start, 1, 10), '')) END,
                 ${r}.starts_at, ${r}.ends_at, ${r}.rrule`;
}

interface Noted {
  first: string;
  last: string | null;
  start: string;
  ends: string;
  rrule: string | null;
}

/**
 * Notes the days each write to the calendar's tables touches, through temporary triggers of this connection (the
 * app's only one; nothing is stored in the file), and returns what takes the days noted since it last ran. A row
 * of a child table is noted by its event's days; one whose event is being deleted is noted by the event's own
 * trigger. The review keeps each year's summed-up occurrences until a write touches one of the year's days.
 */
export function watchCalendarChanges(db: Database.Database): () => ChangedDays[] {
  const statements = [
    'CREATE TEMP TABLE IF NOT EXISTS calendar_changes (first TEXT NOT NULL, last TEXT, start TEXT, ends TEXT, rrule TEXT)',
  ];
  const trigger = (table: string, event: 'INSERT' | 'UPDATE' | 'DELETE', body: string) =>
    statements.push(
      `CREATE TEMP TRIGGER IF NOT EXISTS calendar_changes_${table}_${event.toLowerCase()}
       AFTER ${event} ON main.${table} BEGIN ${body} END`,
    );
  const note = (select: string) => `INSERT INTO calendar_changes (first, last, start, ends, rrule) ${select};`;
  trigger('events', 'INSERT', note(daysOf('NEW')));
  trigger('events', 'UPDATE', note(daysOf('OLD')) + note(daysOf('NEW')));
  trigger('events', 'DELETE', note(daysOf('OLD')));
  const ofEvent = (row: 'OLD' | 'NEW') => note(`${daysOf('e')} FROM main.events e WHERE e.id = ${row}.event_id`);
  for (const table of EVENT_CHILD_TABLES) {
    trigger(table, 'INSERT', ofEvent('NEW'));
    trigger(table, 'UPDATE', ofEvent('OLD') + ofEvent('NEW'));
    trigger(table, 'DELETE', ofEvent('OLD'));
  }
  for (const sql of statements) db.exec(sql);
  const read = db.prepare('SELECT first, last, start, ends, rrule FROM calendar_changes');
  const clear = db.prepare('DELETE FROM calendar_changes');
  return () => {
    const noted = read.all() as Noted[];
    if (noted.length > 0) clear.run();
    return noted.map(({ first, last, start, ends, rrule }) => ({
      first,
      last: last ?? fromMinutes(seriesEndMinute({ start, end: ends, rrule: rrule ?? '', exdates: [] }), true),
    }));
  };
}
