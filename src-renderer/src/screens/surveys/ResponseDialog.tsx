import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Survey, SurveyAnswer, SurveyResponse } from '@contract/surveys';
import { useApiMutation } from '../../api/queries';
import { noticeRefusal } from '../../components/notices';
import { useUnsavedChangesGuard } from '../../components/unsaved-changes';
import { confirmDiscard } from './survey-actions';

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
  const create = useApiMutation('surveyResponses:create');
  const update = useApiMutation('surveyResponses:update');
  const blank = answersOf(survey, response);
  const [initial, setInitial] = useState<Answers>(blank);
  const [answers, setAnswers] = useState<Answers>(blank);
  const dirty = JSON.stringify(answers) !== JSON.stringify(initial);
  const saving = create.isPending || update.isPending;
  useUnsavedChangesGuard(dirty && !saving);

  const save = async (next: boolean) => {
    try {
      const input = toAnswers(survey, answers);
      const saved = response
        ? await update.mutateAsync({ id: response.id, answers: input })
        : await create.mutateAsync({ surveyId: survey.id, answers: input });
      notifications.show({ color: 'teal', title: 'Сохранено', message: `Анкета № ${saved.number} сохранена.` });
      if (next) {
        const empty = answersOf(survey, null);
        setInitial(empty);
        setAnswers(empty);
      } else {
        setInitial(answers);
        onClose();
      }
    } catch (error) {
      noticeRefusal(error);
    }
  };

  const close = () => confirmDiscard(dirty, onClose);
  return (
    <Modal
      opened
      onClose={close}
      title={response ? `Анкета № ${response.number}` : 'Новая анкета'}
      size={760}
      closeOnClickOutside={false}
    >
      <Stack gap="md">
        {survey.questions.map((q) =>
          q.kind === 'open' ? (
            <Textarea
              key={q.id}
              label={`${q.number}. ${q.text}`}
              autosize
              minRows={2}
              maxLength={2000}
              value={answers[q.id] ?? ''}
              onChange={(e) => setAnswers({ ...answers, [q.id]: e.currentTarget.value })}
            />
          ) : (
            <Radio.Group
              key={q.id}
              label={`${q.number}. ${q.text}`}
              value={answers[q.id] ?? ''}
              onChange={(value) => setAnswers({ ...answers, [q.id]: value })}
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
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Отмена
          </Button>
          {!response && (
            <Button variant="light" loading={saving} onClick={() => void save(true)}>
              Сохранить и ввести следующую
            </Button>
          )}
          <Button loading={saving} onClick={() => void save(false)}>
            Сохранить
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
