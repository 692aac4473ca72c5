import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_STATUSES, type EventStatus, type Occurrence } from '../../../src-main/contract/events';
import { addDays } from '../../../src-main/contract/dates';
import {
  latestPlannedByPartner,
  occurrencesOnDays,
  plannedAfter,
  STILL_PLANNED,
} from '../../../src-main/events/occurrences';
import { daysSpan, overlaps, spanOf } from '../../../src-main/events/local-time';
import { BENCH_TODAY, createHistoryStore, STORE_FILE } from '../../bench/history/store';
import { useTempDirs } from '../../kit';

// The calendar's faster reads (bounded by the longest event, series that ended left unexpanded, statuses and the
// planned events summed up in SQL) answer exactly what reading every event answered, on a generated history with
// series, occurrences held or cancelled apart, moved and overdue events.

const tempDir = useTempDirs();
let db: Database.Database;
let everything: Occurrence[];

beforeAll(async () => {
  const dir = tempDir();
  await createHistoryStore(dir, { seed: 11, scale: 0.05, years: 3, today: BENCH_TODAY });
  db = new Database(join(dir, STORE_FILE), { readonly: true });
  // Every occurrence there is: a range from 1990 reads every row, as the calendar did before.
  everything = occurrencesOnDays(db, '1990-01-01', '2200-12-31');
});
afterAll(() => db.close());

const RANGES = [
  ['2026-10-26', '2026-12-06'],
  ['2026-11-23', '2026-11-29'],
  ['2026-11-22', '2026-11-28'],
  ['2025-10-12', '2025-10-18'],
  ['2025-01-27', '2025-03-09'],
  ['2024-09-01', '2025-08-31'],
  ['2026-12-28', '2027-01-10'],
  ['2025-05-26', '2025-06-01'],
] as const;

describe('the calendar over a generated history', () => {
  it('has series, occurrences recorded apart and every status to read', () => {
    expect(db.prepare('SELECT count(*) FROM events WHERE rrule IS NOT NULL').pluck().get()).toBeGreaterThan(0);
    expect(db.prepare('SELECT count(*) FROM events WHERE series_id IS NOT NULL').pluck().get()).toBeGreaterThan(0);
    expect(new Set(everything.map((o) => o.status))).toEqual(new Set(EVENT_STATUSES));
  });

  it('finds in a range exactly the occurrences of the whole calendar that overlap it', () => {
    // Ranges that begin on the last day of an event of several days, and on the day a series' last session falls.
    const spanning = everything.filter((o) => o.end.slice(0, 10) > o.start.slice(0, 10)).slice(0, 8);
    const lastSessions = [
      ...Map.groupBy(
        everything.filter((o) => o.seriesId !== null),
        (o) => o.seriesId,
      ).values(),
    ]
      .map((sessions) => sessions.at(-1)?.start.slice(0, 10) ?? '')
      .slice(0, 8);
    expect(spanning.length).toBeGreaterThan(0);
    const edges = [...spanning.map((o) => o.end.slice(0, 10)), ...lastSessions].map((day) => [day, addDays(day, 6)]);
    for (const [from, to] of [...RANGES, ...edges] as [string, string][]) {
      const span = daysSpan(from, to);
      const expected = everything.filter((o) => overlaps(spanOf(o.start, o.end), span));
      expect(expected.length).toBeGreaterThan(0);
      expect(occurrencesOnDays(db, from, to)).toEqual(expected);
    }
  });

  it('finds the occurrences of a status exactly as filtering every occurrence of the range by it', () => {
    for (const [from, to] of RANGES) {
      const all = occurrencesOnDays(db, from, to);
      const choices: (readonly EventStatus[])[] = [STILL_PLANNED, ['held'], ['cancelled', 'moved']];
      for (const statuses of choices) {
        expect(occurrencesOnDays(db, from, to, statuses)).toEqual(all.filter((o) => statuses.includes(o.status)));
      }
    }
  });

  it('sums up each partner’s last planned day after a date as the planned occurrences after it give it', () => {
    for (const date of ['2024-08-31', '2025-12-31', addDays(BENCH_TODAY, -1), BENCH_TODAY, '2027-03-01']) {
      const expected = new Map<number, string>();
      for (const o of plannedAfter(db, date)) {
        for (const id of o.partnerIds) {
          if (o.start.slice(0, 10) > (expected.get(id) ?? '')) expected.set(id, o.start.slice(0, 10));
        }
      }
      expect(new Map([...latestPlannedByPartner(db, date)].sort())).toEqual(new Map([...expected].sort()));
    }
  });
});
