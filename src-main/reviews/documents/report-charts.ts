import { ACHIEVEMENT_LEVEL_LABELS, ACHIEVEMENT_RESULTS, type AchievementResult } from '../../contract/events';
import { INDICATOR_TITLES, type Indicator, type IndicatorKey, type YearFigures } from '../../contract/reviews';
import type { ChartSpec } from '../../documents/model';

/** The months as ГОСТ Р 7.0.97 shortens them, for the categories of a chart: «сент.», «окт.» … */
const MONTH_SHORT = ['янв.', 'февр.', 'март', 'апр.', 'май', 'июнь', 'июль', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'];

/** The heads of the columns and the names of the series of achievements. */
export const RESULT_PLURALS: Record<AchievementResult, string> = {
  winner: 'Победители',
  prizewinner: 'Призёры',
  participant: 'Участники',
};

export const monthShort = (month: string): string => MONTH_SHORT[Number(month.slice(5, 7)) - 1] ?? month;

export function valueOf(indicators: readonly Indicator[], key: IndicatorKey): number | null {
  return indicators.find((i) => i.key === key)?.value ?? null;
}

/** «Мероприятия по месяцам: запланировано / проведено», September to August. */
export function monthsChart(figures: YearFigures): ChartSpec {
  return {
    title: 'Мероприятия по месяцам: запланировано / проведено',
    kind: 'groupedBar',
    categories: figures.byMonth.map((m) => monthShort(m.month)),
    series: [
      { name: 'Запланировано', values: figures.byMonth.map((m) => m.planned) },
      { name: 'Проведено', values: figures.byMonth.map((m) => m.held) },
    ],
  };
}

/** Coverage by joint events and by partners' clubs, overall and by level of education. */
export function coverageChart(figures: YearFigures): ChartSpec {
  return {
    title: 'Охват обучающихся по уровням образования, %',
    kind: 'groupedBar',
    unit: '%',
    max: 100,
    digits: 1,
    categories: ['Всего', ...figures.byLevel.map((l) => l.level)],
    series: [
      {
        name: 'Совместные мероприятия',
        values: [valueOf(figures.indicators, 'pupilCoverage'), ...figures.byLevel.map((l) => l.pupilCoverage.value)],
      },
      {
        name: 'Дополнительное образование',
        values: [valueOf(figures.indicators, 'clubCoverage'), ...figures.byLevel.map((l) => l.clubCoverage.value)],
      },
    ],
  };
}

/** Entries of contests by level of contest and result; only levels that had any. */
export function achievementsChart(figures: YearFigures): ChartSpec | null {
  const levels = [...new Set(figures.achievements.filter((a) => a.count > 0).map((a) => a.level))];
  if (levels.length === 0) return null;
  const count = (level: string, result: string) =>
    figures.achievements.find((a) => a.level === level && a.result === result)?.count ?? 0;
  return {
    title: 'Достижения обучающихся по уровням конкурсов',
    kind: 'groupedBar',
    categories: levels.map((level) => ACHIEVEMENT_LEVEL_LABELS[level]),
    series: ACHIEVEMENT_RESULTS.map((result) => ({
      name: RESULT_PLURALS[result],
      values: levels.map((level) => count(level, result)),
    })),
  };
}

export interface YearIndicators {
  year: string;
  indicators: readonly Indicator[];
}

/** Parents' satisfaction year by year; null with fewer than two years. */
export function satisfactionChart(all: readonly YearIndicators[]): ChartSpec | null {
  // A year without a survey is left out, not drawn as 0.
  const years = all.filter((y) => valueOf(y.indicators, 'satisfaction') !== null);
  if (years.length < 2) return null;
  return {
    title: 'Удовлетворённость родителей по годам (индекс от 0 до 1)',
    kind: 'line',
    max: 1,
    digits: 2,
    categories: years.map((y) => y.year),
    series: [{ name: 'Индекс удовлетворённости', values: years.map((y) => valueOf(y.indicators, 'satisfaction')) }],
  };
}

const DYNAMICS_KEYS: readonly IndicatorKey[] = ['planFulfilment', 'pupilCoverage', 'parentCoverage'];

/** The main percent indicators year by year; null with fewer than two years. */
export function dynamicsChart(all: readonly YearIndicators[]): ChartSpec | null {
  // Only the years with data: a year that has none of these figures is left out, not drawn as 0 %.
  const years = all.filter((y) => DYNAMICS_KEYS.some((key) => valueOf(y.indicators, key) !== null));
  if (years.length < 2) return null;
  return {
    title: 'Динамика основных показателей по годам, %',
    kind: 'line',
    unit: '%',
    max: 100,
    digits: 1,
    categories: years.map((y) => y.year),
    series: DYNAMICS_KEYS.map((key) => ({
      name: INDICATOR_TITLES[key],
      values: years.map((y) => valueOf(y.indicators, key)),
    })),
  };
}
