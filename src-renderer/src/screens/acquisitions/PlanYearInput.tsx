import { type NumberInputProps } from '@mantine/core';
import { MAX_PLAN_YEAR, MIN_PLAN_YEAR } from '@contract/acquisitions';
import { WholeNumberInput } from '../../components/WholeNumberInput';

/** A calendar year of the acquisition plan, typed in digits; a year out of range stays as typed, to be refused. */
export function PlanYearInput(props: NumberInputProps) {
  return <WholeNumberInput min={MIN_PLAN_YEAR} max={MAX_PLAN_YEAR} thousandSeparator="" {...props} />;
}
