import { BarChart } from '@mantine/charts';
import type { Review } from '@contract/reviews';
import { ChartCard } from './ChartCard';
import { achievementsData, coverageData, monthsData, partnersData } from './chart-data';
import { countLabel, legendOf, nonZeroLabel, percentLabel, shortName, STILL } from './chart-format';

type Figures = Review['figures'];

const MONTH_SERIES = [
  { name: 'planned', label: 'Запланировано', color: 'gray.5' },
  { name: 'held', label: 'Проведено', color: 'teal.6' },
];

export function MonthsChart({ figures }: { figures: Figures }) {
  const data = monthsData(figures);
  return (
    <ChartCard
      testId="chart-months"
      title="Мероприятия по месяцам"
      caption="Запланированные (с отменёнными и пунктами плана без мероприятий) и проведённые"
      empty={data.length === 0}
      emptyText="в этом учебном году нет мероприятий и пунктов плана"
    >
      <BarChart
        h={280}
        data={data}
        dataKey="month"
        series={MONTH_SERIES}
        withLegend
        legendProps={legendOf(MONTH_SERIES)}
        xAxisLabel="Месяц"
        yAxisLabel="Мероприятий"
        yAxisProps={{ allowDecimals: false }}
        valueFormatter={countLabel}
        withBarValueLabel
        valueLabelProps={{ formatter: nonZeroLabel }}
        barProps={STILL}
      />
    </ChartCard>
  );
}

const COVERAGE_SERIES = [
  { name: 'pupils', label: 'Охват мероприятиями', color: 'teal.6' },
  { name: 'clubs', label: 'Охват кружками', color: 'blue.6' },
];

export function CoverageChart({ figures }: { figures: Figures }) {
  const data = coverageData(figures);
  return (
    <ChartCard
      testId="chart-coverage"
      title="Охват по уровням образования"
      caption="Доля обучающихся уровня: на проведённых мероприятиях и в кружках партнёров"
      empty={data.length === 0}
      emptyText="нет списка классов с численностью (раздел «Кружки»)"
    >
      <BarChart
        h={280}
        data={data}
        dataKey="level"
        series={COVERAGE_SERIES}
        withLegend
        legendProps={legendOf(COVERAGE_SERIES)}
        xAxisLabel="Уровень образования"
        yAxisLabel="% обучающихся"
        yAxisProps={{ domain: [0, 100], width: 70 }}
        valueFormatter={percentLabel}
        withBarValueLabel
        barProps={STILL}
      />
    </ChartCard>
  );
}

const PARTNER_SERIES = [
  { name: 'held', label: 'Проведено мероприятий', color: 'teal.6' },
  { name: 'participants', label: 'Участников-обучающихся', color: 'blue.4' },
];

export function PartnersChart({ figures }: { figures: Figures }) {
  const data = partnersData(figures).map((p) => ({ ...p, name: shortName(p.name) }));
  return (
    <ChartCard
      testId="chart-partners"
      title="Партнёры: мероприятия и участники"
      caption="Проведённые мероприятия с партнёром и обучающиеся на них (сумма по мероприятиям)"
      empty={data.length === 0}
      emptyText="с партнёрами не было запланировано мероприятий"
    >
      <BarChart
        h={100 + data.length * 64}
        data={data}
        dataKey="name"
        orientation="vertical"
        series={PARTNER_SERIES}
        withLegend
        legendProps={legendOf(PARTNER_SERIES)}
        xAxisLabel="Количество"
        yAxisProps={{ width: 200 }}
        gridAxis="y"
        valueFormatter={countLabel}
        withBarValueLabel
        barChartProps={{ margin: { right: 36, bottom: 30 } }}
        barProps={STILL}
      />
    </ChartCard>
  );
}

const RESULT_SERIES = [
  { name: 'winner', label: 'Победители', color: 'yellow.6' },
  { name: 'prizewinner', label: 'Призёры', color: 'orange.6' },
  { name: 'participant', label: 'Участники', color: 'blue.4' },
];

export function AchievementsChart({ figures }: { figures: Figures }) {
  const data = achievementsData(figures);
  return (
    <ChartCard
      testId="chart-achievements"
      title="Достижения по уровням конкурсов"
      caption="Участия обучающихся в конкурсах на проведённых мероприятиях, по результату"
      empty={data.length === 0}
      emptyText="достижений на проведённых мероприятиях не записано"
    >
      <BarChart
        h={280}
        data={data}
        dataKey="level"
        type="stacked"
        series={RESULT_SERIES}
        withLegend
        legendProps={legendOf(RESULT_SERIES)}
        xAxisLabel="Уровень конкурса"
        yAxisLabel="Участий"
        yAxisProps={{ allowDecimals: false }}
        valueFormatter={countLabel}
        barProps={STILL}
      />
    </ChartCard>
  );
}
