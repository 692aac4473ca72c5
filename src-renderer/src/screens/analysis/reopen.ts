import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { invoke } from '../../api/client';
import { noticeRefusal } from '../../components/notices';

/** Asks, then makes an approved review a draft again: its figures are recounted from today's data. */
export function confirmReopen(year: string, afterReopen: () => unknown) {
  modals.openConfirmModal({
    title: 'Открыть справку для изменений?',
    children:
      `Аналитическая справка за ${year} учебный год снова станет черновиком: цифры пересчитаются по текущим данным, ` +
      'цели, решения и тексты можно будет изменить. Потом справку можно утвердить заново.',
    labels: { confirm: 'Открыть для изменений', cancel: 'Отмена' },
    onConfirm: async () => {
      try {
        await invoke('reviews:reopen', { year });
        await afterReopen();
        notifications.show({ color: 'teal', message: `Справка за ${year} учебный год открыта для изменений.` });
      } catch (error) {
        noticeRefusal(error, 'Не открыто', 'Не удалось открыть справку для изменений.');
      }
    },
  });
}
