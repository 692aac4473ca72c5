import { describe, expect, it } from 'vitest';
import { buildReviewScenario, SCENARIO_YEAR } from '../../fixtures/review-scenario';
import { call, useCores } from '../../kit';

const core = useCores();
const year = SCENARIO_YEAR;

describe('approving the review', () => {
  it('freezes the figures; a later change to the year’s data is shown with what changed, until reopened', async () => {
    const app = await core();
    const { events } = await buildReviewScenario(app);
    await call(app, 'reviews:saveTexts', { year, conclusions: 'Программа выполнена', nextTasks: 'Расширить круг' });
    const approved = await call(app, 'reviews:approve', {
      year,
      approvedBy: 'Иванова И. И.',
      date: '2026-09-10',
      number: '12',
    });
    expect(approved.approval).toEqual({
      approvedOn: '2026-09-10',
      approvedBy: 'Иванова И. И.',
      number: '12',
      changes: [],
    });

    // The planned event E4 is marked held after approval.
    await call(app, 'events:setStatus', { id: events.e4, status: 'held', reason: '' });
    const after = await call(app, 'reviews:get', { year });
    const plan = after.figures.indicators.find((i) => i.key === 'planFulfilment');
    expect(plan).toMatchObject({ m: 3, n: 6 });
    expect(after.approval?.changes).toContainEqual({
      what: 'Выполнение плана',
      was: '3 из 6 = 50,0 %',
      now: '4 из 6 = 66,7 %',
    });
    // What stands beside it is frozen too: E4 was overdue when approved.
    expect(after.figures.plan).toMatchObject({ overdue: 1, unplannedHeld: 1 });
    expect(after.approval?.changes).toContainEqual({
      what: 'Выполнение плана — ДК «Маяк» г. Зверево',
      was: '1 из 3 = 33,3 %',
      now: '2 из 3 = 66,7 %',
    });

    // Edits are refused while approved, and nothing changes.
    const refused = await app.dispatch('reviews:saveTexts', { year, conclusions: 'Другое', nextTasks: '' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/утверждена/) },
    });
    expect((await call(app, 'reviews:get', { year })).conclusions).toBe('Программа выполнена');

    const reopened = await call(app, 'reviews:reopen', { year });
    expect(reopened.approval).toBeNull();
    expect(reopened.figures.indicators.find((i) => i.key === 'planFulfilment')).toMatchObject({ m: 4, n: 6 });
    expect(reopened.figures.plan).toMatchObject({ overdue: 0, unplannedHeld: 1 });
    expect(reopened.conclusions).toBe('Программа выполнена');
  });

  it('reads a review approved before the planned events were told apart, with what it did not keep left at nothing', async () => {
    const app = await core();
    await buildReviewScenario(app);
    await call(app, 'reviews:approve', { year, approvedBy: 'Иванова И. И.', date: '2026-06-10' });
    // The snapshot as an earlier version froze it: no plan extras, participation, survey, nor partners' new counts.
    const row = app.db.prepare('SELECT snapshot FROM reviews WHERE year = ?').pluck().get(year) as string;
    const old = JSON.parse(row) as Record<string, unknown>;
    delete old['plan'];
    delete old['participation'];
    delete old['survey'];
    for (const partner of old['byPartner'] as Record<string, unknown>[]) {
      delete partner['unplannedHeld'];
      delete partner['teachers'];
    }
    app.db.prepare('UPDATE reviews SET snapshot = ? WHERE year = ?').run(JSON.stringify(old), year);
    const review = await call(app, 'reviews:get', { year });
    expect(review.figures.plan).toEqual({
      unplannedHeld: 0,
      cancelled: 0,
      overdue: 0,
      withoutClasses: [],
      outsidePlan: [],
      overdueEvents: [],
    });
    expect(review.figures.survey).toEqual({ respondents: 0, families: null });
    expect(review.decisions.every((p) => p.unplannedHeld === 0 && p.teachers === 0)).toBe(true);
    expect(review.approval?.changes).toEqual([]);
  });

  it('refuses to reopen a review that is not approved', async () => {
    const app = await core();
    const answer = await app.dispatch('reviews:reopen', { year });
    expect(answer).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('dynamics over the years', () => {
  it('gives every academic year from the first with events to the current one, oldest first', async () => {
    const app = await core();
    await buildReviewScenario(app);
    const years = await call(app, 'reviews:dynamics', {});
    expect(years.map((y) => y.year)).toEqual(['2024/2025', '2025/2026', '2026/2027']);
    const plan = (y: string) => years.find((d) => d.year === y)?.indicators.find((i) => i.key === 'planFulfilment');
    // 2024/2025 held one event, outside any plan: nothing was planned.
    expect(plan('2024/2025')).toMatchObject({ value: null, noData: expect.stringMatching(/нет запланированных/) });
    expect(plan('2026/2027')).toMatchObject({ value: null });
  });
});

describe('the figures kept between calls', () => {
  it('are computed afresh after any change to the data or to the number of families', async () => {
    const app = await core();
    const { events } = await buildReviewScenario(app);
    const indicator = async (key: string) =>
      (await call(app, 'reviews:dynamics', {})).find((y) => y.year === year)?.indicators.find((i) => i.key === key);
    expect(await indicator('planFulfilment')).toMatchObject({ m: 3, n: 6 });
    await call(app, 'events:setStatus', { id: events.e4, status: 'held', reason: '' });
    expect(await indicator('planFulfilment')).toMatchObject({ m: 4, n: 6 });
    expect(
      (await call(app, 'reviews:get', { year: '2026/2027' })).previous.find((i) => i.key === 'planFulfilment'),
    ).toMatchObject({ m: 4, n: 6 });

    expect(await indicator('parentCoverage')).toMatchObject({ m: 30, n: 200 });
    await call(app, 'classes:saveCounts', { year: SCENARIO_YEAR, counts: { families: 150, teachers: 40 } });
    expect(await indicator('parentCoverage')).toMatchObject({ m: 30, n: 150 });
  });
});
