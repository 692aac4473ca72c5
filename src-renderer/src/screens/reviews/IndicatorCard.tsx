import { Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { changeOf, changeText, gapText, indicatorText, indicatorValueText } from '@contract/review-text';
import { INDICATOR_FORMULAS, INDICATOR_TITLES, type Indicator } from '@contract/reviews';
import classes from './reviews.module.css';

interface Props {
  indicator: Indicator;
  previous: Indicator;
  target: number | null;
  /** What stands beside the figure: «проведено вне плана: 1», «30 анкет из 200 семей = 15,0 %». */
  note?: string | null;
  onOpen(): void;
}

/** Green above zero, red below. */
const toneOf = (difference: number | null) =>
  difference === null || difference === 0 ? undefined : difference > 0 ? 'teal.8' : 'red.8';

function Line({ label, value, extra, tone }: { label: string; value: string; extra: string | null; tone?: string }) {
  return (
    <Text size="sm">
      <Text span c="dimmed">
        {label}:{' '}
      </Text>
      {value}
      {extra && (
        <Text span fw={600} c={tone}>
          {' '}
          ({extra})
        </Text>
      )}
    </Text>
  );
}

/** One indicator: its formula worked out, what m and N are, the target and the gap, last year and the dynamics. */
export function IndicatorCard({ indicator, previous, target, note, onOpen }: Props) {
  const gap = gapText(indicator, target);
  const change = changeOf(indicator, previous);
  return (
    <UnstyledButton onClick={onOpen} className={classes.cardButton} data-indicator={indicator.key}>
      <Paper withBorder p="md" h="100%" className={classes.card}>
        <Stack gap={6} h="100%">
          <Text fw={700}>{INDICATOR_TITLES[indicator.key]}</Text>
          <Text
            fz={26}
            fw={700}
            lh={1.2}
            c={indicator.value === null ? 'dimmed' : 'teal.8'}
            data-testid="indicator-value"
          >
            {indicatorText(indicator)}
          </Text>
          {indicator.value === null && indicator.noData && (
            <Text size="sm" c="orange.9">
              {indicator.noData}
            </Text>
          )}
          {note && (
            <Text size="sm" fw={600} data-testid="indicator-note">
              {note}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {INDICATOR_FORMULAS[indicator.key]}
          </Text>
          <Stack gap={2} mt="auto" pt={4}>
            <Line
              label="Цель"
              value={target === null ? 'не задана' : indicatorValueText({ key: indicator.key, value: target })}
              extra={gap ? `отклонение ${gap}` : null}
              tone={toneOf(gap && indicator.value !== null && target !== null ? indicator.value - target : null)}
            />
            <Line
              label="Прошлый год"
              value={indicatorText(previous)}
              extra={change === null ? null : `динамика ${changeText(indicator, previous)}`}
              tone={toneOf(change)}
            />
          </Stack>
        </Stack>
      </Paper>
    </UnstyledButton>
  );
}
