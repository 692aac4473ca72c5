import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
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
