import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../../src-main/app-core';
import { buildReviewScenario } from '../../fixtures/review-scenario';
import { call, useCores } from '../../kit';
import type { Output } from '../../../src-main/contract';

type Years = Output<'reviews:dynamics'>;

const core = useCores();

/** The dynamics as the review keeps them, beside each year's indicators computed afresh from the store. */
async function keptAndFresh(app: AppCore) {
  const kept = await call(app, 'reviews:dynamics', {});
  const fresh = [];
  for (const { year } of kept)
    fresh.push({ year, indicators: (await call(app, 'reviews:get', { year })).figures.indicators });
  return { kept, fresh };
}

const indicator = (years: Years, year: string, key: string) =>
  years.find((y) => y.year === year)?.indicators.find((i) => i.key === key);

describe('the sums of each year’s calendar kept between calls', () => {
  it('are read again for exactly the years a write to the calendar touched, whichever table it wrote', async () => {
    const app = await core();
    const { events, partners } = await buildReviewScenario(app);
    const lastYearEvent = app.db
      .prepare("SELECT id FROM events WHERE title = 'Прошлогодний урок'")
      .pluck()
      .get() as number;
    const seriesItem = app.db
      .prepare('SELECT plan_item_id FROM events WHERE id = ?')
      .pluck()
      .get(events.series) as number;
    // Last year's families, so that its parents' coverage has a value to change.
    await call(app, 'classes:saveCounts', { year: '2024/2025', counts: { families: 100, teachers: null } });
    const updateSeries = (rrule: string) =>
      call(app, 'events:update', {
        id: events.series,
        scope: 'series',
        fields: {
          title: 'Мастер-класс',
          start: '2026-04-01T15:00',
          end: '2026-04-01T16:00',
          allDay: false,
          venue: '',
          partnerIds: [partners.additionalEducation],
          classes: ['10А'],
          planItemId: seriesItem,
          rrule,
          notes: '',
        },
      });

    // Each write changes a figure of a year whose sums are kept; after it, what is kept equals what is computed.
    const writes: [string, () => Promise<unknown>, (before: Years, after: Years) => void][] = [
      [
        'an outcome of last year’s event (event_outcomes, event_outcome_classes)',
        () =>
          call(app, 'events:saveOutcome', {
            id: lastYearEvent,
            outcome: { parents: 7, teachers: 1, summary: '', classes: [{ className: '4А', pupils: 12 }] },
            achievements: [],
          }),
        (_, after) => expect(indicator(after, '2024/2025', 'parentCoverage')).toMatchObject({ m: 7 }),
      ],
      [
        'an achievement (achievements)',
        () =>
          call(app, 'events:saveOutcome', {
            id: lastYearEvent,
            outcome: { parents: 7, teachers: 1, summary: '', classes: [{ className: '4А', pupils: 12 }] },
            achievements: [
              { contest: 'Конкурс чтецов', level: 'school', result: 'winner', pupil: 'Орлова Анна', className: '4А' },
            ],
          }),
        (_, after) => expect(indicator(after, '2024/2025', 'achievementWinners')).toMatchObject({ m: 1, n: 1 }),
      ],
      [
        'the partners of a held event (event_partners)',
        () =>
          call(app, 'events:update', {
            id: lastYearEvent,
            scope: 'series',
            fields: {
              title: 'Прошлогодний урок',
              start: '2025-05-12T10:00',
              end: '2025-05-12T11:00',
              allDay: false,
              venue: '',
              partnerIds: [],
              classes: ['4А'],
              planItemId: null,
              rrule: null,
              notes: '',
            },
          }),
        (before, after) =>
          expect(indicator(after, '2024/2025', 'partnerActivity')?.m).toBe(
            (indicator(before, '2024/2025', 'partnerActivity')?.m ?? 0) - 1,
          ),
      ],
      [
        'an event moved into the year before (events)',
        () => call(app, 'events:move', { id: events.e1, start: '2025-05-20T10:00', end: '2025-05-20T11:00' }),
        (before, after) => {
          // E1 comes from a plan item; last year's own event does not.
          expect(indicator(after, '2024/2025', 'planFulfilment')).toMatchObject({ m: 1, n: 1 });
          expect(indicator(after, '2025/2026', 'planFulfilment')?.n).toBe(
            (indicator(before, '2025/2026', 'planFulfilment')?.n ?? 0) - 1,
          );
        },
      ],
      [
        // No service writes a child row without its event's, but any writer is noted all the same.
        'an outcome’s row alone, written by SQL (event_outcomes)',
        async () => app.db.prepare('UPDATE event_outcomes SET parents = 9 WHERE event_id = ?').run(lastYearEvent),
        (before, after) =>
          expect(indicator(after, '2024/2025', 'parentCoverage')?.m).toBe(
            (indicator(before, '2024/2025', 'parentCoverage')?.m ?? 0) + 2,
          ),
      ],
      [
        'a series’ rule lengthened into the next year',
        () => updateSeries('FREQ=WEEKLY;COUNT=30'),
        (before, after) =>
          expect(indicator(after, '2026/2027', 'planFulfilment')?.n ?? 0).toBeGreaterThan(
            indicator(before, '2026/2027', 'planFulfilment')?.n ?? 0,
          ),
      ],
      [
        'the same rule shortened again: the years its old rule reached are read again too',
        () => updateSeries('FREQ=WEEKLY;COUNT=3'),
        (before, after) =>
          expect(indicator(after, '2026/2027', 'planFulfilment')?.n ?? 0).toBeLessThan(
            indicator(before, '2026/2027', 'planFulfilment')?.n ?? 0,
          ),
      ],
      [
        'one occurrence of a series held (a row edited apart)',
        () =>
          call(app, 'events:setStatus', {
            id: events.series,
            status: 'held',
            reason: '',
            occurrenceStart: '2026-04-15T15:00',
          }),
        // The series counts once in the plan, held since its first occurrence was: the figure stays.
        (before, after) =>
          expect(indicator(after, '2025/2026', 'planFulfilment')?.m).toBe(
            indicator(before, '2025/2026', 'planFulfilment')?.m,
          ),
      ],
      [
        'a whole series deleted',
        () => call(app, 'events:delete', { id: events.series, scope: 'series' }),
        // Its plan item stays in the plan, now never put on the calendar: still planned, no longer held.
        (before, after) => {
          expect(indicator(after, '2025/2026', 'planFulfilment')?.n).toBe(
            indicator(before, '2025/2026', 'planFulfilment')?.n,
          );
          expect(indicator(after, '2025/2026', 'planFulfilment')?.m).toBe(
            (indicator(before, '2025/2026', 'planFulfilment')?.m ?? 0) - 1,
          );
        },
      ],
    ];

    let before = (await keptAndFresh(app)).kept;
    for (const [what, write, changed] of writes) {
      await write();
      const { kept, fresh } = await keptAndFresh(app);
      expect(kept, what).toEqual(fresh);
      changed(before, kept);
      before = kept;
    }
  });
});
