import { ACHIEVEMENT_LEVEL_LABELS, ACHIEVEMENT_LEVELS } from '@contract/events';
import { INDICATOR_TITLES, INDICATORS, type Indicator, type Review } from '@contract/reviews';
import { indicatorOf, isPercent, monthLabel } from './reviews-text';

/**
 * The rows of each chart of the year, from the review's figures; an empty list where there is nothing to draw, so
 * the chart says «нет данных» instead of showing empty axes.
 */

type Figures = Review['figures'];

export function monthsData(figures: Figures) {
  const rows = figures.byMonth.map((m) => ({ month: monthLabel(m.month), planned: m.planned, held: m.held }));
  return rows.some((r) => r.planned > 0 || r.held > 0) ? rows : [];
}

export function coverageData(figures: Figures) {
  const rows = figures.byLevel.map((l) => ({
    level: l.level,
    pupils: l.pupilCoverage.value,
    clubs: l.clubCoverage.value,
  }));
  return rows.some((r) => r.pupils !== null || r.clubs !== null) ? rows : [];
}

/** Partners with something planned or held, most held first; held counts events outside the plan too. */
export function partnersData(figures: Figures) {
  return figures.byPartner
    .filter((p) => p.planned > 0 || p.held + p.unplannedHeld > 0)
    .map((p) => ({ name: p.name, held: p.held + p.unplannedHeld, participants: p.participants }))
    .sort((a, b) => b.held - a.held || b.participants - a.participants);
}

/** The index of each year that has one: a year without a survey is left out, not drawn as 0. */
export function satisfactionData(years: readonly { year: string; indicators: Indicator[] }[]) {
  return years
    .map((y) => ({ year: y.year, index: indicatorOf(y.indicators, 'satisfaction').value }))
    .filter((r) => r.index !== null);
}

/** Contest entries per level of contest, split by result; only the levels that had any. */
export function achievementsData(figures: Figures) {
  const count = (level: string, result: string) =>
    figures.achievements.find((a) => a.level === level && a.result === result)?.count ?? 0;
  return ACHIEVEMENT_LEVELS.map((level) => ({
    level: ACHIEVEMENT_LEVEL_LABELS[level],
    winner: count(level, 'winner'),
    prizewinner: count(level, 'prizewinner'),
    participant: count(level, 'participant'),
  })).filter((r) => r.winner + r.prizewinner + r.participant > 0);
}

/** The percent indicators this year and last, where both years have a value: a year without data compares with nothing. */
export function comparisonData(review: Review) {
  return INDICATORS.filter(isPercent)
    .map((key) => ({
      indicator: INDICATOR_TITLES[key],
      current: indicatorOf(review.figures.indicators, key).value,
      previous: indicatorOf(review.previous, key).value,
    }))
    .filter((r) => r.current !== null && r.previous !== null);
}
