import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import type { Review } from '@contract/reviews';
import { ComparisonChart, SatisfactionChart } from './TrendCharts';
import { YearCharts } from './YearCharts';

/** The year's figures drawn; «Напечатать» prints the charts as they are shown, without the navigation. */
export function ChartsTab({ review }: { review: Review }) {
  return (
    <Stack>
      <Group justify="space-between" className="analysis-no-print">
        <Text size="sm" c="dimmed">
          Наведите на столбик, чтобы увидеть число. Графики войдут и в печать этой страницы.
        </Text>
        <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
          Напечатать графики
        </Button>
      </Group>
      {/* Cards keep their own heights: a short chart beside a tall one does not stretch into an empty frame. */}
      <SimpleGrid cols={{ base: 1, lg: 2 }} className="analysis-charts" style={{ alignItems: 'start' }}>
        <YearCharts figures={review.figures} />
        <ComparisonChart review={review} />
        <SatisfactionChart />
      </SimpleGrid>
    </Stack>
  );
}
