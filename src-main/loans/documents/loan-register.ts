import { formatDate } from '../../contract/dates';
import { LOAN_VIEW_LABELS, loanStatusText, type LoanFilter, type LoanItem } from '../../contract/loans';
import type { DocumentModel } from '../../documents/model';
import type { LoanEntry } from '../service';

export const LOAN_REGISTER_TITLE = 'Реестр ресурсов партнёров, полученных во временное пользование';

export interface LoanRegisterData {
  schoolFullName: string;
  entries: readonly LoanEntry[];
  filter: LoanFilter;
  /** The day the register is drawn up: «по состоянию на …». */
  today: string;
}

/** «Самовар угольный, инв. № КП-114 — 1 шт.»: one item a line. */
export function loanItemsLines(items: readonly LoanItem[]): string[] {
  return items.map((item) => {
    const number = item.inventoryNumber.trim() ? `, инв. № ${item.inventoryNumber.trim()}` : '';
    return `${item.name}${number} — ${item.quantity} шт.`;
  });
}

/** «Отбор: На хранении; по состоянию на 07.12.2026», or the date alone for every loan. */
export function loanRegisterSubtitle(filter: LoanFilter, today: string): string {
  const view = filter.view && filter.view !== 'all' ? `Отбор: ${LOAN_VIEW_LABELS[filter.view].toLowerCase()}; ` : '';
  const search = filter.search?.trim() ? `поиск «${filter.search.trim()}»; ` : '';
  return `${view}${search}по состоянию на ${formatDate(today)}`;
}

/** Where the items are and who answers for them: «Мини-музей; отв. Иванова М.П.». */
export function keptText(entry: LoanEntry): string {
  return [entry.loan.displayPlace, entry.loan.responsible && `отв. ${entry.loan.responsible}`]
    .filter((part) => part !== '')
    .join('; ');
}

/** The register of partners' resources on loan: a row per loan with all its items, its dates and where it stands. */
export function buildLoanRegister({ schoolFullName, entries, filter, today }: LoanRegisterData): DocumentModel {
  return {
    title: LOAN_REGISTER_TITLE,
    orientation: 'landscape',
    blocks: [
      { type: 'paragraph', align: 'center', runs: [schoolFullName] },
      { type: 'heading', level: 1, text: LOAN_REGISTER_TITLE },
      { type: 'paragraph', align: 'center', runs: [loanRegisterSubtitle(filter, today)] },
      {
        type: 'table',
        small: true,
        columns: [
          { title: '№', width: 4, align: 'center' },
          { title: 'Партнёр', width: 17 },
          { title: 'Ресурсы', width: 25 },
          { title: 'Всего, шт.', width: 7, align: 'center' },
          // A date of 10.5 pt takes about 11 parts of the width.
          { title: 'Получено', width: 11, align: 'center' },
          { title: 'Срок возврата', width: 11, align: 'center' },
          { title: 'Возвращено', width: 11, align: 'center' },
          { title: 'Состояние', width: 13 },
          { title: 'Место, ответственный', width: 13 },
        ],
        rows: entries.map((entry, i) => ({
          cells: [
            `${i + 1}.`,
            entry.loan.partnerName,
            loanItemsLines(entry.items),
            String(entry.loan.totalQuantity),
            formatDate(entry.loan.receivedOn),
            formatDate(entry.loan.dueOn),
            entry.loan.returnedOn ? formatDate(entry.loan.returnedOn) : '',
            loanStatusText(entry.loan),
            keptText(entry),
          ],
        })),
      },
      {
        type: 'paragraph',
        align: 'left',
        runs: [
          `Всего записей: ${entries.length}; предметов: ${entries.reduce((s, e) => s + e.loan.totalQuantity, 0)}.`,
        ],
      },
    ],
  };
}
