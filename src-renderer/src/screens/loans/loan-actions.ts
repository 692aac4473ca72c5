import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { LoanSummary } from '../../../../src-main/contract/loans';
import { invoke } from '../../api/client';
import { noticeRefusal } from '../../components/notices';

type Loan = Pick<LoanSummary, 'id' | 'partnerName' | 'itemsSummary'>;

/** Asks, then deletes the loan with its items; `afterDelete` refreshes what the screen shows. */
export function confirmDeleteLoan(loan: Loan, afterDelete: () => unknown) {
  modals.openConfirmModal({
    title: 'Удалить запись о ресурсах?',
    children: `Запись «${loan.partnerName}: ${loan.itemsSummary}» будет удалена вместе со списком предметов. Отменить удаление нельзя.`,
    labels: { confirm: 'Удалить', cancel: 'Отмена' },
    confirmProps: { color: 'red' },
    onConfirm: async () => {
      try {
        await invoke('loans:delete', { id: loan.id });
        await afterDelete();
        notifications.show({ color: 'teal', message: 'Запись о ресурсах удалена.' });
      } catch (error) {
        noticeRefusal(error, 'Не удалено', 'Не удалось удалить запись.');
      }
    },
  });
}

/** Asks, then takes back a return recorded by mistake: the items count as at school again. */
export function confirmUndoReturn(loan: Loan, afterUndo: () => unknown) {
  modals.openConfirmModal({
    title: 'Отменить возврат?',
    children: `Возврат «${loan.itemsSummary}» будет снят: предметы снова будут числиться в школе, дата возврата, состояние и замечания сотрутся.`,
    labels: { confirm: 'Отменить возврат', cancel: 'Не отменять' },
    confirmProps: { color: 'red' },
    onConfirm: async () => {
      try {
        await invoke('loans:undoReturn', { id: loan.id });
        await afterUndo();
        notifications.show({ color: 'teal', message: 'Возврат отменён: предметы снова числятся в школе.' });
      } catch (error) {
        noticeRefusal(error, 'Не отменено', 'Не удалось отменить возврат.');
      }
    },
  });
}
