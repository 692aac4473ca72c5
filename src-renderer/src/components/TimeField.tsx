import { TextInput } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  label: string;
  value: string | null;
  onChange(value: string | null): void;
  error?: ReactNode;
  w: number;
}

/** A time of day as the office's Chromium shows it (ЧЧ:ММ); empty is null. */
export function TimeField({ label, value, onChange, error, w }: Props) {
  return (
    <TextInput
      type="time"
      label={label}
      w={w}
      value={value ?? ''}
      onChange={(event) => onChange(event.currentTarget.value || null)}
      error={error}
    />
  );
}
