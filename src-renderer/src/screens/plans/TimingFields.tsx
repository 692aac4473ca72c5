import { Group, Input, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import type { PlanItemFields } from '@contract/plans';
import { DateField } from '../../components/DateField';
import { monthLabel, monthsOfYear } from '@contract/plan-text';

type Timing = Pick<PlanItemFields, 'timing' | 'month' | 'dateFrom' | 'dateTo' | 'timeFrom' | 'timeTo'>;

interface Props {
  year: string;
  value: Timing;
  onChange(change: Partial<Timing>): void;
  errors: Record<string, string | undefined>;
}

function TimeField(props: { label: string; value: string | null; onChange(v: string | null): void; error?: string }) {
  return (
    <TextInput
      type="time"
      label={props.label}
      w={150}
      value={props.value ?? ''}
      onChange={(event) => props.onChange(event.currentTarget.value || null)}
      error={props.error}
    />
  );
}

/** When the item happens: some time in a month, over a period, or on a date (with times, if known). */
export function TimingFields({ year, value, onChange, errors }: Props) {
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
            <DateField
              label="Дата начала"
              value={value.dateFrom}
              onChange={(dateFrom) => onChange({ dateFrom })}
              error={errors['dateFrom']}
            />
            <DateField
              label="Дата окончания"
              value={value.dateTo}
              onChange={(dateTo) => onChange({ dateTo })}
              error={errors['dateTo']}
            />
          </Group>
        )}
        {value.timing === 'exact' && (
          <Group align="flex-start">
            <div style={{ width: 220 }}>
              <DateField
                label="Дата проведения"
                value={value.dateFrom}
                onChange={(dateFrom) => onChange({ dateFrom })}
                error={errors['dateFrom']}
              />
            </div>
            <TimeField
              label="Время начала"
              value={value.timeFrom}
              onChange={(timeFrom) => onChange({ timeFrom })}
              error={errors['timeFrom']}
            />
            <TimeField
              label="Время окончания"
              value={value.timeTo}
              onChange={(timeTo) => onChange({ timeTo })}
              error={errors['timeTo']}
            />
          </Group>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
