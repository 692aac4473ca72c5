import { Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import type { ClassesOfYear } from '@contract/clubs';
import { invoke } from '../../api/client';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { WholeNumberInput } from '../../components/WholeNumberInput';

type Value = number | string;
const asCount = (value: Value): number | null => (typeof value === 'number' ? value : null);

/** The two counts, each a whole number or nothing: one field's label and what it is counted for. */
const FIELDS = [
  { name: 'families', label: 'Число семей обучающихся', description: 'для охвата родителей и анкетирования' },
  { name: 'teachers', label: 'Число педагогов школы', description: 'все педагоги, не только из списка' },
] as const;

/**
 * The year's number of families and of teachers, entered once for the year: the review counts parents' coverage
 * out of the families and professional development out of all the teachers, not only those in the staff list.
 * Its fields start from the stored figures: the caller keys it by them, so a save or another year starts afresh.
 */
export function YearCountsForm({ data }: { data: ClassesOfYear }) {
  const form = useForm<{ counts: Record<'families' | 'teachers', Value> }>({
    mode: 'controlled',
    initialValues: { counts: { families: data.families ?? '', teachers: data.teachers ?? '' } },
  });
  const dialog = useRecordDialog({
    form,
    guard: false,
    write: ({ counts }) =>
      invoke('classes:saveCounts', {
        year: data.year,
        counts: { families: asCount(counts.families), teachers: asCount(counts.teachers) },
      }),
    notice: () => `Сведения ${data.year} учебного года сохранены.`,
    onSaved: () => form.clearErrors(),
  });
  const { counts } = form.values;
  const dirty = asCount(counts.families) !== data.families || asCount(counts.teachers) !== data.teachers;

  return (
    <Stack gap={6} data-testid="year-counts">
      <Text fw={600} size="sm">
        Семьи и педагоги в {data.year} учебном году
      </Text>
      <Group align="flex-end" gap="sm">
        {FIELDS.map((field) => (
          <WholeNumberInput
            key={field.name}
            label={field.label}
            description={field.description}
            placeholder="не указано"
            w={230}
            {...form.getInputProps(`counts.${field.name}`)}
          />
        ))}
        <Button
          variant="light"
          leftSection={<IconDeviceFloppy size={16} />}
          disabled={!dirty}
          loading={dialog.saving}
          onClick={() => dialog.submit()}
        >
          Сохранить
        </Button>
      </Group>
    </Stack>
  );
}
