import type { LoanSummary } from '@contract/loans';
import { invoke } from '../../api/client';
import { confirmAction, confirmDelete } from '../../components/confirm-action';
import { quoted } from '@contract/quote';

type Loan = Pick<LoanSummary, 'id' | 'partnerName' | 'itemsSummary'>;

/** Asks, then deletes the loan with its items; `afterDelete` refreshes what the screen shows. */
export function confirmDeleteLoan(loan: Loan, afterDelete: () => unknown) {
  confirmDelete(
    {
      title: 'Удалить запись о ресурсах?',
      text: `Запись ${quoted(`${loan.partnerName}: ${loan.itemsSummary}`)} будет удалена вместе со списком предметов. Отменить удаление нельзя.`,
      run: () => invoke('loans:delete', { id: loan.id }),
      done: 'Запись о ресурсах удалена.',
      failText: 'Не удалось удалить запись.',
    },
    afterDelete,
  );
}

/** Asks, then takes back a return recorded by mistake: the items count as at school again. */
export function confirmUndoReturn(loan: Loan, afterUndo: () => unknown) {
  confirmAction(
    {
      title: 'Отменить возврат?',
      text: `Возврат ${quoted(loan.itemsSummary)} будет снят: предметы снова будут числиться в школе, дата возврата, состояние и замечания сотрутся.`,
      confirm: 'Отменить возврат',
      cancel: 'Не отменять',
      danger: true,
      run: () => invoke('loans:undoReturn', { id: loan.id }),
      done: 'Возврат отменён: предметы снова числятся в школе.',
      failTitle: 'Не отменено',
      failText: 'Не удалось отменить возврат.',
    },
    afterUndo,
  );
}
