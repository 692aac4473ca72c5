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
    const approved = await call(app, 'reviews:approve', { year, approvedBy: 'Иванова И. И.', date: '2026-09-10' });
    expect(approved.approval).toEqual({ approvedOn: '2026-09-10', approvedBy: 'Иванова И. И.', changes: [] });

    // The planned event E4 is marked held after approval.
    await call(app, 'events:setStatus', { id: events.e4, status: 'held', reason: '' });
    const after = await call(app, 'reviews:get', { year });
    const plan = after.figures.indicators.find((i) => i.key === 'planFulfilment');
    expect(plan).toMatchObject({ m: 4, n: 9 });
    expect(after.approval?.changes).toContainEqual({
      what: 'Выполнение плана',
      was: '4 из 9 = 44,4 %',
      now: '5 из 9 = 55,6 %',
    });
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
    expect(reopened.figures.indicators.find((i) => i.key === 'planFulfilment')).toMatchObject({ m: 5, n: 9 });
    expect(reopened.conclusions).toBe('Программа выполнена');
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
    expect(plan('2024/2025')).toMatchObject({ m: 1, n: 1, value: 100 });
    expect(plan('2026/2027')).toMatchObject({ value: null });
  });
});

describe('the figures kept between calls', () => {
  it('are computed afresh after any change to the data or to the number of families', async () => {
    const app = await core();
    const { events } = await buildReviewScenario(app);
    const indicator = async (key: string) =>
      (await call(app, 'reviews:dynamics', {})).find((y) => y.year === year)?.indicators.find((i) => i.key === key);
    expect(await indicator('planFulfilment')).toMatchObject({ m: 4, n: 9 });
    await call(app, 'events:setStatus', { id: events.e4, status: 'held', reason: '' });
    expect(await indicator('planFulfilment')).toMatchObject({ m: 5, n: 9 });
    expect(
      (await call(app, 'reviews:get', { year: '2026/2027' })).previous.find((i) => i.key === 'planFulfilment'),
    ).toMatchObject({ m: 5, n: 9 });

    expect(await indicator('parentCoverage')).toMatchObject({ m: 30, n: 200 });
    const settings = await call(app, 'settings:get', {});
    await call(app, 'settings:saveSchool', { ...settings.school, families: 150 });
    expect(await indicator('parentCoverage')).toMatchObject({ m: 30, n: 150 });
  });
});
