import { Button, Group, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FORM_FORMS, type Survey, type SurveyResponse } from '@contract/surveys';
import { quoted } from '@contract/quote';
import { useApiQuery } from '../../api/queries';
import { QueryState } from '../../components/QueryState';
import { RowActions } from '../../components/RowActions';
import { EmptyList } from '../../components/EmptyList';
import { countOf } from '../../format';
import { ResponseDialog } from './ResponseDialog';
import { confirmDeleteResponse } from './survey-actions';

/** «1: Да · 2: — · 3: Частично · 10: «Больше экскурсий…»» */
function answersText(survey: Survey, response: SurveyResponse): string {
  const parts = survey.questions.map((q) => {
    const answer = response.answers.find((a) => a.questionId === q.id);
    if (!answer) return `${q.number}: —`;
    if (q.kind === 'open')
      return `${q.number}: ${quoted(answer.text.length > 40 ? `${answer.text.slice(0, 40)}…` : answer.text)}`;
    return `${q.number}: ${q.options.find((o) => o.id === answer.optionId)?.text ?? '—'}`;
  });
  return parts.join(' · ');
}

/** Respondent mode: the questionnaires entered, one per row, each opened to edit; a new one added at the top. */
export function ResponsesEntry({ survey }: { survey: Survey }) {
  const queryClient = useQueryClient();
  const responses = useApiQuery('surveyResponses:list', { surveyId: survey.id });
  const [editing, setEditing] = useState<SurveyResponse | 'new' | null>(null);

  return (
    <>
      <Group justify="space-between" mb="md">
        <Text size="sm" c="dimmed">
          Введите каждую анкету отдельно: вопрос можно оставить без ответа. Число анкет программа считает сама.
        </Text>
        <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing('new')}>
          Добавить анкету
        </Button>
      </Group>
      <QueryState query={responses}>
        {(list) =>
          list.length === 0 ? (
            <EmptyList>
              Анкет пока нет. Нажмите «Добавить анкету» и отметьте ответы родителей с бумажного бланка.
            </EmptyList>
          ) : (
            <>
              <Text size="sm" mb="xs" data-testid="responses-count">
                Введено: {countOf(list.length, FORM_FORMS)}
              </Text>
              <Table highlightOnHover verticalSpacing="xs" data-testid="responses-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={70}>№</Table.Th>
                    <Table.Th>Ответы (номер вопроса: ответ)</Table.Th>
                    <Table.Th w={90} />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((response) => (
                    <Table.Tr key={response.id} style={{ cursor: 'pointer' }} onClick={() => setEditing(response)}>
                      <Table.Td>{response.number}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{answersText(survey, response)}</Text>
                      </Table.Td>
                      <Table.Td onClick={(e) => e.stopPropagation()}>
                        <Group gap={0} justify="flex-end" wrap="nowrap">
                          <RowActions
                            tooltips
                            edit={{
                              label: `Изменить анкету № ${response.number}`,
                              onClick: () => setEditing(response),
                            }}
                            remove={{
                              label: `Удалить анкету № ${response.number}`,
                              onClick: () => confirmDeleteResponse(response, () => queryClient.invalidateQueries()),
                            }}
                          />
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          )
        }
      </QueryState>
      {editing && (
        <ResponseDialog
          key={editing === 'new' ? 'new' : editing.id}
          survey={survey}
          response={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
