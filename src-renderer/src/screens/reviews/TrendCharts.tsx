import { LineChart } from '@mantine/charts';
import type { Review } from '@contract/reviews';
import { useApiQuery } from '../../api/queries';
import { QueryState } from '../../components/QueryState';
import { BarChartCard, ChartCard } from './ChartCard';
import { comparisonData, satisfactionData } from './chart-data';
import { indexLabel, percentLabel, STILL } from './chart-format';

export function SatisfactionChart() {
  const dynamics = useApiQuery('reviews:dynamics', {});
  return (
    <QueryState query={dynamics}>
      {(years) => {
        const data = satisfactionData(years);
        return (
          <ChartCard
            testId="chart-satisfaction"
            title="Удовлетворённость родителей по годам"
            caption="Индекс от 0 до 1: до 0,40 — низкий, до 0,70 — средний, выше — высокий"
            empty={data.length === 0}
            emptyText="анкетирований родителей с ответами не было"
          >
            <LineChart
              h={280}
              data={data}
              dataKey="year"
              series={[{ name: 'index', label: 'Индекс удовлетворённости', color: 'teal.6' }]}
              withLegend
              xAxisLabel="Учебный год"
              yAxisLabel="Индекс"
              yAxisProps={{ domain: [0, 1] }}
              xAxisProps={{ padding: { left: 30, right: 30 } }}
              valueFormatter={indexLabel}
              connectNulls={false}
              dotProps={{ r: 5 }}
              lineProps={{ ...STILL, label: { position: 'top', offset: 12, fontSize: 13, formatter: indexLabel } }}
            />
          </ChartCard>
        );
      }}
    </QueryState>
  );
}

export function ComparisonChart({ review }: { review: Review }) {
  const data = comparisonData(review);
  const series = [
    { name: 'current', label: review.year, color: 'teal.6' },
    { name: 'previous', label: 'Прошлый год', color: 'gray.5' },
  ];
  return (
    <BarChartCard
      testId="chart-comparison"
      title="Сравнение с прошлым учебным годом"
      caption="Основные показатели в процентах, по которым есть данные за оба года"
      emptyText="нет показателей, по которым есть данные и за этот, и за прошлый год"
      data={data}
      series={series}
      rows={{ height: 56, right: 56 }}
      chart={{
        dataKey: 'indicator',
        xAxisLabel: '% от N',
        xAxisProps: { domain: [0, 100] },
        valueFormatter: percentLabel,
      }}
    />
  );
}
