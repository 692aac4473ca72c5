import { tableWorkbook, type WorkbookInfo, type XlsxColumn } from '../documents/xlsx-table';
import { dashed } from './documents/model-of-interaction';
import type { DocumentPartner } from './repository';

const COLUMNS: XlsxColumn<DocumentPartner>[] = [
  { header: '№', width: 5, value: (_, i) => i + 1 },
  { header: 'Социальный партнёр', width: 34, value: (p) => p.fullName },
  { header: 'Формы взаимодействия', width: 60, value: (p) => dashed(p.forms).join('\n') },
  { header: 'Социальный эффект', width: 50, value: (p) => dashed(p.effects).join('\n') },
];

/** «Модель взаимодействия» in Excel: the printed document's table, a partner a row, its forms and effects a line each. */
export function modelOfInteractionXlsx(year: string, partners: readonly DocumentPartner[], info: WorkbookInfo) {
  const title = `Модель взаимодействия с социальными партнёрами на ${year} учебный год`;
  return tableWorkbook({ sheetName: 'Модель взаимодействия', title, columns: COLUMNS, rows: partners }, info);
}
