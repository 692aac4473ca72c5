import { Group, TextInput } from '@mantine/core';
import { dayOf, minutesBetween, shiftWallClock } from './wall-clock';

export interface When {
  start: string;
  end: string;
  allDay: boolean;
}

interface Props {
  value: When;
  onChange(value: When): void;
  errors: Record<string, string>;
  startLabel?: string;
  endLabel?: string;
}

/**
 * Start and end as the office's Chromium shows them: a date for an all-day event, a date and time otherwise.
 * Moving the start keeps the event's length, as a calendar does.
 */
export function WhenFields({ value, onChange, errors, startLabel = 'Начало', endLabel = 'Окончание' }: Props) {
  const type = value.allDay ? 'date' : 'datetime-local';
  const bounds = value.allDay
    ? { min: '1990-01-01', max: '2200-12-31' }
    : { min: '1990-01-01T00:00', max: '2200-12-31T23:59' };
  const setStart = (start: string) => {
    if (!start) return onChange({ ...value, start });
    const length = value.start && value.end ? Math.max(0, minutesBetween(value.start, value.end)) : 0;
    onChange({ ...value, start, end: shiftWallClock(start, length, value.allDay) });
  };
  return (
    <Group grow align="flex-start">
      <TextInput
        type={type}
        label={startLabel}
        required
        value={value.start}
        onChange={(e) => setStart(e.currentTarget.value)}
        error={errors['start']}
        {...bounds}
      />
      <TextInput
        type={type}
        label={endLabel}
        required
        value={value.end}
        onChange={(e) => onChange({ ...value, end: e.currentTarget.value })}
        error={errors['end']}
        {...bounds}
      />
    </Group>
  );
}

/** The same span as an all-day event or a timed one: a date keeps its day, a time is 10:00–11:00 by default. */
export function withAllDay(value: When, allDay: boolean): When {
  if (allDay === value.allDay) return value;
  if (allDay) return { allDay, start: dayOf(value.start), end: dayOf(value.end) };
  const start = `${dayOf(value.start)}T10:00`;
  const end = dayOf(value.end) > dayOf(value.start) ? `${dayOf(value.end)}T11:00` : `${dayOf(value.start)}T11:00`;
  return { allDay, start, end };
}
