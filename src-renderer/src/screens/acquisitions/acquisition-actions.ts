import type { Acquisition } from '@contract/acquisitions';
import { invoke } from '../../api/client';
import { confirmDelete, runAction } from '../../components/confirm-action';
import { quoted } from '@contract/quote';

/** Asks, then deletes the item from the plan. */
export function confirmDeleteAcquisition(item: Acquisition, afterDelete: () => unknown) {
  confirmDelete(
    {
      title: 'Удалить позицию из плана?',
      text: `${quoted(item.name)} будет удалена из плана приобретения. Если покупку просто не будут делать, лучше отменить позицию — она останется в плане с отметкой «Отменено».`,
      run: () => invoke('acquisitions:delete', { id: item.id }),
      done: `${quoted(item.name)} удалена из плана.`,
      failText: 'Не удалось удалить позицию.',
    },
    afterDelete,
  );
}

/** Cancels a planned item, or brings an acquired or cancelled one back to the plan. */
export async function changeAcquisitionStatus(
  item: Acquisition,
  to: 'cancel' | 'restore',
  afterChange: () => unknown,
): Promise<void> {
  return runAction(
    {
      run: () => invoke(to === 'cancel' ? 'acquisitions:cancel' : 'acquisitions:restore', { id: item.id }),
      done: to === 'cancel' ? `${quoted(item.name)} отменена.` : `${quoted(item.name)} снова в плане.`,
      failTitle: 'Не изменено',
      failText: 'Не удалось изменить позицию.',
    },
    afterChange,
  );
}
