import { BarChart, type BarChartProps, type BarChartSeries } from '@mantine/charts';
import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { legendOf, STILL } from './chart-format';
import classes from './reviews.module.css';

interface Props {
  title: string;
  caption: string;
  /** Nothing to draw: the card says «нет данных» and why, instead of empty axes. */
  empty: boolean;
  emptyText: string;
  testId: string;
  children: ReactNode;
}

/** A chart with its title and what it shows. */
export function ChartCard({ title, caption, empty, emptyText, testId, children }: Props) {
  return (
    <Paper withBorder p="md" className={classes.chart} data-testid={testId}>
      <Title order={5}>{title}</Title>
      <Text size="xs" c="dimmed" mb="sm">
        {caption}
      </Text>
      {empty ? (
        <Text c="dimmed" ta="center" py="xl" data-testid="chart-no-data">
          нет данных — {emptyText}
        </Text>
      ) : (
        children
      )}
    </Paper>
  );
}

export interface BarChartCardProps extends Omit<Props, 'empty' | 'children'> {
  data: Record<string, unknown>[];
  series: BarChartSeries[];
  /** The chart's own settings: its axes, labels, orientation; 280 pixels high unless told. */
  chart: Omit<BarChartProps, 'data' | 'series' | 'h'> & { h?: number };
  /**
   * A chart of rows (a partner, an indicator), bars lying, their names at the left: as high as its rows, with room
   * at the right for the values over the bars.
   */
  rows?: { height: number; right: number };
}

/** The settings of a chart of rows, `rows` of `height` pixels each. */
function rowsChart(rows: number, { height, right }: { height: number; right: number }) {
  return {
    h: 100 + rows * height,
    orientation: 'vertical',
    yAxisProps: { width: 200 },
    gridAxis: 'y',
    withBarValueLabel: true,
    barChartProps: { margin: { right, bottom: 30 } },
  } as const;
}

/** A bar chart in its card: a legend in the order of its series, drawn at once, «нет данных» when there are no rows. */
export function BarChartCard({ data, series, chart, rows, ...card }: BarChartCardProps) {
  return (
    <ChartCard {...card} empty={data.length === 0}>
      <BarChart
        h={280}
        data={data}
        series={series}
        withLegend
        legendProps={legendOf(series)}
        barProps={STILL}
        {...(rows ? rowsChart(data.length, rows) : {})}
        {...chart}
      />
    </ChartCard>
  );
}
