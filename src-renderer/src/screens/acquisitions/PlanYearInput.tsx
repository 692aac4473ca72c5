import { NumberInput, type NumberInputProps } from '@mantine/core';
import { MAX_PLAN_YEAR, MIN_PLAN_YEAR } from '@contract/acquisitions';

/** A calendar year of the acquisition plan, typed in digits; a year out of range stays as typed, to be refused. */
export function PlanYearInput(props: NumberInputProps) {
  return (
    <NumberInput
      min={MIN_PLAN_YEAR}
      max={MAX_PLAN_YEAR}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="none"
      thousandSeparator=""
      {...props}
    />
  );
}
