import type { Review } from '@contract/reviews';
import { BarChartCard } from './ChartCard';
import { achievementsData, coverageData, monthsData, partnersData } from './chart-data';
import { countLabel, nonZeroLabel, percentLabel, shortName } from './chart-format';

type Figures = Review['figures'];

const MONTH_SERIES = [
  { name: 'planned', label: 'Запланировано', color: 'gray.5' },
  { name: 'held', label: 'Проведено', color: 'teal.6' },
];

export function MonthsChart({ figures }: { figures: Figures }) {
  return (
    <BarChartCard
      testId="chart-months"
      title="Мероприятия по месяцам"
      caption="Запланированные (с отменёнными и пунктами плана без мероприятий) и проведённые из них; серия по одному пункту плана — одно мероприятие, в месяц первого занятия"
      emptyText="в этом учебном году нет мероприятий и пунктов плана"
      data={monthsData(figures)}
      series={MONTH_SERIES}
      chart={{
        dataKey: 'month',
        xAxisLabel: 'Месяц',
        yAxisLabel: 'Мероприятий',
        yAxisProps: { allowDecimals: false },
        valueFormatter: countLabel,
        withBarValueLabel: true,
        valueLabelProps: { formatter: nonZeroLabel },
      }}
    />
  );
}

const COVERAGE_SERIES = [
  { name: 'pupils', label: 'Охват мероприятиями', color: 'teal.6' },
  { name: 'clubs', label: 'Охват кружками', color: 'blue.6' },
];

export function CoverageChart({ figures }: { figures: Figures }) {
  return (
    <BarChartCard
      testId="chart-coverage"
      title="Охват по уровням образования"
      caption="Доля обучающихся уровня: на проведённых мероприятиях и в кружках партнёров"
      emptyText="нет списка классов с численностью (раздел «Кружки»)"
      data={coverageData(figures)}
      series={COVERAGE_SERIES}
      chart={{
        dataKey: 'level',
        xAxisLabel: 'Уровень образования',
        yAxisLabel: '% обучающихся',
        yAxisProps: { domain: [0, 100], width: 70 },
        valueFormatter: percentLabel,
        withBarValueLabel: true,
      }}
    />
  );
}

const PARTNER_SERIES = [
  { name: 'held', label: 'Проведено мероприятий', color: 'teal.6' },
  { name: 'participants', label: 'Участников-обучающихся', color: 'blue.4' },
];

export function PartnersChart({ figures }: { figures: Figures }) {
  const data = partnersData(figures).map((p) => ({ ...p, name: shortName(p.name) }));
  return (
    <BarChartCard
      testId="chart-partners"
      title="Партнёры: мероприятия и участники"
      caption="Проведённые мероприятия с партнёром (по плану и вне плана) и обучающиеся на них (сумма по мероприятиям)"
      emptyText="с партнёрами не было запланировано мероприятий"
      data={data}
      series={PARTNER_SERIES}
      chart={{
        h: 100 + data.length * 64,
        dataKey: 'name',
        orientation: 'vertical',
        xAxisLabel: 'Количество',
        yAxisProps: { width: 200 },
        gridAxis: 'y',
        valueFormatter: countLabel,
        withBarValueLabel: true,
        barChartProps: { margin: { right: 36, bottom: 30 } },
      }}
    />
  );
}

const RESULT_SERIES = [
  { name: 'winner', label: 'Победители', color: 'yellow.6' },
  { name: 'prizewinner', label: 'Призёры', color: 'orange.6' },
  { name: 'participant', label: 'Участники', color: 'blue.4' },
];

export function AchievementsChart({ figures }: { figures: Figures }) {
  return (
    <BarChartCard
      testId="chart-achievements"
      title="Достижения по уровням конкурсов"
      caption="Участия обучающихся в конкурсах на проведённых мероприятиях, по результату"
      emptyText="достижений на проведённых мероприятиях не записано"
      data={achievementsData(figures)}
      series={RESULT_SERIES}
      chart={{
        dataKey: 'level',
        type: 'stacked',
        xAxisLabel: 'Уровень конкурса',
        yAxisLabel: 'Участий',
        yAxisProps: { allowDecimals: false },
        valueFormatter: countLabel,
      }}
    />
  );
}
