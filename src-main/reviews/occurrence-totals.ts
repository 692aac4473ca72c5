import type Database from 'better-sqlite3';
import { prepared } from '../db/statements';
import { seriesStartsOnDays } from '../events/occurrences';
import { WINNING_RESULTS, type OccurrenceTotals } from './indicators';

/**
 * The sums of the occurrences that start from the first day to the last, as `occurrenceTotals` gives them from the
 * year's facts, but summed up by SQL: single events and occurrences edited apart are counted where they lie, and a
 * series held as a whole counts its outcome once for each of its occurrences (`held(id, n)`). A year has thousands
 * of events; this reads a row of sums and two short lists instead of every event with its partners and classes.
 */
const TOTALS = `
  WITH singles AS (
    SELECT id, status, series_id FROM events WHERE rrule IS NULL AND starts_at BETWEEN @first AND @last
  ),
  held (id, n) AS (
    SELECT id, 1 FROM singles WHERE status = 'held'
    UNION ALL
    SELECT value ->> 0, value ->> 1 FROM json_each(@series)
  ),
  -- Plan fulfilment's units: a single event, or a whole series (its occurrences edited apart count in it), held
  -- when any of its occurrences was; planned when the event (the series) comes from a plan item.
  units (id, held) AS (
    SELECT coalesce(series_id, id), status = 'held' FROM singles
    UNION ALL
    SELECT value ->> 0, value ->> 1 = 'held' FROM json_each(@seriesUnits)
  ),
  unit_sums (held, planned) AS (
    SELECT max(u.held), e.plan_item_id IS NOT NULL FROM units u JOIN events e ON e.id = u.id GROUP BY u.id
  ),
  -- The held events whose outcome names classes with pupils: those classes took part, not the ones planned.
  counted (id) AS (
    SELECT h.id FROM held h JOIN event_outcomes o ON o.event_id = h.id
    WHERE EXISTS (SELECT 1 FROM event_outcome_classes c WHERE c.event_id = h.id AND c.pupils > 0)
  )
  SELECT
    (SELECT count(*) FROM singles) AS occurrences,
    (SELECT coalesce(sum(n), 0) FROM held) AS held,
    (SELECT count(*) FROM unit_sums WHERE planned) AS planned,
    (SELECT count(*) FROM unit_sums WHERE planned AND held) AS plannedHeld,
    (SELECT count(*) FROM unit_sums WHERE NOT planned AND held) AS unplannedHeld,
    (SELECT coalesce(sum(o.parents * h.n), 0) FROM held h JOIN event_outcomes o ON o.event_id = h.id) AS parents,
    (SELECT coalesce(sum(o.teachers * h.n), 0) FROM held h JOIN event_outcomes o ON o.event_id = h.id) AS teachers,
    (SELECT coalesce(sum(h.n), 0) FROM held h JOIN achievements a ON a.event_id = h.id) AS achievements,
    (SELECT coalesce(sum(h.n), 0) FROM held h JOIN achievements a ON a.event_id = h.id
      WHERE a.result IN (SELECT value FROM json_each(@winning))) AS winners,
    (SELECT json_group_array(DISTINCT ep.partner_id)
       FROM held h JOIN event_partners ep ON ep.event_id = h.id) AS partners,
    (SELECT json_group_array(DISTINCT name) FROM (
       SELECT c.class_name AS name FROM counted h JOIN event_outcome_classes c ON c.event_id = h.id WHERE c.pupils > 0
       UNION ALL
       SELECT c.class_name FROM held h JOIN event_classes c ON c.event_id = h.id
       WHERE h.id NOT IN (SELECT id FROM counted))) AS classes`;

interface TotalsRow extends Omit<OccurrenceTotals, 'classes' | 'partners'> {
  classes: string;
  partners: string;
}

export function readOccurrenceTotals(db: Database.Database, from: string, to: string): OccurrenceTotals {
  const series = seriesStartsOnDays(db, from, to);
  const row = prepared(db, TOTALS).get({
    first: from,
    last: `${to}T99`,
    series: JSON.stringify(series.filter((s) => s.status === 'held').map((s) => [s.id, s.occurrences])),
    seriesUnits: JSON.stringify(series.map((s) => [s.id, s.status])),
    winning: JSON.stringify(WINNING_RESULTS),
  }) as TotalsRow;
  return {
    ...row,
    occurrences: row.occurrences + series.reduce((sum, s) => sum + s.occurrences, 0),
    classes: new Set(JSON.parse(row.classes) as string[]),
    partners: new Set(JSON.parse(row.partners) as number[]),
  };
}
