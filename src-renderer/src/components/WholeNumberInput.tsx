import { NumberInput, type NumberInputProps } from '@mantine/core';

/**
 * A count or a year, typed whole: no fractions and no minus sign, and a number beyond its limits stays as typed so
 * that the form says why it is refused (rather than changing it behind the user's back).
 */
export function WholeNumberInput(props: NumberInputProps) {
  return <NumberInput allowDecimal={false} allowNegative={false} clampBehavior="none" {...props} />;
}
