import { Button, Card, Group, Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { FORM_FORMS, type Survey, type SurveyQuestion } from '@contract/surveys';
import { invoke } from '../../api/client';
import { RefusalAlert } from '../../components/record-dialog/RefusalAlert';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { countOf } from '../../format';
import { WholeNumberInput } from '../../components/WholeNumberInput';

/** What the office typed: NumberInput yields '' while a number is retyped; an empty count is 0. */
type Typed = number | string;

interface Values {
  respondents: Typed;
  counts: Record<number, Typed>;
}

const ANSWER_FORMS = ['ответ', 'ответа', 'ответов'] as const;
const numeric = (value: Typed) => (typeof value === 'number' ? value : 0);

function valuesOf(survey: Survey): Values {
  return {
    respondents: survey.respondents,
    counts: Object.fromEntries(survey.questions.flatMap((q) => q.options.map((o) => [o.id, o.tally]))),
  };
}

function QuestionTally({
  question,
  values,
  respondents,
  onChange,
}: {
  question: SurveyQuestion;
  values: Values;
  respondents: number | null;
  onChange(optionId: number, value: Typed): void;
}) {
  const sum = question.options.reduce((s, o) => s + numeric(values.counts[o.id] ?? 0), 0);
  const over = respondents !== null && sum > respondents;
  return (
    <Card withBorder padding="sm" data-testid={`tally-${question.number}`}>
      <Text fw={600} size="sm" mb="xs">
        {question.number}. {question.text}
      </Text>
      <Table verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Вариант ответа</Table.Th>
            <Table.Th w={60}>Балл</Table.Th>
            <Table.Th w={120}>Отмечено</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {question.options.map((option) => (
            <Table.Tr key={option.id}>
              <Table.Td>{option.text}</Table.Td>
              <Table.Td>{String(option.score).replace('.', ',')}</Table.Td>
              <Table.Td>
                <WholeNumberInput
                  aria-label={`Вопрос ${question.number}: ${option.text}`}
                  size="xs"
                  hideControls
                  value={values.counts[option.id] ?? ''}
                  onChange={(value) => onChange(option.id, value)}
                  error={over}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" mt="xs" c={over ? 'red' : 'dimmed'} fw={over ? 600 : undefined} data-testid="tally-sum">
        {over
          ? `Ответов ${sum} — больше, чем анкет (${respondents ?? 0})`
          : respondents === null
            ? `Всего ${countOf(sum, ANSWER_FORMS)}`
            : `Всего ${countOf(sum, ANSWER_FORMS)}; без ответа ${countOf(respondents - sum, FORM_FORMS)}`}
      </Text>
    </Card>
  );
}

interface Props {
  survey: Survey;
  onDirtyChange(dirty: boolean): void;
  onSaved(): void;
}

/** Tally mode: how many forms came back, and how many times each option was ticked, question by question. */
export function TallyEntry({ survey, onDirtyChange, onSaved }: Props) {
  const form = useForm<Values>({ mode: 'controlled', initialValues: valuesOf(survey) });
  const dialog = useRecordDialog({
    form,
    check: (values): Record<string, string> =>
      typeof values.respondents === 'number' ? {} : { respondents: 'Укажите, сколько анкет вернулось' },
    write: (values) =>
      invoke('surveys:saveTally', {
        id: survey.id,
        respondents: numeric(values.respondents),
        tallies: Object.entries(values.counts).map(([optionId, count]) => ({
          optionId: Number(optionId),
          count: numeric(count),
        })),
      }),
    notice: () => 'Результаты анкетирования сохранены.',
    onSaved: (result) => {
      const next = valuesOf(result);
      form.setInitialValues(next);
      form.setValues(next);
      onSaved();
    },
    refusalFallback: 'Не удалось сохранить результаты.',
    onDirtyChange,
  });
  const values = form.values;
  const respondents = typeof values.respondents === 'number' ? values.respondents : null;
  const choice = survey.questions.filter((q) => q.kind === 'choice');
  const open = survey.questions.filter((q) => q.kind === 'open');

  const saveButton = (
    <Button leftSection={<IconDeviceFloppy size={18} />} onClick={() => dialog.submit()} loading={dialog.saving}>
      Сохранить результаты
    </Button>
  );
  return (
    <>
      <Paper withBorder p="md" mb="md">
        <Group align="flex-end" justify="space-between">
          <WholeNumberInput
            label="Анкет вернулось"
            required
            description={survey.families > 0 ? `Семей: ${survey.families}` : 'Число семей не указано'}
            w={260}
            {...form.getInputProps('respondents')}
          />
          {saveButton}
        </Group>
        <RefusalAlert dialog={dialog} mt="md" data-testid="tally-refusal" />
      </Paper>
      {choice.length === 0 ? (
        <Text c="dimmed">В анкете нет вопросов с вариантами ответа: подсчитывать нечего.</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          {choice.map((question) => (
            <QuestionTally
              key={question.id}
              question={question}
              values={values}
              respondents={respondents}
              onChange={(optionId, value) => form.setFieldValue(`counts.${optionId}`, value)}
            />
          ))}
        </SimpleGrid>
      )}
      {open.length > 0 && (
        <Text size="sm" c="dimmed" mt="md">
          Открытые вопросы ({open.map((q) => q.number).join(', ')}) при подсчёте не вводятся: ответы родителей
          прочитайте по анкетам.
        </Text>
      )}
      <Group justify="flex-end" mt="md">
        {saveButton}
      </Group>
    </>
  );
}
