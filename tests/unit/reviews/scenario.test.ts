import { describe, expect, it } from 'vitest';
import { indicatorText } from '../../../src-main/contract/review-text';
import type { Indicator, IndicatorKey, Review } from '../../../src-main/contract/reviews';
import { buildReviewScenario, SCENARIO_YEAR, type Scenario } from '../../fixtures/review-scenario';
import { call, useCores, type TestCore } from '../../kit';

/**
 * The review of the scenario year (see `tests/fixtures/review-scenario.ts`), every figure computed by hand.
 *
 * Classes: 1А 25, 2А 24 (НОО 49); 5А 26, 6А 25, 9А 20 (ООО 71); 10А 18, 11А 12 (СОО 30); 150 in all.
 * Calendar: E1 held (1А 20, 2А 22; parents 10), E2 cancelled, E3 moved then held (5А 25, 6А 0; parents 15),
 * E4 planned, E5 held with two partners (9А 18), a series of three with the second held (10А 10; parents 5);
 * one plan item never scheduled. Today is 26.11.2026.
 */
const core = useCores();

async function scenario(): Promise<{ app: TestCore; review: Review; ids: Scenario }> {
  const app = await core();
  const ids = await buildReviewScenario(app);
  return { app, ids, review: await call(app, 'reviews:get', { year: SCENARIO_YEAR }) };
}

const byKey = (indicators: readonly Indicator[], key: IndicatorKey) => {
  const found = indicators.find((i) => i.key === key);
  if (!found) throw new Error(`no indicator ${key}`);
  return found;
};

describe('the review of a year, computed from its events and records', () => {
  it('gives every overall indicator as its formula with the numbers worked out by hand', async () => {
    const { review } = await scenario();
    const text = (key: IndicatorKey) => indicatorText(byKey(review.figures.indicators, key));
    // 8 occurrences (the moved one once, the cancelled one not held) and the unscheduled item; 4 held.
    expect(text('planFulfilment')).toBe('4 из 9 = 44,4 %');
    // Classes that took part: 1А 25, 2А 24, 5А 26, 9А 20, 10А 18 (6А came to no event: 0 pupils) = 113 of 150.
    expect(text('pupilCoverage')).toBe('113 из 150 = 75,3 %');
    // Parents 10 + 15 + 0 + 5 = 30 of 200 families.
    expect(text('parentCoverage')).toBe('30 из 200 = 15,0 %');
    // Agreements in force in the year: library, house of culture, polyclinic; held events with the first two.
    expect(text('partnerActivity')).toBe('2 из 3 = 66,7 %');
    // 20 × 1 + 6 × 0,5 + 4 × 0 = 23 of 30 answers; the question nobody answered does not count.
    expect(text('satisfaction')).toBe('0,77 — высокий (23 из 30)');
    // Clubs: 1А 10, 5А 12 + 20 capped by 26, 10А 5 = 41 of 150.
    expect(text('clubCoverage')).toBe('41 из 150 = 27,3 %');
    // Teachers: 4 active and one who left but trained this year = 5; through partners: 3.
    expect(text('staffDevelopment')).toBe('3 из 5 = 60,0 %');
    // Achievements: a winner and a prize-taker of three entries.
    expect(text('achievementWinners')).toBe('2 из 3 = 66,7 %');
    // Returns due in the year: on time, late, and one not returned by its past due day.
    expect(text('resourcesOnTime')).toBe('1 из 3 = 33,3 %');
    expect(review.figures.itemsBorrowed).toBe(12);
  });

  it('gives the indicators per level of education', async () => {
    const { review } = await scenario();
    const rows = Object.fromEntries(
      review.figures.byLevel.map((l) => [
        l.level,
        [
          indicatorText(l.planFulfilment),
          indicatorText(l.pupilCoverage),
          indicatorText(l.clubCoverage),
          l.achievements,
          l.winners,
        ],
      ]),
    );
    expect(rows).toEqual({
      НОО: ['1 из 1 = 100,0 %', '49 из 49 = 100,0 %', '10 из 49 = 20,4 %', 0, 0],
      ООО: ['2 из 3 = 66,7 %', '46 из 71 = 64,8 %', '26 из 71 = 36,6 %', 3, 2],
      СОО: ['1 из 5 = 20,0 %', '18 из 30 = 60,0 %', '5 из 30 = 16,7 %', 0, 0],
    });
  });

  it('gives the figures of every partner involved in the year, with «нет данных» where nothing was planned', async () => {
    const { review, ids } = await scenario();
    const partner = (id: number) => {
      const found = review.decisions.find((p) => p.partnerId === id);
      if (!found) throw new Error(`no partner ${id}`);
      return {
        agreement: found.agreementInForce,
        planned: found.planned,
        held: found.held,
        fulfilment: indicatorText(found.planFulfilment),
        coverage: indicatorText(found.pupilCoverage),
        participants: found.participants,
        parents: found.parents,
        clubPupils: found.clubPupils,
        teachers: found.teachersTrained,
        items: found.itemsBorrowed,
        achievements: [found.achievements, found.winners],
      };
    };
    expect(review.decisions).toHaveLength(5);
    expect(partner(ids.partners.library)).toEqual({
      agreement: true,
      planned: 3,
      held: 2,
      fulfilment: '2 из 3 = 66,7 %',
      coverage: '69 из 150 = 46,0 %',
      participants: 60,
      parents: 10,
      clubPupils: 0,
      teachers: 1,
      items: 11,
      achievements: [1, 1],
    });
    expect(partner(ids.partners.houseOfCulture)).toEqual({
      agreement: true,
      planned: 3,
      held: 1,
      fulfilment: '1 из 3 = 33,3 %',
      coverage: '26 из 150 = 17,3 %',
      participants: 25,
      parents: 15,
      clubPupils: 0,
      teachers: 0,
      items: 1,
      achievements: [2, 1],
    });
    expect(partner(ids.partners.additionalEducation)).toEqual({
      agreement: false,
      planned: 4,
      held: 2,
      fulfilment: '2 из 4 = 50,0 %',
      coverage: '38 из 150 = 25,3 %',
      participants: 28,
      parents: 5,
      clubPupils: 41,
      teachers: 0,
      items: 0,
      achievements: [1, 1],
    });
    expect(partner(ids.partners.methodCentre)).toMatchObject({ planned: 0, fulfilment: 'нет данных', teachers: 2 });
    expect(partner(ids.partners.polyclinic)).toMatchObject({ agreement: true, planned: 0, fulfilment: 'нет данных' });
  });

  it('compares with last year, which has no class list: «нет данных», never 0 % or NaN', async () => {
    const { review } = await scenario();
    const previous = (key: IndicatorKey) => indicatorText(byKey(review.previous, key));
    expect(previous('planFulfilment')).toBe('1 из 1 = 100,0 %');
    expect(previous('pupilCoverage')).toBe('нет данных');
    expect(byKey(review.previous, 'pupilCoverage').noData).toMatch(/список классов/);
    expect(previous('partnerActivity')).toBe('1 из 3 = 33,3 %');
    expect(previous('staffDevelopment')).toBe('1 из 4 = 25,0 %');
    expect(previous('satisfaction')).toBe('нет данных');
    for (const indicator of review.previous) {
      expect(indicator.value === null || Number.isFinite(indicator.value)).toBe(true);
    }
  });

  it('says «нет данных» for every indicator of an empty year, with the reason', async () => {
    const app = await core();
    const review = await call(app, 'reviews:get', { year: '2030/2031' });
    for (const indicator of review.figures.indicators) {
      expect(indicatorText(indicator)).toBe('нет данных');
      expect(indicator.noData).toBeTruthy();
    }
    expect(review.decisions).toEqual([]);
  });

  it('lists what makes up m: the held events counted, the rest of N not counted', async () => {
    const { app } = await scenario();
    const members = await call(app, 'reviews:members', { year: SCENARIO_YEAR, indicator: 'planFulfilment' });
    expect(members).toHaveLength(9);
    expect(members.filter((m) => m.counted).map((m) => m.title)).toEqual([
      'Библиотечный урок',
      'Новогодний концерт',
      'Квест «Книжный лабиринт»',
      'Мастер-класс',
    ]);
    expect(members.find((m) => m.title === 'Литературная гостиная')).toMatchObject({ counted: false, date: null });
    const ooo = await call(app, 'reviews:members', { year: SCENARIO_YEAR, indicator: 'pupilCoverage', level: 'ООО' });
    expect(ooo.map((m) => [m.title, m.counted])).toEqual([
      ['5А', true],
      ['6А', false],
      ['9А', true],
    ]);
  });
});
