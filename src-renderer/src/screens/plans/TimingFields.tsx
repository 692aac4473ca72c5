import { Group, Input, SegmentedControl, Select, Stack } from '@mantine/core';
import type { PlanItemFields } from '@contract/plans';
import { DateField } from '../../components/DateField';
import { TimeField } from '../../components/TimeField';
import { monthLabel, monthsOfYear } from '@contract/plan-text';

type Timing = Pick<PlanItemFields, 'timing' | 'month' | 'dateFrom' | 'dateTo' | 'timeFrom' | 'timeTo'>;

interface Props {
  year: string;
  value: Timing;
  onChange(change: Partial<Timing>): void;
  errors: Record<string, string | undefined>;
}

/** When the item happens: some time in a month, over a period, or on a date (with times, if known). */
export function TimingFields({ year, value, onChange, errors }: Props) {
  const date = (label: string, key: 'dateFrom' | 'dateTo', w?: number) => (
    <DateField label={label} w={w} value={value[key]} onChange={(v) => onChange({ [key]: v })} error={errors[key]} />
  );
  const time = (label: string, key: 'timeFrom' | 'timeTo') => (
    <TimeField label={label} w={150} value={value[key]} onChange={(v) => onChange({ [key]: v })} error={errors[key]} />
  );
  return (
    <Input.Wrapper label="Сроки">
      <Stack gap="xs" mt={4}>
        <SegmentedControl
          aria-label="Как указаны сроки"
          w="fit-content"
          data={[
            { value: 'month', label: 'Месяц' },
            { value: 'range', label: 'Период' },
            { value: 'exact', label: 'Дата' },
          ]}
          value={value.timing}
          onChange={(timing) => onChange({ timing: timing as Timing['timing'] })}
        />
        {value.timing === 'month' && (
          <Select
            label="Месяц"
            w={260}
            data={monthsOfYear(year).map((m) => ({ value: m, label: monthLabel(m) }))}
            value={value.month}
            onChange={(month) => onChange({ month })}
            error={errors['month']}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        {value.timing === 'range' && (
          <Group align="flex-start" grow maw={520}>
            {date('Дата начала', 'dateFrom')}
            {date('Дата окончания', 'dateTo')}
          </Group>
        )}
        {value.timing === 'exact' && (
          <Group align="flex-start">
            {date('Дата проведения', 'dateFrom', 220)}
            {time('Время начала', 'timeFrom')}
            {time('Время окончания', 'timeTo')}
          </Group>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
