import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { SchoolClass } from '@contract/clubs';
import { countOf } from '../../format';
import { PUPIL_FORMS } from './clubs-text';
import { RemoveRowButton } from '../../components/RemoveRowButton';
import { WholeNumberInput } from '../../components/WholeNumberInput';

/** A row as the form holds it: no class chosen yet, or a number not typed yet ('' from NumberInput). */
export interface AttendanceFormRow {
  className: string | null;
  pupils: number | string;
}

interface Props {
  classes: readonly SchoolClass[];
  value: AttendanceFormRow[];
  onChange(rows: AttendanceFormRow[]): void;
  errors: Record<string, string | undefined>;
}

/** Which classes attend the club and how many pupils of each, a class once. */
export function AttendanceFields({ classes, value, onChange, errors }: Props) {
  const enrolment = new Map(classes.map((c) => [c.name, c.pupils]));
  const update = (index: number, change: Partial<AttendanceFormRow>) =>
    onChange(value.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const total = value.reduce((sum, row) => sum + (typeof row.pupils === 'number' ? row.pupils : 0), 0);
  const free = classes.filter((c) => !value.some((row) => row.className === c.name));

  return (
    <Stack gap="xs" data-testid="attendance-fields">
      <Text fw={500} size="sm">
        Сколько обучающихся каких классов посещают кружок
      </Text>
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          Классы не указаны. Нажмите «Добавить класс».
        </Text>
      )}
      {value.map((row, i) => {
        const pupils = row.className ? enrolment.get(row.className) : undefined;
        const options = classes
          .filter((c) => c.name === row.className || !value.some((other) => other.className === c.name))
          .map((c) => ({ value: c.name, label: `${c.name} (в классе ${c.pupils})` }));
        return (
          <Group key={i} align="flex-start" wrap="nowrap" gap="sm" data-attendance-row={i}>
            <Select
              aria-label={`Класс ${i + 1}`}
              placeholder="Класс"
              w={200}
              data={options}
              value={row.className}
              onChange={(className) => update(i, { className })}
              error={errors[`attendance.${i}.className`]}
              searchable
              allowDeselect={false}
              nothingFoundMessage="Нет в списке классов года"
              comboboxProps={{ withinPortal: true }}
            />
            <WholeNumberInput
              aria-label={`Обучающихся ${row.className ?? `в строке ${i + 1}`}`}
              placeholder="Сколько"
              w={220}
              description={pupils !== undefined ? `не больше ${pupils}` : undefined}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              value={row.pupils}
              onChange={(pupils) => update(i, { pupils })}
              error={errors[`attendance.${i}.pupils`]}
            />
            <RemoveRowButton
              tip="Убрать класс"
              label={`Убрать класс ${row.className ?? i + 1}`}
              onClick={() => onChange(value.filter((_, n) => n !== i))}
            />
          </Group>
        );
      })}
      {errors['attendance'] && (
        <Text size="sm" c="red">
          {errors['attendance']}
        </Text>
      )}
      <Group justify="space-between">
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          disabled={free.length === 0}
          onClick={() =>
            onChange([...value, { className: free.length === 1 ? (free[0]?.name ?? null) : null, pupils: '' }])
          }
        >
          Добавить класс
        </Button>
        <Text size="sm" c="dimmed" data-testid="attendance-total">
          Всего: {countOf(total, PUPIL_FORMS)}
        </Text>
      </Group>
    </Stack>
  );
}
