import type { PlanItem } from '@contract/plans';
import { invoke } from '../../api/client';
import { confirmDelete } from '../../components/confirm-action';

/** Asks, then deletes the item from the plan; its events stay in the calendar. */
export function confirmDeletePlanItem(item: PlanItem, afterDelete: () => unknown) {
  confirmDelete(
    {
      title: 'Удалить мероприятие из плана?',
      text:
        item.eventsCount > 0
          ? `«${item.title}» будет удалено из плана. Созданные по нему события (${item.eventsCount}) останутся в календаре.`
          : `«${item.title}» будет удалено из плана.`,
      run: () => invoke('planItems:delete', { id: item.id }),
      done: `«${item.title}» удалено из плана.`,
      failText: 'Не удалось удалить мероприятие.',
    },
    afterDelete,
  );
}
