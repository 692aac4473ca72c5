import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconEye, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { ApiError } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { DocumentActions } from '../../components/documents/DocumentActions';
import { DocumentPreviewModal } from '../../components/documents/DocumentPreviewModal';
import { TemplateList } from '../../components/TemplateList';
import { QueryState } from '../../components/QueryState';
import { countOf } from '../../format';
import { QUESTION_FORMS } from './labels';
import { confirmDeleteTemplate, confirmDiscard } from './survey-actions';
import { TemplateEditor } from './TemplateEditor';
import { quoted } from '@contract/quote';

function TemplateDetail({
  id,
  onSaved,
  onDirtyChange,
  onDeleted,
}: {
  id: number;
  onSaved(id: number): void;
  onDirtyChange(dirty: boolean): void;
  onDeleted(): void;
}) {
  const queryClient = useQueryClient();
  const template = useApiQuery('surveyTemplates:get', { id });
  const duplicate = useApiMutation('surveyTemplates:duplicate');
  const [preview, setPreview] = useState(false);
  const request = { kind: 'surveyBlank' as const, templateId: id };

  const copy = async () => {
    try {
      const made = await duplicate.mutateAsync({ id });
      notifications.show({ color: 'teal', title: 'Скопировано', message: `Создана анкета ${quoted(made.title)}.` });
      onSaved(made.id);
    } catch (error) {
      notifications.show({
        color: 'red',
        message: error instanceof ApiError ? error.message : 'Не удалось скопировать.',
      });
    }
  };

  return (
    <QueryState query={template}>
      {(t) => (
        <Stack>
          <Paper withBorder p="sm">
            <Group justify="space-between">
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  Бланк анкеты:
                </Text>
                <Button
                  variant="default"
                  size="sm"
                  leftSection={<IconEye size={16} />}
                  onClick={() => setPreview(true)}
                >
                  Предпросмотр
                </Button>
                <DocumentActions request={request} />
              </Group>
              <Group gap="xs">
                <Button
                  variant="default"
                  size="sm"
                  leftSection={<IconCopy size={16} />}
                  onClick={() => void copy()}
                  loading={duplicate.isPending}
                >
                  Копировать
                </Button>
                {!t.builtIn && (
                  <Button
                    variant="default"
                    color="red"
                    size="sm"
                    leftSection={<IconTrash size={16} />}
                    onClick={() => confirmDeleteTemplate(t, () => (onDeleted(), queryClient.invalidateQueries()))}
                  >
                    Удалить
                  </Button>
                )}
              </Group>
            </Group>
            <Text size="xs" c="dimmed" mt={4}>
              Бланк печатается по сохранённой анкете: сохраните изменения, прежде чем печатать.
            </Text>
          </Paper>
          <TemplateEditor key={`${t.id}:${t.updatedAt}`} template={t} onSaved={onSaved} onDirtyChange={onDirtyChange} />
          <DocumentPreviewModal request={request} opened={preview} onClose={() => setPreview(false)} />
        </Stack>
      )}
    </QueryState>
  );
}

/** The questionnaires: the built-in one and the office's own, each edited here and printed as a blank. */
export function TemplatesPanel({ onDirtyChange: reportDirty }: { onDirtyChange(dirty: boolean): void }) {
  const templates = useApiQuery('surveyTemplates:list', {});
  const [selected, setSelected] = useState<number | 'new' | null>(null);
  const [dirty, setDirty] = useState(false);
  const onDirtyChange = useCallback(
    (value: boolean) => {
      setDirty(value);
      reportDirty(value);
    },
    [reportDirty],
  );
  const choose = (next: number | 'new') => confirmDiscard(dirty, () => (setDirty(false), setSelected(next)));

  return (
    <QueryState query={templates}>
      {(list) => (
        <TemplateList
          templates={list}
          describe={(t) => ({
            label: t.title,
            description: `${countOf(t.questionsCount, QUESTION_FORMS)}${t.runsCount > 0 ? `, проведено: ${t.runsCount}` : ''}`,
          })}
          selected={selected}
          onChoose={choose}
          newLabel="Новая анкета"
          span={4}
        >
          {(current) =>
            current === null ? (
              <TemplateEditor
                key="new"
                template={null}
                onSaved={(id) => setSelected(id)}
                onDirtyChange={onDirtyChange}
              />
            ) : (
              <TemplateDetail
                key={current.id}
                id={current.id}
                onSaved={(id) => setSelected(id)}
                onDirtyChange={onDirtyChange}
                onDeleted={() => setSelected(null)}
              />
            )
          }
        </TemplateList>
      )}
    </QueryState>
  );
}
