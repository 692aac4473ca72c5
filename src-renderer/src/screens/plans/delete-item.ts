import { notifications } from '@mantine/notifications';
import type { PlanItem } from '@contract/plans';
import { invoke } from '../../api/client';
import { confirmDelete } from '../../components/confirm-action';
import { noticeRefusal } from '../../components/notices';
import { askEventsFate } from './item-calendar';
import { quoted } from '@contract/quote';

/**
 * Asks, then deletes the item from the plan. An item with events not yet held asks what becomes of them: deleted
 * from the calendar too, or kept there as events outside the plan.
 */
export function confirmDeletePlanItem(item: PlanItem, afterDelete: () => unknown) {
  if (item.unheldCount === 0) {
    confirmDelete(
      {
        title: 'Удалить мероприятие из плана?',
        text:
          item.eventsCount > 0
            ? `${quoted(item.title)} будет удалено из плана. Проведённые по нему мероприятия (${item.heldCount}) останутся в календаре как мероприятия вне плана.`
            : `${quoted(item.title)} будет удалено из плана.`,
        run: () => invoke('planItems:delete', { id: item.id }),
        done: `${quoted(item.title)} удалено из плана.`,
        failText: 'Не удалось удалить мероприятие.',
      },
      afterDelete,
    );
    return;
  }
  void askEventsFate(item).then(async (events) => {
    if (events === null) return;
    try {
      await invoke('planItems:delete', { id: item.id, events });
      await afterDelete();
      notifications.show({
        color: 'teal',
        message:
          events === 'delete'
            ? `${quoted(item.title)} удалено из плана и из календаря.`
            : `${quoted(item.title)} удалено из плана; его мероприятия остались в календаре вне плана.`,
      });
    } catch (error) {
      noticeRefusal(error, 'Не удалено', 'Не удалось удалить мероприятие.');
    }
  });
}
