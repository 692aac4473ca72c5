import { Button, Group, Radio, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef } from 'react';
import type { Survey, SurveyAnswer, SurveyResponse } from '@contract/surveys';
import { invoke } from '../../api/client';
import { RecordModal } from '../../components/record-dialog/RecordModal';
import { useRecordDialog } from '../../components/record-dialog/useRecordDialog';
import { DISCARD } from './survey-actions';

/** Per question: the option chosen ('' — no answer) or the text written. */
type Answers = Record<number, string>;

function answersOf(survey: Survey, response: SurveyResponse | null): Answers {
  return Object.fromEntries(
    survey.questions.map((q) => {
      const answer = response?.answers.find((a) => a.questionId === q.id);
      return [q.id, q.kind === 'open' ? (answer?.text ?? '') : answer?.optionId ? String(answer.optionId) : ''];
    }),
  );
}

function toAnswers(survey: Survey, answers: Answers): SurveyAnswer[] {
  return survey.questions.map((q) => {
    const value = answers[q.id] ?? '';
    return q.kind === 'open'
      ? { questionId: q.id, optionId: null, text: value }
      : { questionId: q.id, optionId: value === '' ? null : Number(value), text: '' };
  });
}

interface Props {
  survey: Survey;
  /** null: a new questionnaire. */
  response: SurveyResponse | null;
  onClose(): void;
}

/** One paper questionnaire: an option per question (or none), a text for each open question. */
export function ResponseDialog({ survey, response, onClose }: Props) {
  const form = useForm<Answers>({ mode: 'controlled', initialValues: answersOf(survey, response) });
  /** Whether the office saves to type the next questionnaire, the dialog staying open with blank answers. */
  const next = useRef(false);
  const dialog = useRecordDialog({
    form,
    write: (answers) =>
      response
        ? invoke('surveyResponses:update', { id: response.id, answers: toAnswers(survey, answers) })
        : invoke('surveyResponses:create', { surveyId: survey.id, answers: toAnswers(survey, answers) }),
    notice: (saved) => `Анкета № ${saved.number} сохранена.`,
    onSaved: () => {
      // Once: Ctrl+Enter afterwards saves and closes, as «Сохранить» does.
      const andNext = next.current;
      next.current = false;
      if (!andNext) return onClose();
      const empty = answersOf(survey, null);
      form.setInitialValues(empty);
      form.setValues(empty);
    },
    onClose,
    ...DISCARD,
  });
  const saveAndNext = () => {
    next.current = true;
    dialog.submit();
  };
  const answers = form.values;
  const saving = dialog.saving;

  return (
    <RecordModal
      dialog={dialog}
      title={response ? `Анкета № ${response.number}` : 'Новая анкета'}
      size={760}
      footer={
        <Group justify="flex-end">
          <Button variant="default" onClick={dialog.close}>
            Отмена
          </Button>
          {!response && (
            <Button variant="light" loading={saving} onClick={saveAndNext}>
              Сохранить и ввести следующую
            </Button>
          )}
          <Button type="submit" loading={saving}>
            Сохранить
          </Button>
        </Group>
      }
    >
      {survey.questions.map((q) =>
        q.kind === 'open' ? (
          <Textarea
            key={q.id}
            label={`${q.number}. ${q.text}`}
            autosize
            minRows={2}
            maxLength={2000}
            value={answers[q.id] ?? ''}
            onChange={(e) => form.setValues({ [q.id]: e.currentTarget.value })}
          />
        ) : (
          <Radio.Group
            key={q.id}
            label={`${q.number}. ${q.text}`}
            value={answers[q.id] ?? ''}
            onChange={(value) => form.setValues({ [q.id]: value })}
          >
            <Group gap="lg" mt={6}>
              {q.options.map((o) => (
                <Radio key={o.id} value={String(o.id)} label={o.text} />
              ))}
              <Radio
                value=""
                label={
                  <Text c="dimmed" size="sm">
                    Без ответа
                  </Text>
                }
              />
            </Group>
          </Radio.Group>
        ),
      )}
    </RecordModal>
  );
}
