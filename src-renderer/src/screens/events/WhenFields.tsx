import { Group, SimpleGrid } from '@mantine/core';
import { useState } from 'react';
import { DateField } from '../../components/DateField';
import { TimeField } from '../../components/TimeField';
import { dayOf, minutesBetween, shiftWallClock, timeOf } from './wall-clock';

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

const COMPLETE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;

/** A wall-clock value of its date and time; a timed one without its time keeps a bare «T», which the form refuses. */
function joined(date: string | null, time: string | null, allDay: boolean): string {
  if (!date) return '';
  return allDay ? date : `${date}T${time ?? ''}`;
}

/**
 * Start and end as a date (ДД.ММ.ГГГГ) for an all-day event, a date and a time (ЧЧ:ММ) otherwise.
 * Moving the start keeps the event's length, as a calendar does.
 */
export function WhenFields({ value, onChange, errors, startLabel = 'Начало', endLabel = 'Окончание' }: Props) {
  // The event's length as last seen whole: a time cleared to be typed again does not lose it.
  const [length, setLength] = useState(0);
  const whole = COMPLETE.test(value.start) && COMPLETE.test(value.end);
  const wholeLength = whole ? Math.max(0, minutesBetween(value.start, value.end)) : length;
  if (wholeLength !== length) setLength(wholeLength);
  const setStart = (start: string) => {
    if (!COMPLETE.test(start)) return onChange({ ...value, start });
    onChange({ ...value, start, end: shiftWallClock(start, wholeLength, value.allDay) });
  };
  const setEnd = (end: string) => onChange({ ...value, end });
  const fields = (which: 'start' | 'end', label: string, timeLabel: string, set: (v: string) => void) => {
    const date = dayOf(value[which]) || null;
    const time = timeOf(value[which]) || null;
    // A timed event's date without its time: the store's refusal is about the time, and is said at its field.
    const timeMissing = !value.allDay && date !== null && time === null;
    return (
      <Group align="flex-start" wrap="nowrap" gap="xs">
        <DateField
          label={label}
          required
          value={date}
          onChange={(d) => set(joined(d, time, value.allDay))}
          error={timeMissing ? undefined : errors[which]}
        />
        {!value.allDay && (
          <TimeField
            label={timeLabel}
            w={120}
            value={time}
            onChange={(t) => set(joined(date, t, false))}
            error={timeMissing && errors[which] ? 'Укажите время' : undefined}
          />
        )}
      </Group>
    );
  };
  return (
    <SimpleGrid cols={2}>
      {fields('start', startLabel, 'Время начала', setStart)}
      {fields('end', endLabel, 'Время окончания', setEnd)}
    </SimpleGrid>
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
