import {
  ActionIcon,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import {
  MAX_SURVEY_OPTIONS,
  SURVEY_QUESTION_KINDS,
  SURVEY_QUESTION_KIND_LABELS,
  type SurveyQuestionKind,
} from '@contract/surveys';
import { newQuestion, nextKey, type EditorQuestion } from './template-form';

interface Props {
  question: EditorQuestion;
  index: number;
  count: number;
  errors: Record<string, string>;
  onChange(question: EditorQuestion): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}

/** One question of a questionnaire: its text, its kind, and for a choice its options with their scores. */
export function QuestionEditor({ question, index, count, errors, onChange, onMove, onRemove }: Props) {
  const number = index + 1;
  const path = `questions.${index}`;
  const setKind = (kind: SurveyQuestionKind) =>
    onChange({ ...question, kind, options: kind === 'choice' ? newQuestion('choice').options : [] });
  const setOption = (i: number, change: Partial<EditorQuestion['options'][number]>) =>
    onChange({ ...question, options: question.options.map((o, j) => (j === i ? { ...o, ...change } : o)) });

  return (
    <Card withBorder padding="sm" data-testid={`question-${number}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600}>Вопрос {number}</Text>
          <Group gap={4} wrap="nowrap">
            <Select
              aria-label={`Вид вопроса ${number}`}
              size="xs"
              w={270}
              data={SURVEY_QUESTION_KINDS.map((k) => ({ value: k, label: SURVEY_QUESTION_KIND_LABELS[k] }))}
              value={question.kind}
              onChange={(value) => value && setKind(value as SurveyQuestionKind)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
            <Tooltip label="Выше">
              <ActionIcon
                variant="subtle"
                aria-label={`Переместить вопрос ${number} выше`}
                disabled={index === 0}
                onClick={() => onMove(-1)}
              >
                <IconArrowUp size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Ниже">
              <ActionIcon
                variant="subtle"
                aria-label={`Переместить вопрос ${number} ниже`}
                disabled={index === count - 1}
                onClick={() => onMove(1)}
              >
                <IconArrowDown size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Удалить вопрос">
              <ActionIcon variant="subtle" color="red" aria-label={`Удалить вопрос ${number}`} onClick={onRemove}>
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        <Textarea
          aria-label={`Текст вопроса ${number}`}
          placeholder="Текст вопроса"
          autosize
          minRows={1}
          value={question.text}
          onChange={(e) => onChange({ ...question, text: e.currentTarget.value })}
          error={errors[`${path}.text`]}
        />
        {question.kind === 'choice' && (
          <Stack gap={6} pl="md">
            {question.options.map((option, i) => (
              <Group key={option.key} gap="xs" wrap="nowrap" align="flex-start">
                <TextInput
                  aria-label={`Вопрос ${number}, вариант ${i + 1}`}
                  placeholder="Вариант ответа"
                  style={{ flex: 1 }}
                  value={option.text}
                  onChange={(e) => setOption(i, { text: e.currentTarget.value })}
                  error={errors[`${path}.options.${i}.text`]}
                />
                <NumberInput
                  aria-label={`Вопрос ${number}, балл варианта ${i + 1}`}
                  leftSection={<Text size="xs">балл</Text>}
                  leftSectionWidth={42}
                  w={130}
                  min={0}
                  max={1}
                  step={0.1}
                  decimalScale={2}
                  decimalSeparator=","
                  allowNegative={false}
                  clampBehavior="none"
                  value={option.score}
                  onChange={(value) => setOption(i, { score: value })}
                  error={errors[`${path}.options.${i}.score`]}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  mt={6}
                  aria-label={`Удалить вариант ${i + 1} вопроса ${number}`}
                  onClick={() => onChange({ ...question, options: question.options.filter((_, j) => j !== i) })}
                >
                  <IconX size={16} />
                </ActionIcon>
              </Group>
            ))}
            {errors[`${path}.options`] && (
              <Text size="xs" c="red">
                {errors[`${path}.options`]}
              </Text>
            )}
            <Group>
              <Button
                variant="subtle"
                size="compact-sm"
                leftSection={<IconPlus size={14} />}
                disabled={question.options.length >= MAX_SURVEY_OPTIONS}
                onClick={() =>
                  onChange({ ...question, options: [...question.options, { key: nextKey(), text: '', score: 0 }] })
                }
              >
                Добавить вариант
              </Button>
              <Text size="xs" c="dimmed">
                Балл от 0 до 1: полностью положительный ответ — 1, отрицательный — 0.
              </Text>
            </Group>
          </Stack>
        )}
        {question.kind === 'open' && (
          <Text size="xs" c="dimmed" pl="md">
            На бланке под вопросом — строки, чтобы ответить своими словами. В индекс удовлетворённости не входит.
          </Text>
        )}
      </Stack>
    </Card>
  );
}
