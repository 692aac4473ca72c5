import type Database from 'better-sqlite3';

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

const UNTIL_EVER = '9999-12-31';

/**
 * The days an events row can show on, for row `r`: its own, the day of the occurrence of its series it was edited
 * apart from, and for a series every day from its start on (its rule may run without end).
 */
function daysOf(r: string): string {
  return `SELECT min(substr(${r}.starts_at, 1, 10), coalesce(substr(${r}.original_start, 1, 10), '${UNTIL_EVER}')),
                 CASE WHEN ${r}.rrule IS NOT NULL THEN '${UNTIL_EVER}'
                      ELSE max(substr(${r}.ends_at, 1, 10), coalesce(substr(${r}.original_start, 1, 10), '')) END`;
}

/**
 * Notes the days each write to the calendar's tables touches, through temporary triggers of this connection (the
 * app's only one; nothing is stored in the file), and returns what takes the days noted since it last ran. A row
 * of a child table is noted by its event's days; one whose event is being deleted is noted by the event's own
 * trigger. The review keeps each year's summed-up occurrences until a write touches one of the year's days.
 */
export function watchCalendarChanges(db: Database.Database): () => ChangedDays[] {
  const statements = [`CREATE TEMP TABLE IF NOT EXISTS calendar_changes (first TEXT NOT NULL, last TEXT NOT NULL)`];
  const trigger = (table: string, event: 'INSERT' | 'UPDATE' | 'DELETE', body: string) =>
    statements.push(
      `CREATE TEMP TRIGGER IF NOT EXISTS calendar_changes_${table}_${event.toLowerCase()}
       AFTER ${event} ON main.${table} BEGIN ${body} END`,
    );
  const note = (select: string) => `INSERT INTO calendar_changes (first, last) ${select};`;
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
  const read = db.prepare('SELECT first, last FROM calendar_changes');
  const clear = db.prepare('DELETE FROM calendar_changes');
  return () => {
    const changed = read.all() as ChangedDays[];
    if (changed.length > 0) clear.run();
    return changed;
  };
}
