import type { Review } from '@contract/reviews';
import { BarChartCard, type BarChartCardProps } from './ChartCard';
import { achievementsData, coverageData, monthsData, partnersData } from './chart-data';
import { countLabel, nonZeroLabel, percentLabel, shortName } from './chart-format';

type Figures = Review['figures'];

/** One chart of the year's figures: its card, and the rows it draws out of the figures. */
interface YearChart extends Omit<BarChartCardProps, 'data'> {
  rowsOf(figures: Figures): Record<string, unknown>[];
}

/** A value axis of whole numbers (events, participations). */
const COUNTS = { yAxisProps: { allowDecimals: false }, valueFormatter: countLabel };

/** The year's charts, in the order the tab shows them. */
const YEAR_CHARTS: readonly YearChart[] = [
  {
    testId: 'chart-months',
    title: 'Мероприятия по месяцам',
    caption:
      'Запланированные (с отменёнными и пунктами плана без мероприятий) и проведённые из них; серия по одному пункту плана — одно мероприятие, в месяц первого занятия',
    emptyText: 'в этом учебном году нет мероприятий и пунктов плана',
    rowsOf: monthsData,
    series: [
      { name: 'planned', label: 'Запланировано', color: 'gray.5' },
      { name: 'held', label: 'Проведено', color: 'teal.6' },
    ],
    chart: {
      dataKey: 'month',
      xAxisLabel: 'Месяц',
      yAxisLabel: 'Мероприятий',
      ...COUNTS,
      withBarValueLabel: true,
      valueLabelProps: { formatter: nonZeroLabel },
    },
  },
  {
    testId: 'chart-coverage',
    title: 'Охват по уровням образования',
    caption: 'Доля обучающихся уровня: на проведённых мероприятиях и в кружках партнёров',
    emptyText: 'нет списка классов с численностью (раздел «Кружки»)',
    rowsOf: coverageData,
    series: [
      { name: 'pupils', label: 'Охват мероприятиями', color: 'teal.6' },
      { name: 'clubs', label: 'Охват кружками', color: 'blue.6' },
    ],
    chart: {
      dataKey: 'level',
      xAxisLabel: 'Уровень образования',
      yAxisLabel: '% обучающихся',
      yAxisProps: { domain: [0, 100], width: 70 },
      valueFormatter: percentLabel,
      withBarValueLabel: true,
    },
  },
  {
    testId: 'chart-partners',
    title: 'Партнёры: мероприятия и участники',
    caption: 'Проведённые мероприятия с партнёром (по плану и вне плана) и обучающиеся на них (сумма по мероприятиям)',
    emptyText: 'с партнёрами не было запланировано мероприятий',
    rowsOf: (figures) => partnersData(figures).map((p) => ({ ...p, name: shortName(p.name) })),
    series: [
      { name: 'held', label: 'Проведено мероприятий', color: 'teal.6' },
      { name: 'participants', label: 'Участников-обучающихся', color: 'blue.4' },
    ],
    rows: { height: 64, right: 36 },
    chart: { dataKey: 'name', xAxisLabel: 'Количество', valueFormatter: countLabel },
  },
  {
    testId: 'chart-achievements',
    title: 'Достижения по уровням конкурсов',
    caption: 'Участия обучающихся в конкурсах на проведённых мероприятиях, по результату',
    emptyText: 'достижений на проведённых мероприятиях не записано',
    rowsOf: achievementsData,
    series: [
      { name: 'winner', label: 'Победители', color: 'yellow.6' },
      { name: 'prizewinner', label: 'Призёры', color: 'orange.6' },
      { name: 'participant', label: 'Участники', color: 'blue.4' },
    ],
    chart: { dataKey: 'level', type: 'stacked', xAxisLabel: 'Уровень конкурса', yAxisLabel: 'Участий', ...COUNTS },
  },
];

/** The charts of the year's own figures: events by month, coverage, partners, achievements. */
export function YearCharts({ figures }: { figures: Figures }) {
  return YEAR_CHARTS.map(({ rowsOf, ...card }) => <BarChartCard key={card.testId} {...card} data={rowsOf(figures)} />);
}
