import { loanStatusText } from '../contract/loans';
import { tableWorkbook, type WorkbookInfo, type XlsxColumn } from '../documents/xlsx-table';
import { keptText, LOAN_REGISTER_TITLE, loanItemsLines } from './documents/loan-register';
import type { LoanEntry } from './service';

const COLUMNS: XlsxColumn<LoanEntry>[] = [
  { header: '№', width: 5, value: (_, i) => i + 1 },
  { header: 'Партнёр', width: 30, value: (e) => e.loan.partnerName },
  { header: 'Ресурсы', width: 44, value: (e) => loanItemsLines(e.items).join('\n') },
  { header: 'Всего, шт.', width: 9, value: (e) => e.loan.totalQuantity },
  { header: 'Получено', width: 12, value: (e) => e.loan.receivedOn, format: 'date' },
  { header: 'Срок возврата', width: 12, value: (e) => e.loan.dueOn, format: 'date' },
  { header: 'Возвращено', width: 12, value: (e) => e.loan.returnedOn, format: 'date' },
  { header: 'Состояние', width: 18, value: (e) => loanStatusText(e.loan) },
  { header: 'Место, ответственный', width: 26, value: keptText },
];

/** The register of loans in Excel: the printed register's rows, the dates as real Excel dates. */
export function loansXlsx(entries: readonly LoanEntry[], subtitle: string, info: WorkbookInfo): Promise<Uint8Array> {
  return tableWorkbook(
    { sheetName: 'Ресурсы партнёров', title: `${LOAN_REGISTER_TITLE} (${subtitle})`, columns: COLUMNS, rows: entries },
    info,
  );
}
