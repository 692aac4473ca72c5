import { AGREEMENT_STATUS_LABELS, AGREEMENT_TYPE_LABELS, type AgreementSummary } from '../contract/agreements';
import { tableWorkbook, type WorkbookInfo, type XlsxColumn } from '../documents/xlsx-table';

const COLUMNS: XlsxColumn<AgreementSummary>[] = [
  { header: '№', width: 6, value: (_, i) => i + 1 },
  { header: 'Номер', width: 14, value: (a) => a.number, format: 'text' },
  { header: 'Вид', width: 30, value: (a) => AGREEMENT_TYPE_LABELS[a.type] },
  { header: 'Партнёр', width: 48, value: (a) => a.partnerName },
  { header: 'Дата подписания', width: 14, value: (a) => a.signedOn, format: 'date' },
  { header: 'Начало действия', width: 14, value: (a) => a.startsOn, format: 'date' },
  // The term as amendments changed it: the register never shows an end an amendment has replaced.
  { header: 'Окончание действия', width: 14, value: (a) => a.currentEndsOn ?? 'бессрочно', format: 'date' },
  { header: 'Статус', width: 16, value: (a) => AGREEMENT_STATUS_LABELS[a.status] },
  {
    header: 'Действует до (с учётом пролонгации)',
    width: 18,
    value: (a) => a.effectiveEndsOn ?? 'бессрочно',
    format: 'date',
  },
  { header: 'Доп. соглашения', width: 12, value: (a) => a.amendmentsCount },
  { header: 'Сканы', width: 9, value: (a) => a.scansCount },
];

/**
 * The register of agreements as an Excel table under its title: Russian headers, a bold frozen header row with a
 * filter, dates as real Excel dates shown ДД.ММ.ГГГГ, and a landscape page setup.
 */
export function agreementsRegisterXlsx(
  rows: readonly AgreementSummary[],
  title: string,
  info: WorkbookInfo,
): Promise<Uint8Array> {
  return tableWorkbook({ sheetName: 'Договоры', title, columns: COLUMNS, rows }, info);
}
