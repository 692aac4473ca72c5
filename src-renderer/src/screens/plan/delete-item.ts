import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { PlanItem } from '../../../../src-main/contract/plans';
import { invoke } from '../../api/client';
import { noticeRefusal } from '../../components/notices';

/** Asks, then deletes the item from the plan; its events stay in the calendar. */
export function confirmDeletePlanItem(item: PlanItem, afterDelete: () => unknown) {
  modals.openConfirmModal({
    title: 'Удалить мероприятие из плана?',
    children:
      item.eventsCount > 0
        ? `«${item.title}» будет удалено из плана. Созданные по нему события (${item.eventsCount}) останутся в календаре.`
        : `«${item.title}» будет удалено из плана.`,
    labels: { confirm: 'Удалить', cancel: 'Отмена' },
    confirmProps: { color: 'red' },
    onConfirm: async () => {
      try {
        await invoke('planItems:delete', { id: item.id });
        await afterDelete();
        notifications.show({ color: 'teal', message: `«${item.title}» удалено из плана.` });
      } catch (error) {
        noticeRefusal(error, 'Не удалено', 'Не удалось удалить мероприятие.');
      }
    },
  });
}
