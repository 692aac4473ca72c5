import { describe, expect, it } from 'vitest';
import type { Output } from '../../../src-main/contract';
import { buildReviewScenario, SCENARIO_YEAR } from '../../fixtures/review-scenario';
import { call, openCore, useCores, useTempDirs } from '../../kit';

const core = useCores();
const tempDir = useTempDirs();

type Review = Output<'reviews:get'>;

const indicator = (review: Review, key: string) => review.figures.indicators.find((i) => i.key === key);
const partnerOf = (review: Review, id: number) => review.figures.byPartner.find((p) => p.partnerId === id);

/** The review of the year as a core opened afresh on the same store reads it: nothing kept from before. */
async function freshReview(dataDir: string, year: string): Promise<Review> {
  const fresh = await openCore(dataDir);
  try {
    return await call(fresh, 'reviews:get', { year });
  } finally {
    fresh.close();
  }
}

/** The scenario year, read once so that its occurrences and partners are kept. */
async function scenarioRead() {
  const dataDir = tempDir();
  const app = await core({ dataDir });
  const scenario = await buildReviewScenario(app);
  await call(app, 'reviews:get', { year: SCENARIO_YEAR });
  return { app, dataDir, ...scenario };
}

describe('the year’s occurrences and partners kept between reads of its review', () => {
  it('are read again once a write touches the year’s calendar', async () => {
    const { app, dataDir, events } = await scenarioRead();
    const before = await call(app, 'reviews:get', { year: SCENARIO_YEAR });
    await call(app, 'events:saveOutcome', {
      id: events.e1,
      outcome: { parents: 55, teachers: 2, summary: '', classes: [{ className: '1А', pupils: 20 }] },
      achievements: [],
    });
    const after = await call(app, 'reviews:get', { year: SCENARIO_YEAR });
    expect(after.figures.participation.parents).toBe(before.figures.participation.parents + 45);
    expect(indicator(after, 'parentCoverage')?.m).toBe((indicator(before, 'parentCoverage')?.m ?? 0) + 45);
    expect(after).toEqual(await freshReview(dataDir, SCENARIO_YEAR));
  });

  it('show a partner’s status and stage as they are after a write outside the calendar', async () => {
    const { app, dataDir, partners } = await scenarioRead();
    const before = await call(app, 'reviews:get', { year: SCENARIO_YEAR });
    expect(partnerOf(before, partners.library)).toMatchObject({ stage: 3, status: 'active' });
    await call(app, 'partners:setStage', {
      id: partners.library,
      stage: 4,
      date: '2026-06-01',
      reason: 'Решение совета',
      year: SCENARIO_YEAR,
    });
    await call(app, 'partners:setStatus', {
      id: partners.library,
      status: 'former',
      date: '2026-11-20',
      reason: 'Библиотека закрыта',
    });
    const after = await call(app, 'reviews:get', { year: SCENARIO_YEAR });
    expect(partnerOf(after, partners.library)).toMatchObject({ stage: 4, status: 'former' });
    expect(after).toEqual(await freshReview(dataDir, SCENARIO_YEAR));
  });

  it('of one year stay true while another year is read and written', async () => {
    const { app, dataDir, events } = await scenarioRead();
    await call(app, 'reviews:get', { year: '2024/2025' });
    // E1 moved into last year: both years' figures change.
    await call(app, 'events:move', { id: events.e1, start: '2025-05-20T10:00', end: '2025-05-20T11:00' });
    const lastYear = await call(app, 'reviews:get', { year: '2024/2025' });
    const year = await call(app, 'reviews:get', { year: SCENARIO_YEAR });
    expect(indicator(lastYear, 'planFulfilment')).toMatchObject({ m: 1, n: 1 });
    expect(year).toEqual(await freshReview(dataDir, SCENARIO_YEAR));
    expect(lastYear).toEqual(await freshReview(dataDir, '2024/2025'));
  });
});
