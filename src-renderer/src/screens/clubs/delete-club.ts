import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { Club } from '../../../../src-main/contract/clubs';
import { invoke } from '../../api/client';
import { noticeRefusal } from '../../components/notices';

/** Asks, then deletes the club with the counts of its pupils. */
export function confirmDeleteClub(club: Club, afterDelete: () => unknown) {
  modals.openConfirmModal({
    title: 'Удалить кружок?',
    children: `Кружок «${club.name}» (${club.partnerName}) будет удалён вместе со сведениями о том, сколько обучающихся его посещают.`,
    labels: { confirm: 'Удалить', cancel: 'Отмена' },
    confirmProps: { color: 'red' },
    onConfirm: async () => {
      try {
        await invoke('clubs:delete', { id: club.id });
        await afterDelete();
        notifications.show({ color: 'teal', message: `Кружок «${club.name}» удалён.` });
      } catch (error) {
        noticeRefusal(error, 'Не удалено', 'Не удалось удалить кружок.');
      }
    },
  });
}
