import { Alert, Button, Card, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDeviceFloppy, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { MAX_SURVEY_QUESTIONS, type SurveyTemplate } from '@contract/surveys';
import { ApiError } from '../../api/client';
import { useApiMutation } from '../../api/queries';
import { fieldErrorsOf } from '../../components/notices';
import { useUnsavedChangesGuard } from '../../components/unsaved-changes';
import { QuestionEditor } from './QuestionEditor';
import { editorValuesOf, fieldsOf, moved, newQuestion, type EditorValues } from './template-form';

interface Props {
  /** null: a new questionnaire. */
  template: SurveyTemplate | null;
  onSaved(id: number): void;
  onDirtyChange(dirty: boolean): void;
}

/** A questionnaire's title, words to parents and questions; surveys already held keep their own copy. */
export function TemplateEditor({ template, onSaved, onDirtyChange }: Props) {
  const create = useApiMutation('surveyTemplates:create');
  const update = useApiMutation('surveyTemplates:update');
  const [initial, setInitial] = useState<EditorValues>(() => editorValuesOf(template));
  const [values, setValues] = useState<EditorValues>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const saving = create.isPending || update.isPending;
  const dirty = JSON.stringify(fieldsOf(values)) !== JSON.stringify(fieldsOf(initial));
  useUnsavedChangesGuard(dirty && !saving);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  const setQuestions = (questions: EditorValues['questions']) => setValues({ ...values, questions });
  const save = async () => {
    try {
      const fields = fieldsOf(values);
      const saved = template
        ? await update.mutateAsync({ id: template.id, fields })
        : await create.mutateAsync({ fields });
      setErrors({});
      setMessage(null);
      setInitial(values);
      notifications.show({ color: 'teal', title: 'Сохранено', message: `Анкета «${saved.title}» сохранена.` });
      onSaved(saved.id);
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setMessage(error instanceof ApiError ? error.message : 'Не удалось сохранить анкету.');
    }
  };

  const full = values.questions.length >= MAX_SURVEY_QUESTIONS;
  return (
    <Card withBorder padding="lg">
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
        {message && (
          <Alert color="red" icon={<IconAlertTriangle />} role="alert">
            {message}
          </Alert>
        )}
        <Group>
          <Button leftSection={<IconDeviceFloppy size={18} />} onClick={() => void save()} loading={saving}>
            Сохранить анкету
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
