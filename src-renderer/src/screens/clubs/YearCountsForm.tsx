import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import type { ClassesOfYear } from '@contract/clubs';
import { useApiMutation } from '../../api/queries';
import { noticeRefusal } from '../../components/notices';

type Value = number | string;
const asCount = (value: Value): number | null => (typeof value === 'number' ? value : null);

/**
 * The year's number of families and of teachers, entered once for the year: the review counts parents' coverage
 * out of the families and professional development out of all the teachers, not only those in the staff list.
 * Its fields start from the stored figures: the caller keys it by them, so a save or another year starts afresh.
 */
export function YearCountsForm({ data }: { data: ClassesOfYear }) {
  const save = useApiMutation('classes:saveCounts');
  const [families, setFamilies] = useState<Value>(data.families ?? '');
  const [teachers, setTeachers] = useState<Value>(data.teachers ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const dirty = asCount(families) !== data.families || asCount(teachers) !== data.teachers;

  const submit = async () => {
    try {
      await save.mutateAsync({ year: data.year, counts: { families: asCount(families), teachers: asCount(teachers) } });
      setErrors({});
      notifications.show({
        color: 'teal',
        title: 'Сохранено',
        message: `Сведения ${data.year} учебного года сохранены.`,
      });
    } catch (error) {
      setErrors(noticeRefusal(error));
    }
  };

  return (
    <Stack gap={6} data-testid="year-counts">
      <Text fw={600} size="sm">
        Семьи и педагоги в {data.year} учебном году
      </Text>
      <Group align="flex-end" gap="sm">
        <NumberInput
          label="Число семей обучающихся"
          description="для охвата родителей и анкетирования"
          placeholder="не указано"
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          w={230}
          value={families}
          onChange={setFamilies}
          error={errors['counts.families']}
        />
        <NumberInput
          label="Число педагогов школы"
          description="все педагоги, не только из списка"
          placeholder="не указано"
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          w={230}
          value={teachers}
          onChange={setTeachers}
          error={errors['counts.teachers']}
        />
        <Button
          variant="light"
          leftSection={<IconDeviceFloppy size={16} />}
          disabled={!dirty}
          loading={save.isPending}
          onClick={() => void submit()}
        >
          Сохранить
        </Button>
      </Group>
    </Stack>
  );
}
