import { Button, Card, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { MAX_SURVEY_QUESTIONS, type SurveyTemplate } from '@contract/surveys';
import { invoke } from '../../api/client';
import { FormSaveButtons } from '../../components/FormSaveButtons';
import { RefusalAlert } from '../../components/record-dialog/RefusalAlert';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { QuestionEditor } from './QuestionEditor';
import { editorValuesOf, fieldsOf, moved, newQuestion, type EditorValues } from './template-form';
import { quoted } from '@contract/quote';

interface Props {
  /** null: a new questionnaire. */
  template: SurveyTemplate | null;
  onSaved(id: number): void;
  onDirtyChange(dirty: boolean): void;
}

/** A questionnaire's title, words to parents and questions; surveys already held keep their own copy. */
export function TemplateEditor({ template, onSaved, onDirtyChange }: Props) {
  const form = useForm<EditorValues>({ mode: 'controlled', initialValues: editorValuesOf(template) });
  const dialog = useRecordDialog({
    form,
    write: (values) =>
      template
        ? invoke('surveyTemplates:update', { id: template.id, fields: fieldsOf(values) })
        : invoke('surveyTemplates:create', { fields: fieldsOf(values) }),
    notice: (saved) => `Анкета ${quoted(saved.title)} сохранена.`,
    onSaved: (saved) => onSaved(saved.id),
    refusalFallback: 'Не удалось сохранить анкету.',
    noticeRefusal: false,
    onDirtyChange,
  });
  const values = form.values;
  const errors = form.errors as Record<string, string>;
  const setValues = (next: EditorValues) => form.setValues(next);
  const setQuestions = (questions: EditorValues['questions']) => setValues({ ...values, questions });

  const full = values.questions.length >= MAX_SURVEY_QUESTIONS;
  return (
    <Card withBorder padding="lg" component="form" onSubmit={dialog.submit} noValidate>
      <Stack>
        {template && template.runsCount > 0 && (
          <Text size="sm" c="dimmed">
            По этой анкете уже проводились анкетирования: изменения их не затронут, они сохранят свои вопросы.
          </Text>
        )}
        <TextInput
          label="Название анкеты"
          required
          value={values.title}
          onChange={(e) => setValues({ ...values, title: e.currentTarget.value })}
          error={errors['title']}
        />
        <Textarea
          label="Обращение к родителям"
          description="Печатается на бланке перед вопросами."
          autosize
          minRows={2}
          value={values.intro}
          onChange={(e) => setValues({ ...values, intro: e.currentTarget.value })}
          error={errors['intro']}
        />
        {errors['questions'] && (
          <Text size="sm" c="red">
            {errors['questions']}
          </Text>
        )}
        {values.questions.map((question, i) => (
          <QuestionEditor
            key={question.key}
            question={question}
            index={i}
            count={values.questions.length}
            errors={errors}
            onChange={(q) => setQuestions(values.questions.map((x, j) => (j === i ? q : x)))}
            onMove={(by) => setQuestions(moved(values.questions, i, by))}
            onRemove={() => setQuestions(values.questions.filter((_, j) => j !== i))}
          />
        ))}
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            disabled={full}
            onClick={() => setQuestions([...values.questions, newQuestion('choice')])}
          >
            Вопрос с вариантами ответа
          </Button>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            disabled={full}
            onClick={() => setQuestions([...values.questions, newQuestion('open')])}
          >
            Открытый вопрос
          </Button>
        </Group>
        <RefusalAlert dialog={dialog} />
        <FormSaveButtons dialog={dialog} label="Сохранить анкету" />
      </Stack>
    </Card>
  );
}
