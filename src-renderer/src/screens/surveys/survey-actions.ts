import { invoke } from '../../api/client';
import { confirmDelete } from '../../components/confirm-action';
import { closeOrConfirm } from '../../components/unsaved-changes';
import { quoted } from '@contract/quote';

/** How the surveys' screens ask before changes are lost: «Уйти без сохранения» or «Остаться». */
export const DISCARD = {
  unsaved: 'Изменения не сохранены. Уйти и потерять их?',
  unsavedLabels: { confirm: 'Уйти без сохранения', cancel: 'Остаться' },
};

/** Asks before unsaved changes are thrown away; `leave` runs when the user agrees (or at once when nothing changed). */
export function confirmDiscard(dirty: boolean, leave: () => void) {
  closeOrConfirm(dirty, leave, DISCARD.unsaved, DISCARD.unsavedLabels);
}

/** Asks, then deletes a survey with every result entered; its questionnaire (template) stays. */
export function confirmDeleteSurvey(survey: { id: number; title: string }, afterDelete: () => unknown) {
  confirmDelete(
    {
      title: 'Удалить анкетирование?',
      text: `${quoted(survey.title)} будет удалено вместе со всеми введёнными результатами. Анкета, по которой оно проводилось, останется. Отменить удаление нельзя.`,
      run: () => invoke('surveys:delete', { id: survey.id }),
      done: `Анкетирование ${quoted(survey.title)} удалено.`,
      failText: 'Не удалось удалить анкетирование.',
    },
    afterDelete,
  );
}

/** Asks, then deletes a questionnaire (template); surveys held with it keep their questions and results. */
export function confirmDeleteTemplate(
  template: { id: number; title: string; runsCount: number },
  afterDelete: () => unknown,
) {
  confirmDelete(
    {
      title: 'Удалить анкету?',
      text:
        template.runsCount > 0
          ? `Анкета ${quoted(template.title)} будет удалена. Проведённые по ней анкетирования (${template.runsCount}) сохранят свои вопросы и результаты.`
          : `Анкета ${quoted(template.title)} будет удалена.`,
      run: () => invoke('surveyTemplates:delete', { id: template.id }),
      done: `Анкета ${quoted(template.title)} удалена.`,
      failText: 'Не удалось удалить анкету.',
    },
    afterDelete,
  );
}

/** Asks, then deletes one questionnaire of a survey entered one by one. */
export function confirmDeleteResponse(response: { id: number; number: number }, afterDelete: () => unknown) {
  confirmDelete(
    {
      title: `Удалить анкету № ${response.number}?`,
      text: 'Ответы этой анкеты будут удалены, результаты и число анкет пересчитаются.',
      run: () => invoke('surveyResponses:delete', { id: response.id }),
      done: `Анкета № ${response.number} удалена.`,
      failText: 'Не удалось удалить анкету.',
    },
    afterDelete,
  );
}
