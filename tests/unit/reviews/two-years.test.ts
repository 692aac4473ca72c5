import { describe, expect, it } from 'vitest';
import { blankPlanItemFields } from '../../../src-main/contract/plans';
import { changeText, indicatorText } from '../../../src-main/contract/review-text';
import type { Indicator, IndicatorKey, Review } from '../../../src-main/contract/reviews';
import { buildReviewScenario, SCENARIO_YEAR, type Scenario } from '../../fixtures/review-scenario';
import { call, type TestCore, useCores } from '../../kit';

/**
 * Two academic years side by side, every figure computed by hand, and the year before them with no facts at all.
 *
 * 2025/2026 is the review scenario (`tests/fixtures/review-scenario.ts`): planned, cancelled, overdue and
 * unplanned events, a series, 200 families and 40 teachers with six people in the staff list.
 *
 * 2024/2025, added here: classes 1А 24, 4А 22, 5А 25, 10А 15 (86); 180 families, 38 teachers. Its plan has two
 * items, each put on the calendar: «Урок в библиотеке» held (4А 20 pupils, 6 parents, 1 teacher) and «Экскурсия в
 * музей» cancelled. The scenario's «Прошлогодний урок» (4А) is held outside the plan. One teacher trained through
 * the methodical centre. Agreements in force: the library, the house of culture and the centre's old one.
 *
 * 2023/2024 has nothing but the centre's old agreement. Today is 26.11.2026.
 */
const core = useCores();
const FIRST = '2024/2025';
const EMPTY = '2023/2024';

async function twoYears(): Promise<{ app: TestCore; ids: Scenario }> {
  const app = await core();
  const ids = await buildReviewScenario(app);
  const { library, houseOfCulture } = ids.partners;
  await call(app, 'classes:save', {
    year: FIRST,
    classes: [
      { name: '1А', pupils: 24 },
      { name: '4А', pupils: 22 },
      { name: '5А', pupils: 25 },
      { name: '10А', pupils: 15 },
    ],
  });
  await call(app, 'classes:saveCounts', { year: FIRST, counts: { families: 180, teachers: 38 } });
  await call(app, 'plans:create', { year: FIRST, copyFrom: null });
  const item = async (title: string, month: string, partner: number) =>
    (await call(app, 'planItems:create', { year: FIRST, fields: { ...blankPlanItemFields(month, [partner]), title } }))
      .id;
  const event = async (title: string, day: string, partner: number, className: string, planItemId: number) =>
    call(app, 'events:create', {
      title,
      start: `${day}T10:00`,
      end: `${day}T11:00`,
      allDay: false,
      venue: '',
      partnerIds: [partner],
      classes: [className],
      planItemId,
      rrule: null,
      notes: '',
    });
  const lesson = await event('Урок в библиотеке', '2024-10-10', library, '4А', await item('Урок', '2024-10', library));
  await call(app, 'events:setStatus', { id: lesson.id, status: 'held', reason: '' });
  await call(app, 'events:saveOutcome', {
    id: lesson.id,
    outcome: { parents: 6, teachers: 1, summary: '', classes: [{ className: '4А', pupils: 20 }] },
    achievements: [],
  });
  const museum = await event(
    'Экскурсия в музей',
    '2025-03-05',
    houseOfCulture,
    '5А',
    await item('Экскурсия', '2025-03', houseOfCulture),
  );
  await call(app, 'events:setStatus', { id: museum.id, status: 'cancelled', reason: 'Карантин' });
  return { app, ids };
}

const byKey = (indicators: readonly Indicator[], key: IndicatorKey): Indicator => {
  const found = indicators.find((i) => i.key === key);
  if (!found) throw new Error(`no indicator ${key}`);
  return found;
};
const texts = (indicators: readonly Indicator[]) =>
  Object.fromEntries(indicators.map((i) => [i.key, indicatorText(i)])) as Record<IndicatorKey, string>;

const SECOND_YEAR = {
  // Planned 6 (E1, E2 cancelled, E3, E4 overdue, the series, the unscheduled item), held 3; E5 outside the plan.
  planFulfilment: '3 из 6 = 50,0 %',
  pupilCoverage: '113 из 150 = 75,3 %',
  parentCoverage: '30 из 200 = 15,0 %',
  partnerActivity: '2 из 3 = 66,7 %',
  satisfaction: '0,77 — высокий (23 из 30)',
  clubCoverage: '41 из 150 = 27,3 %',
  // 3 trained through partners of the year's 40 teachers (the staff list names 6).
  staffDevelopment: '3 из 40 = 7,5 %',
  achievementWinners: '2 из 3 = 66,7 %',
  resourcesOnTime: '1 из 3 = 33,3 %',
};

const FIRST_YEAR = {
  // Two planned events, one held (the cancelled one stays in N); «Прошлогодний урок» is outside the plan.
  planFulfilment: '1 из 2 = 50,0 %',
  // Only 4А took part (in both held events): 22 of 86.
  pupilCoverage: '22 из 86 = 25,6 %',
  parentCoverage: '6 из 180 = 3,3 %',
  // Agreements in force: the library, the house of culture, the centre's old one; held events with the library.
  partnerActivity: '1 из 3 = 33,3 %',
  satisfaction: 'нет данных',
  clubCoverage: 'нет данных',
  staffDevelopment: '1 из 38 = 2,6 %',
  achievementWinners: 'нет данных',
  resourcesOnTime: 'нет данных',
};

describe('two academic years, each counted from its own facts', () => {
  it('gives each year the figures of its own classes, families, teachers and plan', async () => {
    const { app } = await twoYears();
    const second = await call(app, 'reviews:get', { year: SCENARIO_YEAR });
    const first = await call(app, 'reviews:get', { year: FIRST });
    expect(texts(second.figures.indicators)).toEqual(SECOND_YEAR);
    expect(texts(first.figures.indicators)).toEqual(FIRST_YEAR);
    expect(byKey(first.figures.indicators, 'clubCoverage').noData).toMatch(/Кружки/);
    expect(first.figures.plan).toMatchObject({ unplannedHeld: 1, cancelled: 1, overdue: 0 });
    expect(first.figures.participation).toEqual({ pupils: 20, parents: 6, teachers: 1 });
    expect(second.figures.plan).toMatchObject({ unplannedHeld: 1, cancelled: 1, overdue: 1 });
    // The review of the second year compares with the first: last year's column is the first year's review.
    expect(texts(second.previous)).toEqual(FIRST_YEAR);
  });

  it('gives the dynamics as differences in п.п., and only where both years have a value', async () => {
    const { app } = await twoYears();
    const review: Review = await call(app, 'reviews:get', { year: SCENARIO_YEAR });
    const change = (key: IndicatorKey) =>
      changeText(byKey(review.figures.indicators, key), byKey(review.previous, key));
    expect({
      planFulfilment: change('planFulfilment'),
      pupilCoverage: change('pupilCoverage'),
      parentCoverage: change('parentCoverage'),
      partnerActivity: change('partnerActivity'),
      satisfaction: change('satisfaction'),
      clubCoverage: change('clubCoverage'),
      staffDevelopment: change('staffDevelopment'),
      achievementWinners: change('achievementWinners'),
      resourcesOnTime: change('resourcesOnTime'),
    }).toEqual({
      planFulfilment: '0,0 п.п.',
      // 113/150 − 22/86 = 75,33 − 25,58
      pupilCoverage: '+49,8 п.п.',
      // 15,00 − 3,33
      parentCoverage: '+11,7 п.п.',
      partnerActivity: '+33,3 п.п.',
      satisfaction: '—',
      clubCoverage: '—',
      // 7,50 − 2,63
      staffDevelopment: '+4,9 п.п.',
      achievementWinners: '—',
      resourcesOnTime: '—',
    });
    const dynamics = await call(app, 'reviews:dynamics', {});
    expect(dynamics.map((y) => y.year)).toEqual([FIRST, SCENARIO_YEAR, '2026/2027']);
    expect(texts(dynamics[0]?.indicators ?? [])).toEqual(FIRST_YEAR);
    expect(texts(dynamics[1]?.indicators ?? [])).toEqual(SECOND_YEAR);
  });

  it('says «нет данных» with a reason for every figure of the year before, which has no facts: never 0 %', async () => {
    const { app, ids } = await twoYears();
    const review = await call(app, 'reviews:get', { year: EMPTY });
    const all = [
      ...review.figures.indicators,
      ...review.figures.byLevel.flatMap((l) => [l.planFulfilment, l.pupilCoverage, l.clubCoverage]),
      ...review.decisions.flatMap((p) => [p.planFulfilment, p.pupilCoverage]),
    ];
    expect(all.length).toBeGreaterThan(9);
    for (const indicator of all) {
      expect(indicatorText(indicator), indicator.key).toBe('нет данных');
      expect(indicator.noData, indicator.key).toBeTruthy();
    }
    // The centre's agreement was in force, but the year has no events: not «0 из 1 = 0,0 %».
    expect(byKey(review.figures.indicators, 'partnerActivity').noData).toBe(
      'В учебном году в календаре нет мероприятий',
    );
    expect(review.decisions.map((p) => p.partnerId)).toEqual([ids.partners.additionalEducation]);
    // Nor does the first year compare with it.
    const first = await call(app, 'reviews:get', { year: FIRST });
    for (const indicator of first.figures.indicators) {
      expect(changeText(indicator, byKey(first.previous, indicator.key)), indicator.key).toBe('—');
    }
  });

  it('never takes a figure of today’s year for another: the current year’s families change nothing before it', async () => {
    const { app } = await twoYears();
    await call(app, 'classes:saveCounts', { year: '2026/2027', counts: { families: 999, teachers: 99 } });
    const second = await call(app, 'reviews:get', { year: SCENARIO_YEAR });
    expect(texts(second.figures.indicators)).toEqual(SECOND_YEAR);
    expect(texts(second.previous)).toEqual(FIRST_YEAR);
  });
});
