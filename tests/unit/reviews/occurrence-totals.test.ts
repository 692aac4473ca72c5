import { fc, test } from '@fast-check/vitest';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { academicYearBounds } from '../../../src-main/contract/academic-year';
import { ACHIEVEMENT_RESULTS, EVENT_STATUSES } from '../../../src-main/contract/events';
import { addDays } from '../../../src-main/contract/dates';
import { allStarts } from '../../../src-main/events/recurrence';
import { occurrenceTotals, type OccurrenceTotals } from '../../../src-main/reviews/indicators';
import { readOccurrenceTotals } from '../../../src-main/reviews/occurrence-totals';
import { readOccurrenceFacts } from '../../../src-main/reviews/year-repository';
import { blankPlanItemFields } from '../../../src-main/contract/plans';
import { call, makeTempDir, openCore, type TestCore } from '../../kit';

const YEAR = '2025/2026';
const { from, to } = academicYearBounds(YEAR);
const CLASSES = ['1А', '4Б', '5А', '10А'];
const RULES = ['FREQ=WEEKLY;COUNT=6', 'FREQ=MONTHLY;COUNT=4', 'FREQ=DAILY;INTERVAL=3;COUNT=9', 'FREQ=WEEKLY;COUNT=60'];

/** An outcome: its parents, and each class with its pupils (0 pupils, a class that did not come). */
const outcome = fc.option(
  fc.record({
    parents: fc.integer({ min: 0, max: 40 }),
    teachers: fc.integer({ min: 0, max: 5 }),
    classes: fc.uniqueArray(fc.record({ name: fc.constantFrom(...CLASSES), pupils: fc.integer({ min: 0, max: 3 }) }), {
      selector: (c) => c.name,
      maxLength: 3,
    }),
  }),
);

/** What an event row of any kind holds besides its dates. */
const details = {
  status: fc.constantFrom(...EVENT_STATUSES),
  // From a plan item or outside the plan; an occurrence edited apart may say otherwise than its series.
  planned: fc.boolean(),
  allDay: fc.boolean(),
  // Days it lasts past its first: an event may start before the year and end in it, or cross its last day.
  extraDays: fc.integer({ min: 0, max: 3 }),
  partners: fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { maxLength: 3 }),
  classes: fc.uniqueArray(fc.constantFrom(...CLASSES), { maxLength: 3 }),
  outcome,
  achievements: fc.array(fc.constantFrom(...ACHIEVEMENT_RESULTS), { maxLength: 3 }),
};

/** A day from a month before the year to a month after it. */
const day = fc.integer({ min: -40, max: 400 }).map((n) => addDays(from, n));

const calendar = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('single' as const), day, ...details }),
    fc.record({
      kind: fc.constant('series' as const),
      day,
      rule: fc.constantFrom(...RULES),
      ...details,
      // Of its occurrences by index: those deleted, and those edited apart (with their own details and day).
      deleted: fc.uniqueArray(fc.integer({ min: 0, max: 59 }), { maxLength: 3 }),
      apart: fc.array(fc.record({ index: fc.integer({ min: 0, max: 59 }), day, ...details }), { maxLength: 3 }),
    }),
  ),
  { maxLength: 12 },
);

type Details = { [K in keyof typeof details]: (typeof details)[K] extends fc.Arbitrary<infer T> ? T : never };

// One store for every run of the property (each run empties its calendar first); `useCores` would close it after each.
let app: TestCore;
let dataDir: string;
let partnerIds: number[];
let planItemId: number;
beforeAll(async () => {
  dataDir = makeTempDir();
  app = await openCore(dataDir);
  partnerIds = app.db.prepare('SELECT id FROM partners ORDER BY id').pluck().all() as number[];
  await call(app, 'plans:create', { year: YEAR, copyFrom: null });
  planItemId = (
    await call(app, 'planItems:create', {
      year: YEAR,
      fields: { ...blankPlanItemFields('2025-10'), title: 'Пункт плана' },
    })
  ).id;
});
afterAll(() => {
  app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function insert(row: Details & { day: string; rule?: string; seriesId?: number; originalStart?: string }): number {
  const time = (d: string, hour: string) => (row.allDay ? d : `${d}T${hour}`);
  const id = Number(
    app.db
      .prepare(
        `INSERT INTO events (title, starts_at, ends_at, all_day, status, rrule, series_id, original_start,
                             plan_item_id, created_at, updated_at)
         VALUES ('Встреча', ?, ?, ?, ?, ?, ?, ?, ?, '', '')`,
      )
      .run(
        time(row.day, '10:00'),
        time(addDays(row.day, row.extraDays), '11:00'),
        row.allDay ? 1 : 0,
        row.status,
        row.rule ?? null,
        row.seriesId ?? null,
        row.originalStart ?? null,
        row.planned ? planItemId : null,
      ).lastInsertRowid,
  );
  for (const index of row.partners) {
    app.db.prepare('INSERT INTO event_partners VALUES (?, ?)').run(id, partnerIds[index % partnerIds.length]);
  }
  for (const name of row.classes) app.db.prepare('INSERT INTO event_classes VALUES (?, ?)').run(id, name);
  if (row.outcome) {
    app.db
      .prepare('INSERT INTO event_outcomes (event_id, parents, teachers) VALUES (?, ?, ?)')
      .run(id, row.outcome.parents, row.outcome.teachers);
    for (const c of row.outcome.classes) {
      app.db.prepare('INSERT INTO event_outcome_classes VALUES (?, ?, ?)').run(id, c.name, c.pupils);
    }
  }
  for (const result of row.achievements) {
    app.db
      .prepare("INSERT INTO achievements (event_id, contest, level, result) VALUES (?, 'Конкурс', 'school', ?)")
      .run(id, result);
  }
  return id;
}

const plain = (totals: OccurrenceTotals) => ({
  ...totals,
  classes: [...totals.classes].sort(),
  partners: [...totals.partners].sort((a, b) => a - b),
});

describe('the sums of a year’s calendar read by SQL', () => {
  test.prop([calendar], { numRuns: 150 })(
    'equal the sums of its occurrences read one by one, whatever the events, series and outcomes',
    (events) => {
      app.db.transaction(() => {
        app.db.exec('DELETE FROM events');
        for (const event of events) {
          if (event.kind === 'single') {
            insert(event);
            continue;
          }
          const seriesId = insert(event);
          const timing = app.db.prepare('SELECT starts_at AS start, rrule FROM events WHERE id = ?').get(seriesId) as {
            start: string;
            rrule: string;
          };
          const starts = allStarts({ ...timing, end: timing.start, exdates: [] });
          const deleted = event.deleted.flatMap((i) => starts[i] ?? []);
          app.db.prepare('UPDATE events SET exdates = ? WHERE id = ?').run(JSON.stringify(deleted), seriesId);
          const apart = new Set<string>();
          for (const occurrence of event.apart) {
            const originalStart = starts[occurrence.index];
            if (originalStart === undefined || apart.has(originalStart)) continue;
            apart.add(originalStart);
            insert({ ...occurrence, seriesId, originalStart });
          }
        }
      })();
      expect(plain(readOccurrenceTotals(app.db, from, to))).toEqual(
        plain(occurrenceTotals(readOccurrenceFacts(app.db, from, to))),
      );
    },
  );
});
