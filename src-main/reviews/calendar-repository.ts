import type Database from 'better-sqlite3';
import { prepared } from '../db/statements';

/*
 * The SQL of the review's calendar: a year's occurrences summed up for the dynamics (`occurrence-totals.ts`), and
 * the log of the days that writes to the calendar touched (`calendar-changes.ts`). The rules stay with those files.
 */

type Db = Database.Database;

/** A series with occurrences in the days summed up: its status and how many of its occurrences start in them. */
export interface SeriesInDays {
  id: number;
  status: string;
  occurrences: number;
}

/** The sums of the occurrences in the days, as SQL gives them (the series' own occurrences not yet counted in). */
export interface OccurrenceSums {
  occurrences: number;
  held: number;
  planned: number;
  plannedHeld: number;
  unplannedHeld: number;
  parents: number;
  teachers: number;
  achievements: number;
  winners: number;
  classes: string[];
  partners: number[];
}

/**
 * Single events and occurrences edited apart are counted where they lie, and a series held as a whole counts its
 * outcome once for each of its occurrences (`held(id, n)`). A year has thousands of events; this reads a row of
 * sums and two short lists instead of every event with its partners and classes. Each join over the held events is
 * made once for all the sums it gives.
 */
const SUMS = `
  WITH singles AS MATERIALIZED (
    SELECT id, status, series_id, plan_item_id FROM events
    WHERE rrule IS NULL AND starts_at BETWEEN @first AND @last
  ),
  held (id, n) AS MATERIALIZED (
    SELECT id, 1 FROM singles WHERE status = 'held'
    UNION ALL
    SELECT value ->> 0, value ->> 1 FROM json_each(@series)
  ),
  -- Plan fulfilment's units: a single event, or a whole series (its occurrences edited apart count in it), held
  -- when any of its occurrences was; planned when the event (the series) comes from a plan item. The unary «+»
  -- keeps SQLite on the days' index rather than reading every event without a series.
  series_units (id, held) AS (
    SELECT series_id, status = 'held' FROM singles WHERE +series_id IS NOT NULL
    UNION ALL
    SELECT value ->> 0, value ->> 1 = 'held' FROM json_each(@seriesUnits)
  ),
  units (held, planned) AS (
    SELECT status = 'held', plan_item_id IS NOT NULL FROM singles WHERE +series_id IS NULL
    UNION ALL
    SELECT max(u.held), e.plan_item_id IS NOT NULL FROM series_units u JOIN events e ON e.id = u.id GROUP BY u.id
  )
  SELECT
    (SELECT count(*) FROM singles) AS occurrences,
    (SELECT coalesce(sum(n), 0) FROM held) AS held,
    u.planned, u.plannedHeld, u.unplannedHeld, o.parents, o.teachers, a.achievements, a.winners,
    (SELECT json_group_array(DISTINCT ep.partner_id)
       FROM held h JOIN event_partners ep ON ep.event_id = h.id) AS partners,
    -- The classes that took part: those of a held event's outcome with pupils or, without such rows, those it names.
    (SELECT json_group_array(DISTINCT name) FROM (
       SELECT c.class_name AS name FROM held h JOIN event_outcome_classes c ON c.event_id = h.id
       WHERE c.pupils > 0 AND EXISTS (SELECT 1 FROM event_outcomes o WHERE o.event_id = h.id)
       UNION ALL
       SELECT c.class_name FROM held h JOIN event_classes c ON c.event_id = h.id
       WHERE NOT EXISTS (SELECT 1 FROM event_outcomes o JOIN event_outcome_classes oc ON oc.event_id = o.event_id
                         WHERE o.event_id = h.id AND oc.pupils > 0))) AS classes
  FROM
    (SELECT coalesce(sum(planned), 0) AS planned, coalesce(sum(planned AND held), 0) AS plannedHeld,
            coalesce(sum(held AND NOT planned), 0) AS unplannedHeld FROM units) u,
    (SELECT coalesce(sum(o.parents * h.n), 0) AS parents, coalesce(sum(o.teachers * h.n), 0) AS teachers
       FROM held h JOIN event_outcomes o ON o.event_id = h.id) o,
    (SELECT coalesce(sum(h.n), 0) AS achievements,
            coalesce(sum(h.n * (a.result IN (SELECT value FROM json_each(@winning)))), 0) AS winners
       FROM held h JOIN achievements a ON a.event_id = h.id) a`;

interface SumsRow extends Omit<OccurrenceSums, 'classes' | 'partners'> {
  classes: string;
  partners: string;
}

/** The sums of the occurrences that start from the first day to the last; `winning` names the results that win. */
export function sumOccurrences(
  db: Db,
  days: { from: string; to: string; series: readonly SeriesInDays[]; winning: readonly string[] },
): OccurrenceSums {
  const row = prepared(db, SUMS).get({
    first: days.from,
    last: `${days.to}T99`,
    series: JSON.stringify(days.series.filter((s) => s.status === 'held').map((s) => [s.id, s.occurrences])),
    seriesUnits: JSON.stringify(days.series.map((s) => [s.id, s.status])),
    winning: JSON.stringify(days.winning),
  }) as SumsRow;
  return {
    ...row,
    classes: JSON.parse(row.classes) as string[],
    partners: JSON.parse(row.partners) as number[],
  };
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

/** What a write to the calendar noted: its days, or for a series its first day, timing and rule. */
export interface NotedWrite {
  first: string;
  /** Null for a series: its last day follows from its rule. */
  last: string | null;
  start: string;
  ends: string;
  rrule: string | null;
}

/**
 * Notes the days each write to the calendar's tables touches, through temporary triggers of this connection (the
 * app's only one; nothing is stored in the file), and returns what takes the writes noted since it last ran. A row
 * of a child table is noted by its event's days; one whose event is being deleted is noted by the event's own
 * trigger.
 */
export function noteCalendarWrites(db: Db): () => NotedWrite[] {
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
    const noted = read.all() as NotedWrite[];
    if (noted.length > 0) clear.run();
    return noted;
  };
}
