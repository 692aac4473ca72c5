import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import type { Review } from '@contract/reviews';
import { invoke } from '../../api/client';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { DocumentActions } from '../../components/documents/DocumentActions';

interface Values {
  conclusions: string;
  nextTasks: string;
}

/** «Справка»: the office's conclusions and the tasks for next year, and the printed analytic report. */
export function TextsTab({ review }: { review: Review }) {
  const { year } = review;
  const readOnly = review.approval !== null;
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { conclusions: review.conclusions, nextTasks: review.nextTasks },
  });
  const { submit, saving, dirty } = useRecordDialog({
    form,
    write: (values) => invoke('reviews:saveTexts', { year, ...values }),
    notice: () => 'Выводы и задачи сохранены.',
    guard: !readOnly,
  });
  /** One of the report's texts: up to 20 000 characters, growing with what is typed. */
  const text = (field: keyof Values, label: string, minRows: number, description?: string) => (
    <Textarea
      label={label}
      description={description}
      autosize
      minRows={minRows}
      maxRows={20}
      maxLength={20000}
      readOnly={readOnly}
      {...form.getInputProps(field)}
    />
  );

  return (
    <Stack>
      <Paper withBorder p="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <div>
            <Title order={4}>Аналитическая справка за {year} учебный год</Title>
            <Text size="sm" c="dimmed" maw={620}>
              Показатели, таблицы по уровням и партнёрам, решения о сотрудничестве, выводы и задачи — одним документом
              для печати.
            </Text>
          </div>
          <DocumentActions request={{ kind: 'analyticReport', year }} />
        </Group>
      </Paper>
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate>
          <Stack>
            {readOnly && (
              <Text size="sm" c="orange.9">
                Справка утверждена: чтобы изменить выводы и задачи, откройте её для изменений.
              </Text>
            )}
            {text('conclusions', 'Выводы', 6, 'Что удалось и что нет по итогам года; войдёт в справку')}
            {text('nextTasks', 'Задачи на следующий учебный год', 5)}
            {!readOnly && (
              <Group justify="flex-end">
                <Button type="submit" leftSection={<IconDeviceFloppy size={18} />} loading={saving} disabled={!dirty}>
                  Сохранить
                </Button>
              </Group>
            )}
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
