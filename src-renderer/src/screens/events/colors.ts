import { DEFAULT_THEME } from '@mantine/core';
import type { EventStatus, Occurrence } from '@contract/events';

/** What the calendar's colours tell apart: the partner's direction (category) or the event's state. */
export type ColourMode = 'category' | 'status';

/** Mantine colour names, so a badge and a calendar event of one kind look alike. */
export const STATUS_COLOURS: Record<EventStatus, string> = {
  planned: 'blue',
  held: 'teal',
  moved: 'orange',
  cancelled: 'gray',
};

const CATEGORY_COLOURS: Record<string, string> = {
  Семья: 'pink',
  'Методическое сопровождение': 'indigo',
  Культура: 'grape',
  'Дополнительное образование': 'cyan',
  'Молодёжная политика': 'orange',
  Безопасность: 'red',
  Здравоохранение: 'green',
  Спорт: 'lime',
  Другое: 'gray',
};
/** Directions the office adds itself get one of these, always the same for the same name. */
const SPARE_COLOURS = ['violet', 'yellow', 'teal', 'blue', 'dark'] as const;
export const NO_CATEGORY = 'Без партнёра';
const NO_CATEGORY_COLOUR = 'dark';

export function categoryColour(category: string | null): string {
  if (category === null) return NO_CATEGORY_COLOUR;
  const fixed = CATEGORY_COLOURS[category];
  if (fixed) return fixed;
  let hash = 0;
  for (const ch of category) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return SPARE_COLOURS[hash % SPARE_COLOURS.length] ?? 'blue';
}

/** The hex of a Mantine colour name, for the calendar widget, which takes plain CSS colours. */
export function hexOf(name: string, shade = 6): string {
  return DEFAULT_THEME.colors[name]?.[shade] ?? name;
}

export function occurrenceColour(o: Occurrence, mode: ColourMode): string {
  return mode === 'status' ? STATUS_COLOURS[o.status] : categoryColour(o.category);
}
