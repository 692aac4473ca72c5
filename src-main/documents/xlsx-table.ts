import ExcelJS from 'exceljs';
import { PAGE } from './model';

/** A cell's value: text, a number, or a calendar date as an ISO string («2026-09-01»). */
export type XlsxValue = string | number | null;

export interface XlsxColumn<T> {
  header: string;
  /** Excel's width, in characters; narrowed when the sheet is too wide to print at 9 pt (`fittedWidths`). */
  width: number;
  value: (row: T, index: number) => XlsxValue;
  /**
   * `text` keeps digits as typed (a leading zero, no exponent form); `date` writes an ISO date as a real Excel date
   * shown ДД.ММ.ГГГГ (any other text in that column stays text, «бессрочно»); `rubles` shows a number of rubles with
   * two decimals and the ruble sign.
   */
  format?: 'text' | 'date' | 'rubles';
}

export interface XlsxTable<T> {
  sheetName: string;
  /** A bold line above the table; the header row then is the second. */
  title?: string;
  columns: readonly XlsxColumn<T>[];
  rows: readonly T[];
}

/** The file's properties, which Excel shows under «Сведения» and LibreOffice under «Свойства». */
export interface WorkbookInfo {
  title: string;
  /** The school's name. */
  creator: string;
  created: Date;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Rubles in Excel: a number with two decimals and the ruble sign, in the separators of the reader's Excel. */
export const RUBLES_FORMAT = '#,##0.00 "₽"';

/** The cells' font size, in points, and the smallest size the sheet may print at once scaled to the page. */
export const FONT_SIZE = 11;
export const MIN_PRINTED_SIZE = 9;
/** Excel's default: a line of 11 pt Calibri is 15 pt high. */
const LINE_HEIGHT = 15;
/** Excel refuses a taller row. */
const MAX_ROW_HEIGHT = 409;

const MM_PER_INCH = 25.4;
/** The page margins of ГОСТ Р 7.0.97-2016 (left 30 mm, the others 20 mm), in inches as Excel keeps them. */
export const PAGE_MARGINS = {
  left: PAGE.margin.left / MM_PER_INCH,
  right: PAGE.margin.right / MM_PER_INCH,
  top: PAGE.margin.top / MM_PER_INCH,
  bottom: PAGE.margin.bottom / MM_PER_INCH,
  header: 8 / MM_PER_INCH,
  footer: 8 / MM_PER_INCH,
};

/**
 * A column of width w (in characters of Calibri 11) is w × 7 + 5 pixels at 96 an inch in Excel and in LibreOffice with
 * Calibri or Carlito, its metric twin; counted here at w × 7.5 + 5 to leave room for rounding. Its columns, printed
 * across a landscape A4 page between the margins, must fit at a scale that keeps 11 pt at 9 pt or more.
 */
export function columnPixels(width: number): number {
  return Math.trunc(width * 7.5 + 5);
}
export const PRINTABLE_PIXELS = ((PAGE.height - PAGE.margin.left - PAGE.margin.right) / MM_PER_INCH) * 96;
export const MAX_SHEET_PIXELS = Math.floor((PRINTABLE_PIXELS * FONT_SIZE) / MIN_PRINTED_SIZE);

/** The narrowest a column of text becomes while the sheet is narrowed in proportion. */
const LEAST_TEXT_WIDTH = 8;
/** The narrowest any column becomes when even that is too wide: a short word still fits. */
const LEAST_WIDTH = 6;

const fits = (widths: readonly number[]) => widths.reduce((sum, w) => sum + columnPixels(w), 0) <= MAX_SHEET_PIXELS;

/** The largest factor in [0, 1] at which the widths fit, found by halving; -1 when none does. */
function largestFitting(widthsAt: (factor: number) => number[]): number {
  if (!fits(widthsAt(0))) return -1;
  let [low, high] = [0, 1];
  for (let step = 0; step < 30; step += 1) {
    const mid = (low + high) / 2;
    if (fits(widthsAt(mid))) low = mid;
    else high = mid;
  }
  return low;
}

/**
 * The widths as given when they fit the page at 9 pt. Otherwise the columns of text are narrowed in proportion (none
 * below 8 characters), so that the long ones keep more room than the short; a number kept as text (ИНН, ОГРН), a date
 * and a sum keep their width, as they must not wrap. A sheet still too wide has its widest columns cut to one width.
 */
export function fittedWidths(columns: readonly Pick<XlsxColumn<unknown>, 'width' | 'format'>[]): number[] {
  const given = columns.map((c) => c.width);
  if (fits(given)) return given;
  const proportional = (factor: number) =>
    columns.map((c) =>
      c.format ? c.width : Math.max(Math.min(c.width, LEAST_TEXT_WIDTH), Math.floor(c.width * factor)),
    );
  const factor = largestFitting(proportional);
  if (factor >= 0) return proportional(factor);
  const widest = Math.max(...given);
  const capped = (share: number) =>
    given.map((w) => Math.min(w, LEAST_WIDTH + Math.floor((widest - LEAST_WIDTH) * share)));
  return capped(Math.max(0, largestFitting(capped)));
}

/**
 * A line of a wrapped cell holds fewer characters than its width: a Cyrillic capital or a bold letter is wider than
 * the digit the width is counted in.
 */
const CHARACTERS_PER_WIDTH = 0.95;

/** How many lines a text takes in a wrapped cell of the width: its words set line by line, as the cell wraps them. */
export function linesIn(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * CHARACTERS_PER_WIDTH));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      if (used > 0 && used + 1 + word.length <= perLine) {
        used += 1 + word.length;
        continue;
      }
      if (used > 0) lines += 1;
      // A word longer than the line is broken across lines.
      lines += Math.ceil(word.length / perLine) - 1;
      used = word.length % perLine || perLine;
    }
  }
  return lines;
}

/** A row as tall as its tallest cell: exceljs computes no heights, and LibreOffice draws wrapped lines over the next row. */
function rowHeight(texts: readonly string[], widths: readonly number[], fontSize = FONT_SIZE): number {
  const lines = Math.max(1, ...texts.map((text, i) => (text === '' ? 1 : linesIn(text, widths[i] ?? 10))));
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * LINE_HEIGHT * (fontSize / FONT_SIZE)));
}

/** A value as Excel shows it in its cell (a date as ДД.ММ.ГГГГ), to count its lines. */
function shownText(value: XlsxValue | Date): string {
  if (value === null) return '';
  if (value instanceof Date) return 'ДД.ММ.ГГГГ';
  return typeof value === 'number' ? value.toLocaleString('ru-RU') : value;
}

/** An Excel date for a calendar day: midnight UTC, which Excel reads as that day whatever the time zone. */
function excelDate(iso: string): Date {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
}

/** One table made into a sheet of a workbook, whatever the type of its rows. */
export type XlsxSheet = (workbook: ExcelJS.Workbook) => void;

/**
 * A list as an Excel table: a bold, frozen header row with a filter over every column, sized columns, rows as tall
 * as their wrapped text, and a page setup that prints it across a landscape A4 page with ГОСТ margins, at 9 pt or
 * more, with the header repeated on every page.
 */
export function tableWorkbook<T>(table: XlsxTable<T>, info: WorkbookInfo): Promise<Uint8Array> {
  return tablesWorkbook([tableSheet(table)], info);
}

/** Several tables, each on a sheet of its own, in one workbook with its title, author and date. */
export async function tablesWorkbook(sheets: readonly XlsxSheet[], info: WorkbookInfo): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = info.title;
  workbook.creator = info.creator;
  workbook.lastModifiedBy = info.creator;
  workbook.company = info.creator;
  workbook.created = info.created;
  workbook.modified = info.created;
  for (const addSheet of sheets) addSheet(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function tableSheet<T>(table: XlsxTable<T>): XlsxSheet {
  return (workbook) => {
    const headerRow = table.title ? 2 : 1;
    const sheet = workbook.addWorksheet(table.sheetName, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }],
    });
    const widths = fittedWidths(table.columns);
    sheet.columns = widths.map((width) => ({ width }));

    if (table.title) {
      sheet.addRow([table.title]);
      sheet.mergeCells(1, 1, 1, table.columns.length);
      const title = sheet.getRow(1);
      title.font = { name: 'Calibri', size: 14, bold: true };
      const across = widths.reduce((sum, w) => sum + w, 0) * (FONT_SIZE / 14);
      title.height = rowHeight([table.title], [across], 14) + 4;
      sheet.getCell(1, 1).alignment = { vertical: 'middle', wrapText: true };
    }
    const headers = table.columns.map((c) => c.header);
    sheet.addRow(headers).height = rowHeight(headers, widths);
    table.rows.forEach((row, index) => {
      const values = table.columns.map((column) => {
        const value = column.value(row, index);
        // An empty text stays an empty cell rather than a cell holding an empty string.
        if (value === '' || value === null) return null;
        return column.format === 'date' && typeof value === 'string' && ISO_DATE.test(value) ? excelDate(value) : value;
      });
      sheet.addRow(values).height = rowHeight(values.map(shownText), widths);
    });

    const header = sheet.getRow(headerRow);
    header.font = { name: 'Calibri', size: FONT_SIZE, bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9EEF5' } };
    table.columns.forEach((column, i) => {
      const sheetColumn = sheet.getColumn(i + 1);
      if (column.format === 'text') sheetColumn.numFmt = '@';
      if (column.format === 'date') sheetColumn.numFmt = 'dd.mm.yyyy';
      if (column.format === 'rubles') sheetColumn.numFmt = RUBLES_FORMAT;
    });
    for (let n = headerRow + 1; n <= headerRow + table.rows.length; n += 1) {
      sheet.getRow(n).alignment = { wrapText: true, vertical: 'top' };
    }

    // Fit to the width of the page, as many pages down as the rows need: never the whole sheet shrunk onto one.
    sheet.pageSetup = {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: PAGE_MARGINS,
      printTitlesRow: `${headerRow}:${headerRow}`,
    };
    sheet.headerFooter = { oddFooter: '&C&P / &N' };
    sheet.autoFilter = {
      from: { row: headerRow, column: 1 },
      to: { row: headerRow + table.rows.length, column: table.columns.length },
    };
  };
}
