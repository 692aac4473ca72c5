import { DateInput } from '@mantine/dates';
import { formatDate } from '@contract/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { DATE_PLACEHOLDER, EARLIEST_DATE, LATEST_DATE, readTypedDate, typedDateOrNull } from './typed-date';

interface Props {
  /** The label shown above the field; a row of a table may leave it out and name the field by `aria-label`. */
  label?: string;
  'aria-label'?: string;
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

/**
 * A calendar date in Russian whatever the computer's language: ДД.ММ.ГГГГ, typed («1.9.25», «01.09.2025») or picked
 * from a Monday-first calendar; kept as an ISO date, empty is null. Text that names no date is refused with a Russian
 * message when the field is left, and the field goes back to the date it had.
 */
export function DateField({
  label,
  'aria-label': ariaLabel,
  value,
  onChange,
  error,
  disabled,
  description,
  required,
  min = EARLIEST_DATE,
  max = LATEST_DATE,
  w,
  autofocus,
}: Props) {
  const [typedError, setTypedError] = useState<string | null>(null);
  return (
    <DateInput
      label={label}
      aria-label={ariaLabel}
      description={description}
      required={required}
      w={w}
      placeholder={DATE_PLACEHOLDER}
      valueFormat={formatDate}
      dateParser={(text) => typedDateOrNull(text, min, max)}
      value={value}
      onChange={(date) => {
        setTypedError(null);
        onChange(date);
      }}
      onBlur={(event) => {
        const read = readTypedDate(event.currentTarget.value, min, max);
        setTypedError(read && 'error' in read ? read.error : null);
      }}
      allowDeselect={!required}
      error={typedError ?? error}
      disabled={disabled}
      minDate={min}
      maxDate={max}
      rightSection={<IconCalendar size={16} stroke={1.5} />}
      rightSectionPointerEvents="none"
      popoverProps={{ withinPortal: true }}
      data-autofocus={autofocus || undefined}
    />
  );
}
