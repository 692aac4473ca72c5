import type ExcelJS from 'exceljs';
import {
  ACQUISITION_STATUS_LABELS,
  QUARTER_NUMERALS,
  sourceText,
  totalKopecks,
  type Acquisition,
  type PlanYears,
} from '../contract/acquisitions';
import { acquisitionPlanTitle } from './documents/acquisition-plan';
import { tableSheet, tablesWorkbook, type WorkbookInfo, type XlsxColumn } from '../documents/xlsx-table';

const COLUMNS: XlsxColumn<Acquisition>[] = [
  { header: '№', width: 6, value: (_, i) => i + 1 },
  { header: 'Год', width: 8, value: (a) => a.plannedYear },
  {
    header: 'Квартал',
    width: 9,
    value: (a) => (a.plannedQuarter === null ? '' : QUARTER_NUMERALS[a.plannedQuarter - 1]) ?? '',
  },
  { header: 'Наименование', width: 44, value: (a) => a.name },
  { header: 'Категория', width: 26, value: (a) => a.category },
  { header: 'Кол-во', width: 9, value: (a) => a.quantity },
  { header: 'Ед. изм.', width: 9, value: (a) => a.unit },
  { header: 'Источник', width: 30, value: (a) => sourceText(a) },
  // Kopecks are integers; a ruble amount of two decimals is exact enough for Excel to show and add.
  {
    header: 'Сумма, руб.',
    width: 16,
    value: (a) => (a.costKopecks === null ? null : a.costKopecks / 100),
    format: 'rubles',
  },
  { header: 'Статус', width: 16, value: (a) => ACQUISITION_STATUS_LABELS[a.status] },
  { header: 'Дата приобретения', width: 14, value: (a) => a.acquiredOn, format: 'date' },
  { header: 'Примечание', width: 30, value: (a) => a.notes },
];
const SUM_COLUMN = COLUMNS.findIndex((c) => c.header === 'Сумма, руб.') + 1;

/**
 * The plan's rows as an Excel table (the printed plan's order, a row per item, status and date in columns of their
 * own to filter by), the sums as numbers shown as rubles, and a total row under the table: a SUM over the items
 * that are not cancelled, its value already counted exactly in kopecks.
 */
export function acquisitionsXlsx(years: PlanYears, items: readonly Acquisition[], info: WorkbookInfo) {
  const sheetName = 'План приобретения';
  const table = tableSheet({ sheetName, title: acquisitionPlanTitle(years), columns: COLUMNS, rows: items });
  return tablesWorkbook(
    [
      (workbook) => {
        table(workbook);
        const sheet = workbook.getWorksheet(sheetName);
        if (sheet) addTotalRow(sheet, items);
      },
    ],
    info,
  );
}

/** Under the table (title, header, then the items), the total of the items that are not cancelled. */
function addTotalRow(sheet: ExcelJS.Worksheet, items: readonly Acquisition[]): void {
  const first = 3;
  const last = first + items.length - 1;
  const sumColumn = sheet.getColumn(SUM_COLUMN).letter;
  const statusColumn = sheet.getColumn(SUM_COLUMN + 1).letter;
  const total = sheet.getRow(last + 1);
  total.getCell(4).value = items.some((a) => a.status === 'cancelled') ? 'Итого (без отменённых)' : 'Итого';
  total.getCell(SUM_COLUMN).value = {
    formula: `SUMIFS(${sumColumn}${first}:${sumColumn}${last},${statusColumn}${first}:${statusColumn}${last},"<>${ACQUISITION_STATUS_LABELS.cancelled}")`,
    result: totalKopecks(items) / 100,
  };
  total.font = { name: 'Calibri', size: 11, bold: true };
}
