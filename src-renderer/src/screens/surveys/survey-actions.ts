import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { invoke } from '../../api/client';
import { noticeRefusal } from '../../components/notices';

/** Asks before unsaved changes are thrown away; `leave` runs when the user agrees (or at once when nothing changed). */
export function confirmDiscard(dirty: boolean, leave: () => void) {
  if (!dirty) {
    leave();
    return;
  }
  modals.openConfirmModal({
    title: 'Несохранённые изменения',
    children: 'Изменения не сохранены. Уйти и потерять их?',
    labels: { confirm: 'Уйти без сохранения', cancel: 'Остаться' },
    confirmProps: { color: 'red' },
    onConfirm: leave,
  });
}

/** Asks, then deletes a survey with every result entered; its questionnaire (template) stays. */
export function confirmDeleteSurvey(survey: { id: number; title: string }, afterDelete: () => unknown) {
  modals.openConfirmModal({
    title: 'Удалить анкетирование?',
    children: `«${survey.title}» будет удалено вместе со всеми введёнными результатами. Анкета, по которой оно проводилось, останется. Отменить удаление нельзя.`,
    labels: { confirm: 'Удалить', cancel: 'Отмена' },
    confirmProps: { color: 'red' },
    onConfirm: async () => {
      try {
        await invoke('surveys:delete', { id: survey.id });
        await afterDelete();
        notifications.show({ color: 'teal', message: `Анкетирование «${survey.title}» удалено.` });
      } catch (error) {
        noticeRefusal(error, 'Не удалено', 'Не удалось удалить анкетирование.');
      }
    },
  });
}

/** Asks, then deletes a questionnaire (template); surveys held with it keep their questions and results. */
export function confirmDeleteTemplate(
  template: { id: number; title: string; runsCount: number },
  afterDelete: () => unknown,
) {
  modals.openConfirmModal({
    title: 'Удалить анкету?',
    children:
      template.runsCount > 0
        ? `Анкета «${template.title}» будет удалена. Проведённые по ней анкетирования (${template.runsCount}) сохранят свои вопросы и результаты.`
        : `Анкета «${template.title}» будет удалена.`,
    labels: { confirm: 'Удалить', cancel: 'Отмена' },
    confirmProps: { color: 'red' },
    onConfirm: async () => {
      try {
        await invoke('surveyTemplates:delete', { id: template.id });
        await afterDelete();
        notifications.show({ color: 'teal', message: `Анкета «${template.title}» удалена.` });
      } catch (error) {
        noticeRefusal(error, 'Не удалено', 'Не удалось удалить анкету.');
      }
    },
  });
}

/** Asks, then deletes one questionnaire of a survey entered one by one. */
export function confirmDeleteResponse(response: { id: number; number: number }, afterDelete: () => unknown) {
  modals.openConfirmModal({
    title: `Удалить анкету № ${response.number}?`,
    children: 'Ответы этой анкеты будут удалены, результаты и число анкет пересчитаются.',
    labels: { confirm: 'Удалить', cancel: 'Отмена' },
    confirmProps: { color: 'red' },
    onConfirm: async () => {
      try {
        await invoke('surveyResponses:delete', { id: response.id });
        await afterDelete();
        notifications.show({ color: 'teal', message: `Анкета № ${response.number} удалена.` });
      } catch (error) {
        noticeRefusal(error, 'Не удалено', 'Не удалось удалить анкету.');
      }
    },
  });
}
