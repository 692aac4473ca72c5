import { TextInput } from '@mantine/core';

interface Props {
  label: string;
  value: string | null;
  onChange(value: string | null): void;
  error?: string | undefined;
  disabled?: boolean;
  description?: string;
}

/** A calendar date as the office's Chromium shows it (ДД.ММ.ГГГГ), kept as an ISO date; empty is null. */
export function DateField({ label, value, onChange, error, disabled, description }: Props) {
  return (
    <TextInput
      type="date"
      label={label}
      description={description}
      value={value ?? ''}
      onChange={(event) => onChange(event.currentTarget.value || null)}
      error={error}
      disabled={disabled}
      min="1990-01-01"
      max="2200-12-31"
    />
  );
}
