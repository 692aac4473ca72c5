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
            <Textarea
              label="Выводы"
              description="Что удалось и что нет по итогам года; войдёт в справку"
              autosize
              minRows={6}
              maxRows={20}
              maxLength={20000}
              readOnly={readOnly}
              {...form.getInputProps('conclusions')}
            />
            <Textarea
              label="Задачи на следующий учебный год"
              autosize
              minRows={5}
              maxRows={20}
              maxLength={20000}
              readOnly={readOnly}
              {...form.getInputProps('nextTasks')}
            />
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
