import { Badge, Card, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { formatDate } from '@contract/dates';
import {
  formatIndex,
  formatIndexChange,
  SATISFACTION_BAND_LABELS,
  type EarlierRun,
  type QuestionResult,
  type Survey,
  responseText,
  type SurveyResults,
} from '@contract/surveys';
import { useApiQuery } from '../../api/queries';
import { QueryState } from '../../components/QueryState';
import { BAND_COLORS, IndexBadge } from './labels';

/** What an index comes from: «31 ответ, из них „да“ 22, …», the summary without the index it starts with. */
function countsOf(summary: string): string {
  const colon = summary.indexOf(': ');
  return colon < 0 ? summary : summary.slice(colon + 2);
}

function changeColor(change: number | null): string {
  if (change === null || Math.abs(change) < 0.005) return 'dimmed';
  return change > 0 ? 'teal.8' : 'red.8';
}

function Overall({ results }: { results: SurveyResults }) {
  const { overall } = results;
  return (
    <Card withBorder padding="lg" data-testid="overall-index">
      <Group align="flex-start" gap="xl">
        <div>
          <Text size="sm" c="dimmed">
            Индекс удовлетворённости
          </Text>
          <Group gap="sm" align="baseline">
            <Text fz={36} fw={700} c={overall.band ? `${BAND_COLORS[overall.band]}.8` : 'dimmed'}>
              {formatIndex(overall.index)}
            </Text>
            {overall.band && (
              <Badge size="lg" variant="light" tt="none" color={BAND_COLORS[overall.band]}>
                {SATISFACTION_BAND_LABELS[overall.band]}
              </Badge>
            )}
          </Group>
          <Text size="sm">{countsOf(overall.summary)}</Text>
        </div>
        <div>
          <Text size="sm" c="dimmed">
            Ответили
          </Text>
          <Text fw={600}>{responseText(results.respondents, results.families, results.responseRate)}</Text>
        </div>
      </Group>
      <Text size="xs" c="dimmed" mt="sm">
        Индекс — средний балл ответов (да — 1, частично — 0,5, нет — 0): до 0,40 — низкий, от 0,41 до 0,70 — средний,
        выше 0,70 — высокий. Общий индекс считается по всем ответам на вопросы с вариантами.
      </Text>
    </Card>
  );
}

function QuestionRow({ question }: { question: QuestionResult }) {
  return (
    <Table.Tr data-testid={`result-${question.number}`}>
      <Table.Td>{question.number}</Table.Td>
      <Table.Td>
        <Text size="sm">{question.text}</Text>
        {question.kind === 'open' && question.texts.length > 0 && (
          <List size="sm" mt={4} spacing={2}>
            {question.texts.map((text, i) => (
              <List.Item key={i}>{text}</List.Item>
            ))}
          </List>
        )}
      </Table.Td>
      <Table.Td>
        {question.kind === 'choice' ? (
          <Stack gap={4}>
            <IndexBadge index={question.index} band={question.band} />
            <Text size="xs">{countsOf(question.summary)}</Text>
          </Stack>
        ) : (
          <Text size="xs" c="dimmed">
            {question.summary}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function Comparison({ results, earlier }: { results: SurveyResults; earlier: EarlierRun[] }) {
  const choice = results.questions.filter((q) => q.kind === 'choice');
  const cell = (index: number | null, change: number | null) => (
    <>
      <Text size="sm">{formatIndex(index)}</Text>
      <Text size="xs" c={changeColor(change)}>
        изменение: {formatIndexChange(change)}
      </Text>
    </>
  );
  return (
    <Table withTableBorder verticalSpacing="xs" data-testid="comparison">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Вопрос</Table.Th>
          {earlier.map((run) => (
            <Table.Th key={run.surveyId} w={150}>
              {formatDate(run.conductedOn)}
              <Text size="xs" c="dimmed" fw={400}>
                {run.year} уч. год
              </Text>
            </Table.Th>
          ))}
          <Table.Th w={120}>Сейчас</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <Table.Tr>
          <Table.Td fw={600}>Общий индекс</Table.Td>
          {earlier.map((run) => (
            <Table.Td key={run.surveyId}>{cell(run.index, run.change)}</Table.Td>
          ))}
          <Table.Td fw={600}>{formatIndex(results.overall.index)}</Table.Td>
        </Table.Tr>
        {choice.map((q) => (
          <Table.Tr key={q.number}>
            <Table.Td>
              <Text size="sm" lineClamp={2}>
                {q.number}. {q.text}
              </Text>
            </Table.Td>
            {earlier.map((run) => {
              const then = run.questions.find((x) => x.number === q.number);
              return <Table.Td key={run.surveyId}>{cell(then?.index ?? null, then?.change ?? null)}</Table.Td>;
            })}
            <Table.Td>{formatIndex(q.index)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The results: overall index, each question with the counts its index comes from, and earlier surveys beside. */
export function ResultsView({ survey }: { survey: Survey }) {
  const results = useApiQuery('surveys:results', { id: survey.id });
  return (
    <QueryState query={results}>
      {(r) => (
        <Stack gap="lg">
          <Overall results={r} />
          <Table verticalSpacing="sm" data-testid="question-results">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>№</Table.Th>
                <Table.Th>Вопрос</Table.Th>
                <Table.Th w={380}>Индекс и ответы</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.questions.map((q) => (
                <QuestionRow key={q.number} question={q} />
              ))}
            </Table.Tbody>
          </Table>
          <div>
            <Title order={4} mb="xs">
              Сравнение с прошлыми анкетированиями
            </Title>
            {r.earlier.length === 0 ? (
              <Paper withBorder p="md">
                <Text size="sm" c="dimmed">
                  {survey.templateId === null
                    ? 'Анкета, по которой проводилось это анкетирование, удалена: сравнивать не с чем.'
                    : 'Это первое анкетирование по этой анкете: сравнивать пока не с чем. Вопросы сравниваются по номерам.'}
                </Text>
              </Paper>
            ) : (
              <>
                <Text size="xs" c="dimmed" mb="xs">
                  Прежние анкетирования по той же анкете; вопросы сопоставлены по номерам. Изменение — насколько индекс
                  сейчас выше (+) или ниже (−), чем тогда.
                </Text>
                <Comparison results={r} earlier={r.earlier} />
              </>
            )}
          </div>
        </Stack>
      )}
    </QueryState>
  );
}
