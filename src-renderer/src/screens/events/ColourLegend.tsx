import { ColorSwatch, Group, Text } from '@mantine/core';
import { EVENT_STATUSES, EVENT_STATUS_LABELS } from '@contract/events';
import { categoryColour, hexOf, NO_CATEGORY, STATUS_COLOURS, type ColourMode } from './colors';

/** What each colour on the calendar means, and the holidays' background. */
export function ColourLegend({ mode, categories }: { mode: ColourMode; categories: string[] }) {
  const items =
    mode === 'status'
      ? EVENT_STATUSES.map((s) => ({ label: EVENT_STATUS_LABELS[s], colour: STATUS_COLOURS[s] }))
      : [...categories, NO_CATEGORY].map((c) => ({
          label: c,
          colour: categoryColour(c === NO_CATEGORY ? null : c),
        }));
  return (
    <Group gap="md" data-testid="legend">
      {items.map((item) => (
        <Group key={item.label} gap={6} wrap="nowrap">
          <ColorSwatch color={hexOf(item.colour)} size={12} withShadow={false} />
          <Text size="xs">{item.label}</Text>
        </Group>
      ))}
      <Group gap={6} wrap="nowrap">
        <ColorSwatch color={hexOf('yellow', 2)} size={12} withShadow={false} />
        <Text size="xs">Каникулы</Text>
      </Group>
    </Group>
  );
}
