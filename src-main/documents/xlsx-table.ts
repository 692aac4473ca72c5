import ExcelJS from 'exceljs';

/** A cell's value: text, a number, or a calendar date as an ISO string («2026-09-01»). */
export type XlsxValue = string | number | null;

export interface XlsxColumn<T> {
  header: string;
  /** Excel's width, in characters. */
  width: number;
  value: (row: T, index: number) => XlsxValue;
  /**
   * `text` keeps digits as typed (a leading zero, no exponent form); `date` writes an ISO date as a real Excel date
   * shown ДД.ММ.ГГГГ (any other text in that column stays text, «бессрочно»); `rubles` shows a number of rubles with
   * two decimals and the ruble sign.
   */
  format?: 'text' | 'date' | 'rubles';
  /** Wrap long text within the column. */
  wrap?: boolean;
}

export interface XlsxTable<T> {
  sheetName: string;
  /** A bold line above the table; the header row then is the second. */
  title?: string;
  columns: readonly XlsxColumn<T>[];
  rows: readonly T[];
  createdAt?: Date;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Rubles in Excel: a number with two decimals and the ruble sign, in the separators of the reader's Excel. */
export const RUBLES_FORMAT = '#,##0.00 "₽"';

/** An Excel date for a calendar day: midnight UTC, which Excel reads as that day whatever the time zone. */
function excelDate(iso: string): Date {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
}

/**
 * A list as an Excel table: a bold, frozen header row with a filter over every column, sized columns, and a page
 * setup that prints it across a landscape A4 page with the header repeated on every page.
 */
export function tableWorkbook<T>(table: XlsxTable<T>): Promise<Uint8Array> {
  return tablesWorkbook([tableSheet(table)], table.createdAt);
}

/** One table made into a sheet of a workbook, whatever the type of its rows. */
export type XlsxSheet = (workbook: ExcelJS.Workbook) => void;

/** Several tables, each on a sheet of its own, in one workbook. */
export async function tablesWorkbook(sheets: readonly XlsxSheet[], createdAt?: Date): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Содружество';
  if (createdAt) workbook.created = createdAt;
  for (const addSheet of sheets) addSheet(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function tableSheet<T>(table: XlsxTable<T>): XlsxSheet {
  return (workbook) => {
    const headerRow = table.title ? 2 : 1;
    const sheet = workbook.addWorksheet(table.sheetName, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }],
    });
    sheet.columns = table.columns.map((c) => ({ width: c.width }));

    if (table.title) {
      sheet.addRow([table.title]);
      sheet.mergeCells(1, 1, 1, table.columns.length);
      const title = sheet.getRow(1);
      title.font = { name: 'Calibri', size: 14, bold: true };
      title.height = 22;
    }
    sheet.addRow(table.columns.map((c) => c.header));
    table.rows.forEach((row, index) => {
      const values = table.columns.map((column) => {
        const value = column.value(row, index);
        // An empty text stays an empty cell rather than a cell holding an empty string.
        if (value === '' || value === null) return null;
        return column.format === 'date' && typeof value === 'string' && ISO_DATE.test(value) ? excelDate(value) : value;
      });
      sheet.addRow(values);
    });

    const header = sheet.getRow(headerRow);
    header.font = { name: 'Calibri', size: 11, bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9EEF5' } };
    table.columns.forEach((column, i) => {
      const sheetColumn = sheet.getColumn(i + 1);
      if (column.wrap) sheetColumn.alignment = { wrapText: true, vertical: 'top' };
      if (column.format === 'text') sheetColumn.numFmt = '@';
      if (column.format === 'date') sheetColumn.numFmt = 'dd.mm.yyyy';
      if (column.format === 'rubles') sheetColumn.numFmt = RUBLES_FORMAT;
    });
    // The title is neither wrapped nor formatted as its column is.
    if (table.title) sheet.getCell(1, 1).alignment = { vertical: 'middle' };

    sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
    sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
    sheet.autoFilter = {
      from: { row: headerRow, column: 1 },
      to: { row: headerRow + table.rows.length, column: table.columns.length },
    };
  };
}
