import { describe, expect, it } from 'vitest';
import { blankPlanItemFields } from '../../../src-main/contract/plans';
import { indicatorText } from '../../../src-main/contract/review-text';
import type { Indicator, IndicatorKey, Review } from '../../../src-main/contract/reviews';
import { buildReviewScenario, SCENARIO_YEAR, type Scenario } from '../../fixtures/review-scenario';
import { call, useCores, type TestCore } from '../../kit';

/**
 * The review of the scenario year (see `tests/fixtures/review-scenario.ts`), every figure computed by hand.
 *
 * Classes: 1А 25, 2А 24 (НОО 49); 5А 26, 6А 25, 9А 20 (ООО 71); 10А 18, 11А 12 (СОО 30); 150 in all.
 * Calendar: E1 held (1А 20, 2А 22; parents 10; teachers 2), E2 cancelled, E3 moved then held (5А 25, 6А 0;
 * parents 15; teachers 3), E4 planned and overdue, a series of three with the second held (10А 10; parents 5;
 * teachers 1), each from a plan item; E5 held outside the plan with two partners (9А 18; teachers 1); one plan
 * item never scheduled. The year has 200 families and 40 teachers (the staff list names six). Today is 26.11.2026.
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
    // Planned: E1, E2 (cancelled, still planned), E3, E4 (overdue), the series (one event, held: one of its three
    // occurrences was) and the unscheduled item = 6; held E1, E3, the series = 3. E5 is outside the plan.
    expect(text('planFulfilment')).toBe('3 из 6 = 50,0 %');
    expect(review.figures.plan).toEqual({
      unplannedHeld: 1,
      cancelled: 1,
      overdue: 1,
      withoutClasses: [],
      outsidePlan: [{ date: '2026-03-04', title: 'Квест «Книжный лабиринт»' }],
      overdueEvents: [{ date: '2026-02-05', title: 'Экскурсия в ДК' }],
    });
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
    // Teachers: the year's 40, not the six of the staff list; through partners: 3 (one of whom has left).
    expect(text('staffDevelopment')).toBe('3 из 40 = 7,5 %');
    // Achievements: a winner and a prize-taker of three entries.
    expect(text('achievementWinners')).toBe('2 из 3 = 66,7 %');
    // Returns due in the year: on time, late, and one not returned by its past due day.
    expect(text('resourcesOnTime')).toBe('1 из 3 = 33,3 %');
    expect(review.figures.itemsBorrowed).toBe(12);
    // Who took part in the held occurrences: pupils 42 + 25 + 18 + 10, parents 30, teachers 2 + 3 + 1 + 1.
    expect(review.figures.participation).toEqual({ pupils: 95, parents: 30, teachers: 7 });
    // 30 questionnaires out of the year's 200 families.
    expect(review.figures.survey).toEqual({ respondents: 30, families: 200 });
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
      // Planned events by their classes: НОО E1; ООО E2, E3 (E5, 9А, is outside the plan); СОО E4, the series and
      // the unscheduled item (11А).
      НОО: ['1 из 1 = 100,0 %', '49 из 49 = 100,0 %', '10 из 49 = 20,4 %', 0, 0],
      ООО: ['1 из 2 = 50,0 %', '46 из 71 = 64,8 %', '26 из 71 = 36,6 %', 3, 2],
      СОО: ['1 из 3 = 33,3 %', '18 из 30 = 60,0 %', '5 из 30 = 16,7 %', 0, 0],
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
        unplanned: found.unplannedHeld,
        teachersAtEvents: found.teachers,
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
      planned: 2,
      held: 1,
      unplanned: 1,
      teachersAtEvents: 3,
      fulfilment: '1 из 2 = 50,0 %',
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
      unplanned: 0,
      teachersAtEvents: 3,
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
      planned: 1,
      held: 1,
      unplanned: 1,
      teachersAtEvents: 2,
      fulfilment: '1 из 1 = 100,0 %',
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

  it('compares with last year, which has no plan, class list, families or teachers: «нет данных», never 0 % or NaN', async () => {
    const { review } = await scenario();
    const previous = (key: IndicatorKey) => indicatorText(byKey(review.previous, key));
    // Its one held event is outside any plan.
    expect(previous('planFulfilment')).toBe('нет данных');
    expect(previous('pupilCoverage')).toBe('нет данных');
    expect(byKey(review.previous, 'pupilCoverage').noData).toMatch(/список классов/);
    expect(previous('partnerActivity')).toBe('1 из 3 = 33,3 %');
    expect(previous('staffDevelopment')).toBe('нет данных');
    expect(byKey(review.previous, 'staffDevelopment').noData).toMatch(/число педагогов/);
    expect(previous('satisfaction')).toBe('нет данных');
    for (const indicator of review.previous) {
      expect(indicator.value === null || Number.isFinite(indicator.value)).toBe(true);
    }
  });

  it('names a planned event without classes beside the levels: counted overall, in no level', async () => {
    const { app, ids } = await scenario();
    const { id: planItemId } = await call(app, 'planItems:create', {
      year: SCENARIO_YEAR,
      fields: { ...blankPlanItemFields('2025-10', [ids.partners.library]), title: 'Родительское собрание' },
    });
    const meeting = await call(app, 'events:create', {
      title: 'Родительское собрание',
      start: '2025-10-15T18:00',
      end: '2025-10-15T19:00',
      allDay: false,
      venue: '',
      partnerIds: [ids.partners.library],
      classes: [],
      planItemId,
      rrule: null,
      notes: '',
    });
    await call(app, 'events:setStatus', { id: meeting.id, status: 'held', reason: '' });
    const review = await call(app, 'reviews:get', { year: SCENARIO_YEAR });
    expect(indicatorText(byKey(review.figures.indicators, 'planFulfilment'))).toBe('4 из 7 = 57,1 %');
    expect(review.figures.plan.withoutClasses).toEqual(['Родительское собрание']);
    expect(review.figures.byLevel.map((l) => indicatorText(l.planFulfilment))).toEqual([
      '1 из 1 = 100,0 %',
      '1 из 2 = 50,0 %',
      '1 из 3 = 33,3 %',
    ]);
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

  it('lists what makes up m: the held planned events counted, the rest of N not, and those outside the plan marked', async () => {
    const { app } = await scenario();
    const members = await call(app, 'reviews:members', { year: SCENARIO_YEAR, indicator: 'planFulfilment' });
    expect(members.map((m) => [m.title, m.counted])).toEqual([
      ['Библиотечный урок', true],
      ['Встреча с писателем', false],
      ['Новогодний концерт', true],
      ['Экскурсия в ДК', false],
      ['Мастер-класс', true],
      ['Литературная гостиная', false],
      ['Квест «Книжный лабиринт»', false],
    ]);
    const detail = (title: string) => members.find((m) => m.title === title)?.detail;
    expect(detail('Экскурсия в ДК')).toMatch(/^просрочено: дата прошла, проведение не отмечено/);
    expect(detail('Встреча с писателем')).toMatch(/^отменено/);
    expect(detail('Мастер-класс')).toMatch(/^серия: проведено 1 из 3 занятий/);
    expect(detail('Квест «Книжный лабиринт»')).toMatch(/^вне плана — не входит в расчёт · проведено/);
    expect(members.find((m) => m.title === 'Литературная гостиная')).toMatchObject({ counted: false, date: null });
    const ooo = await call(app, 'reviews:members', { year: SCENARIO_YEAR, indicator: 'pupilCoverage', level: 'ООО' });
    expect(ooo.map((m) => [m.title, m.counted])).toEqual([
      ['5А', true],
      ['6А', false],
      ['9А', true],
    ]);
  });
});
