import { describe, expect, it } from 'vitest';
import {
  achievementsData,
  comparisonData,
  coverageData,
  monthsData,
  partnersData,
  satisfactionData,
} from '../../../../src-renderer/src/screens/reviews/chart-data';
import { percentLabel, nonZeroLabel, shortName } from '../../../../src-renderer/src/screens/reviews/chart-format';
import { monthLabel, statusText } from '../../../../src-renderer/src/screens/reviews/reviews-text';
import { buildReviewScenario, PARTNER_NAMES, SCENARIO_YEAR } from '../../../fixtures/review-scenario';
import { call, useCores } from '../../../kit';

const core = useCores();

/** The year of tests/fixtures/review-scenario.ts, whose figures tests/unit/reviews/scenario.test.ts works out by hand. */
async function review() {
  const app = await core();
  await buildReviewScenario(app);
  return call(app, 'reviews:get', { year: SCENARIO_YEAR });
}

describe('the charts of a year', () => {
  it('draw the partners with anything planned or held, most held first', async () => {
    const { figures } = await review();
    expect(partnersData(figures)).toEqual([
      { name: PARTNER_NAMES.library, held: 2, participants: 60 },
      { name: PARTNER_NAMES.additionalEducation, held: 2, participants: 28 },
      { name: PARTNER_NAMES.houseOfCulture, held: 1, participants: 25 },
    ]);
  });

  it('draw each month of the year under its short name, with what was planned and held', async () => {
    const { figures } = await review();
    const rows = monthsData(figures);
    expect(rows.map((r) => r.month)).toEqual(figures.byMonth.map((m) => monthLabel(m.month)));
    expect(rows[0]?.month).toBe('сен');
    // The planned events held (the scenario's fifth held event is outside the plan and not in this chart).
    expect(rows.reduce((sum, r) => sum + r.held, 0)).toBe(3);
    expect(rows.reduce((sum, r) => sum + r.planned, 0)).toBe(6);
  });

  it('draw coverage per level of education, and the contest entries of the levels that had any', async () => {
    const { figures } = await review();
    const coverage = coverageData(figures);
    expect(coverage.map((r) => r.level)).toEqual(['НОО', 'ООО', 'СОО']);
    expect(coverage[0]?.pupils).toBeCloseTo(100);
    expect(coverage[2]?.clubs).toBeCloseTo(16.7, 1);
    const entries = achievementsData(figures);
    expect(entries.every((r) => r.winner + r.prizewinner + r.participant > 0)).toBe(true);
    const total = (key: 'winner' | 'prizewinner' | 'participant') => entries.reduce((sum, r) => sum + r[key], 0);
    expect([total('winner'), total('prizewinner'), total('participant')]).toEqual([1, 1, 1]);
  });

  it('compare the percent indicators with last year, only those both years have data for', async () => {
    const value = await review();
    const rows = comparisonData(value);
    // The year before the scenario records only agreements: partners' activity is the one figure both years have.
    expect(rows.map((r) => r.indicator)).toEqual(['Активность партнёров']);
    expect(rows[0]?.current).toBeCloseTo(66.7, 1);
    expect(rows[0]?.previous).toBeCloseTo(33.3, 1);
  });

  it('are empty for a year with nothing in it, so each chart says «нет данных» instead of empty axes', async () => {
    const app = await core();
    const empty = await call(app, 'reviews:get', { year: '2030/2031' });
    expect(monthsData(empty.figures)).toEqual([]);
    expect(coverageData(empty.figures)).toEqual([]);
    expect(partnersData(empty.figures)).toEqual([]);
    expect(achievementsData(empty.figures)).toEqual([]);
    expect(satisfactionData([{ year: '2030/2031', indicators: empty.figures.indicators }])).toEqual([]);
    expect(statusText(empty.approval)).toBe('черновик');
  });
});

describe('the labels on a chart', () => {
  it('print a percent the Russian way, nothing for a missing value or over an empty bar', () => {
    expect(percentLabel(44.4)).toBe('44,4\u00a0%');
    expect(percentLabel(null)).toBe('');
    expect(nonZeroLabel(0)).toBe('');
    expect(nonZeroLabel(3)).toBe('3');
  });

  it('cut a very long name with an ellipsis', () => {
    expect(shortName('Библиотека', 60)).toBe('Библиотека');
    expect(shortName('а'.repeat(80), 10)).toBe(`${'а'.repeat(9)}…`);
  });
});
