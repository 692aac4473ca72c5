import { PARTNER_STATUS_LABELS, type PartnerSummary } from '../contract/partners';
import { tableWorkbook, type XlsxColumn } from '../documents/xlsx-table';

const COLUMNS: XlsxColumn<PartnerSummary>[] = [
  { header: '№', width: 6, value: (_, i) => i + 1 },
  { header: 'Полное наименование', width: 52, value: (p) => p.fullName, wrap: true },
  { header: 'Краткое наименование', width: 26, value: (p) => p.shortName },
  { header: 'Направление', width: 28, value: (p) => p.category },
  { header: 'Статус', width: 16, value: (p) => PARTNER_STATUS_LABELS[p.status] },
  { header: 'Этап', width: 8, value: (p) => p.stage },
  // Text, so that Excel keeps a leading zero and never shows a long number in exponent form.
  { header: 'ИНН', width: 15, value: (p) => p.inn, format: 'text' },
  { header: 'Формы', width: 9, value: (p) => p.formsCount },
  { header: 'Эффекты', width: 10, value: (p) => p.effectsCount },
];

/** The list of partners as an Excel table: a bold, frozen header row with a filter, and sized columns. */
export function partnersWorkbook(partners: readonly PartnerSummary[], createdAt: Date): Promise<Uint8Array> {
  return tableWorkbook({ sheetName: 'Партнёры', columns: COLUMNS, rows: partners, createdAt });
}
