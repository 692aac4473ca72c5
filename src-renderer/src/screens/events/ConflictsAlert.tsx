import { Alert, List } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { Input } from '@contract';
import type { Conflict } from '@contract/events';
import { invoke } from '../../api/client';
import { whenText } from './wall-clock';

interface Props {
  start: string;
  end: string;
  allDay: boolean;
  classes: string[];
  venue: string;
  excludeId?: number | undefined;
}

const CLASS_NAME = /^(?:[1-9]|1[01])[А-ЯЁ]$/u;
const WALL_CLOCK = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/;

/** «5А занят: Экскурсия в музей, вт, 06.10.2026, 10:00–11:00». */
export function conflictText(c: Conflict): string {
  const allDay = c.start.length === 10;
  return `${c.what} занят: ${c.title}, ${whenText(c.start, c.end, allDay)}`;
}

/**
 * A warning, while the office types, that a class or the venue is already booked at that time.
 * It never stops saving: the office may know better (two classes in one hall, on purpose).
 */
export function ConflictsAlert({ start, end, allDay, classes, venue, excludeId }: Props) {
  // Debounced as text: a fresh object each render would restart the wait for ever.
  const [key] = useDebouncedValue(
    JSON.stringify({
      start,
      end,
      classes: classes.filter((c) => CLASS_NAME.test(c)),
      venue: venue.trim(),
      ...(excludeId ? { excludeId } : {}),
    }),
    300,
  );
  const input = JSON.parse(key) as Input<'events:conflicts'> & {
    start: string;
    end: string;
    classes: string[];
    venue: string;
  };
  const ready =
    WALL_CLOCK.test(input.start) &&
    WALL_CLOCK.test(input.end) &&
    input.end >= input.start &&
    (input.start.length === 10) === allDay &&
    (input.classes.length > 0 || input.venue !== '');
  const conflicts = useQuery({
    queryKey: ['events:conflicts', key],
    queryFn: () => invoke('events:conflicts', input),
    enabled: ready,
  });
  if (!ready || !conflicts.data || conflicts.data.length === 0) return null;
  return (
    <Alert color="orange" icon={<IconAlertTriangle />} title="Пересечение по времени" data-testid="conflicts">
      <List size="sm" spacing={2}>
        {conflicts.data.map((c) => (
          <List.Item key={`${c.eventId}-${c.reason}-${c.what}-${c.start}`}>{conflictText(c)}</List.Item>
        ))}
      </List>
      Сохранить всё равно можно.
    </Alert>
  );
}
