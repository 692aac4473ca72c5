import { Button, Chip, Group, Radio, Select, Stack, Text } from '@mantine/core';
import { DateField } from '../../components/DateField';
import { defaultUntil, monthlyWeekdayText, weekdayCode, WEEKDAYS, WEEKDAY_LABELS, type Recurrence } from './recurrence';

interface Props {
  value: Recurrence;
  onChange(value: Recurrence): void;
  /** The event's start: the rule counts from it. */
  start: string;
  error?: string | undefined;
  disabled?: boolean;
}

const KINDS = [
  { value: 'none', label: 'Не повторяется' },
  { value: 'weekly', label: 'Каждую неделю' },
  { value: 'monthly', label: 'Каждый месяц' },
];

/** How an event repeats: weekly on chosen weekdays or monthly, until a date; turned into an RRULE on save. */
export function RecurrenceFields({ value, onChange, start, error, disabled }: Props) {
  if (value.kind === 'custom') {
    return (
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          Повтор
        </Text>
        <Group gap="sm">
          <Text size="sm" c="dimmed">
            По правилу {value.rule}
          </Text>
          <Button size="compact-sm" variant="default" onClick={() => onChange({ kind: 'none' })} disabled={disabled}>
            Не повторять
          </Button>
        </Group>
        {error && (
          <Text size="xs" c="red">
            {error}
          </Text>
        )}
      </Stack>
    );
  }

  const until = value.kind === 'none' ? null : value.until;
  const choose = (kind: string | null) => {
    const fallbackUntil = until ?? (start ? defaultUntil(start) : null);
    if (kind === 'weekly') onChange({ kind, weekdays: start ? [weekdayCode(start)] : [], until: fallbackUntil });
    else if (kind === 'monthly') onChange({ kind, by: 'day', until: fallbackUntil });
    else onChange({ kind: 'none' });
  };

  return (
    <Stack gap="xs">
      <Group align="flex-start" grow>
        <Select
          label="Повтор"
          data={KINDS}
          value={value.kind}
          onChange={choose}
          allowDeselect={false}
          error={error}
          disabled={disabled}
          comboboxProps={{ withinPortal: true }}
        />
        {value.kind !== 'none' ? (
          <DateField
            label="Повторять до"
            value={until}
            onChange={(d) => onChange({ ...value, until: d })}
            disabled={disabled}
          />
        ) : (
          <div />
        )}
      </Group>
      {value.kind === 'weekly' && (
        <Chip.Group
          multiple
          value={value.weekdays}
          onChange={(days) => onChange({ ...value, weekdays: WEEKDAYS.filter((d) => days.includes(d)) })}
        >
          <Group gap={6} aria-label="Дни недели" role="group">
            {WEEKDAYS.map((d) => (
              <Chip key={d} value={d} size="sm" disabled={disabled}>
                {WEEKDAY_LABELS[d]}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      )}
      {value.kind === 'monthly' && start && (
        <Radio.Group value={value.by} onChange={(by) => onChange({ ...value, by: by as 'day' | 'weekday' })}>
          <Group gap="lg">
            <Radio value="day" label={`${Number(start.slice(8, 10))}-го числа`} disabled={disabled} />
            <Radio value="weekday" label={monthlyWeekdayText(start)} disabled={disabled} />
          </Group>
        </Radio.Group>
      )}
    </Stack>
  );
}
