import { TimePicker } from '@mantine/dates';
import type { ReactNode } from 'react';

interface Props {
  label: string;
  value: string | null;
  onChange(value: string | null): void;
  error?: ReactNode;
  w: number;
}

/**
 * A time of day on the 24-hour clock whatever the computer's language (ЧЧ:ММ): hours and minutes typed, or picked
 * from the lists the field opens; empty, or half typed, is null.
 */
export function TimeField({ label, value, onChange, error, w }: Props) {
  return (
    <TimePicker
      label={label}
      w={w}
      format="24h"
      withDropdown
      value={value ?? ''}
      onChange={(time) => onChange(time || null)}
      error={error}
      minutesInputLabel={`${label}: минуты`}
      popoverProps={{ withinPortal: true }}
    />
  );
}
