import { TextInput } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  label: string;
  value: string | null;
  onChange(value: string | null): void;
  error?: ReactNode;
  disabled?: boolean;
  description?: string;
  required?: boolean;
  /** Earliest and latest dates the picker offers; 1990 to 2200 unless told. */
  min?: string;
  max?: string;
  w?: number;
  /** Takes the focus when its dialog opens. */
  autofocus?: boolean;
}

/** A calendar date as the office's Chromium shows it (ДД.ММ.ГГГГ), kept as an ISO date; empty is null. */
export function DateField({
  label,
  value,
  onChange,
  error,
  disabled,
  description,
  required,
  min = '1990-01-01',
  max = '2200-12-31',
  w,
  autofocus,
}: Props) {
  return (
    <TextInput
      type="date"
      label={label}
      description={description}
      required={required}
      w={w}
      value={value ?? ''}
      onChange={(event) => onChange(event.currentTarget.value || null)}
      error={error}
      disabled={disabled}
      min={min}
      max={max}
      data-autofocus={autofocus || undefined}
    />
  );
}
