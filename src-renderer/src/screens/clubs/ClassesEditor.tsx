import { Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { ClassesOfYear } from '@contract/clubs';
import { invoke } from '../../api/client';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { RemoveRowButton } from '../../components/RemoveRowButton';
import { countOf } from '../../format';
import { CLUB_FORMS } from './clubs-text';
import { WholeNumberInput } from '../../components/WholeNumberInput';

/** A class as the form holds it: NumberInput yields '' for an empty field. */
interface ClassRow {
  name: string;
  pupils: number | string;
}

/** What the form can say before asking the store: a class or its number left empty. */
function rowErrors(rows: ClassRow[]): Record<string, string> {
  const errors: Record<string, string> = {};
  rows.forEach((row, i) => {
    if (!row.name.trim()) errors[`classes.${i}.name`] = 'Укажите класс, например 5А';
    if (row.pupils === '') errors[`classes.${i}.pupils`] = 'Укажите численность';
  });
  return errors;
}

interface Props {
  data: ClassesOfYear;
  onDone(): void;
}

/** The year's classes and their enrolment, edited as one table and saved at once. */
export function ClassesEditor({ data, onDone }: Props) {
  const initial: ClassRow[] =
    data.classes.length > 0
      ? data.classes.map((c) => ({ name: c.name, pupils: c.pupils }))
      : [{ name: '', pupils: '' }];
  const form = useForm<{ classes: ClassRow[] }>({ mode: 'controlled', initialValues: { classes: initial } });
  const [focused, setFocused] = useState<number | null>(data.classes.length > 0 ? null : 0);
  const errors = form.errors as Record<string, string | undefined>;
  const used = new Map(data.classes.filter((c) => c.clubsCount > 0).map((c) => [c.name, c]));

  const {
    submit,
    close: cancel,
    saving,
  } = useRecordDialog({
    form,
    check: (values) => rowErrors(values.classes),
    write: (values) =>
      invoke('classes:save', {
        year: data.year,
        classes: values.classes.map((c) => ({ name: c.name.trim(), pupils: Number(c.pupils) })),
      }),
    notice: () => `Классы ${data.year} учебного года сохранены.`,
    onClose: onDone,
    unsaved: 'Изменения в списке классов не сохранены. Отменить их?',
    unsavedLabels: { confirm: 'Отменить изменения' },
  });

  const add = () => {
    form.insertListItem('classes', { name: '', pupils: '' });
    setFocused(form.values.classes.length);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Table withRowBorders={false} verticalSpacing={4} data-testid="classes-editor">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={140}>Класс</Table.Th>
              <Table.Th w={160}>Обучающихся</Table.Th>
              <Table.Th>Посещают кружки</Table.Th>
              <Table.Th w={48} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {form.values.classes.map((row, i) => {
              const use = used.get(row.name.trim());
              return (
                <Table.Tr key={i} style={{ verticalAlign: 'top' }}>
                  <Table.Td>
                    <TextInput
                      aria-label={`Класс ${i + 1}`}
                      placeholder="5А"
                      maxLength={3}
                      autoFocus={focused === i}
                      value={row.name}
                      onChange={(event) =>
                        form.setFieldValue(`classes.${i}.name`, event.currentTarget.value.toUpperCase())
                      }
                      error={errors[`classes.${i}.name`]}
                    />
                  </Table.Td>
                  <Table.Td>
                    <WholeNumberInput
                      aria-label={`Обучающихся в классе ${row.name.trim() || i + 1}`}
                      {...form.getInputProps(`classes.${i}.pupils`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" pt={6}>
                      {use ? `до ${use.clubPupils} обуч. (${countOf(use.clubsCount, CLUB_FORMS)})` : '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <RemoveRowButton
                      tip={use ? 'Класс записан в кружки: сначала уберите его из кружков' : 'Удалить класс'}
                      label={`Удалить класс ${row.name.trim() || i + 1}`}
                      disabled={Boolean(use)}
                      onClick={() => form.removeListItem('classes', i)}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {errors['classes'] && (
          <Text size="sm" c="red">
            {errors['classes']}
          </Text>
        )}
        <Group>
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={add}>
            Добавить класс
          </Button>
          <Button type="submit" leftSection={<IconDeviceFloppy size={18} />} loading={saving}>
            Сохранить классы
          </Button>
          <Button variant="default" onClick={cancel} disabled={saving}>
            Отмена
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
