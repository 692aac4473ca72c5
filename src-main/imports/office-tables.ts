import ExcelJS from 'exceljs';
import { AppError } from '../errors';
import { detectDelimiter, parseCsv } from './csv';
import { decodeText } from './decode';
import { readDocx, type DocxRow } from './docx';
import type { FileRow } from './file-row';
import { officeFileKind, type OfficeFileKind } from './office-file';

export type { OfficeFileKind } from './office-file';
import { RowCollector } from './row-collector';
import { cellText } from './xlsx';

/** A row of a table as the user sees it in Word or Excel. */
export interface OfficeTableRow {
  /** Word: the row's number in its table, from 1; Excel: the row's number on the sheet; CSV: the line it starts on. */
  line: number;
  /** Exactly columnCount texts, trimmed; a merged cell's text in its first column, '' in the others. */
  cells: string[];
  /**
   * One non-empty value spanning the table's whole width: the merged row «Сентябрь» a school writes between months.
   * Never true for CSV, which has no merged cells.
   */
  wholeRow: boolean;
}

export interface OfficeTable {
  /** Where the table is, as the user would look for it: «Таблица 2», a sheet's name, the CSV file's name. */
  source: string;
  columnCount: number;
  /** Rows with any text, in order; blank rows are left out (their lines are skipped). */
  rows: OfficeTableRow[];
}

/** More rows than a plan or a model of interaction could hold; a larger table is refused while it is read. */
export const OFFICE_TABLE_MAX_ROWS = 5000;
/** More columns than any table the imports read; a wider table is refused. */
export const OFFICE_TABLE_MAX_COLUMNS = 300;

function refuse(message: string): never {
  throw new AppError('invalid_input', message);
}

/** Line breaks as one '\n', spaces around the text dropped. */
function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/** Cells filled out to `width`, the ones past it refused. */
function checkWidth(source: string, width: number): void {
  if (width > OFFICE_TABLE_MAX_COLUMNS) {
    refuse(
      `В таблице «${source}» больше ${OFFICE_TABLE_MAX_COLUMNS} столбцов: это не похоже на таблицу, которую можно загрузить.`,
    );
  }
}

function collector(source: string): RowCollector {
  return new RowCollector(OFFICE_TABLE_MAX_ROWS, `в таблице «${source}»`);
}

function isWholeRow(cells: readonly string[], spanFrom: number, spanTo: number): boolean {
  if (cells.length < 2) return false;
  const filled = cells.filter((c) => c !== '');
  return filled.length === 1 && spanFrom === 0 && spanTo >= cells.length - 1 && cells[0] !== '';
}

/** A Word table as a grid: spans expanded, vertical merges given the text above. */
function docxTable(source: string, rows: readonly DocxRow[]): OfficeTable | null {
  const columnCount = rows.reduce(
    (max, row) =>
      Math.max(
        max,
        row.cells.reduce((sum, c) => sum + c.span, 0),
      ),
    0,
  );
  checkWidth(source, columnCount);
  const out: OfficeTableRow[] = [];
  const rowsRead = collector(source);
  let above: string[] = [];
  rows.forEach((row, index) => {
    const cells: string[] = Array.from({ length: columnCount }, () => '');
    let column = 0;
    let whole = false;
    for (const cell of row.cells) {
      const text = cell.continuesAbove ? (above[column] ?? '') : clean(cell.text);
      cells[column] = text;
      if (!cell.continuesAbove && column === 0 && cell.span >= columnCount && text !== '') whole = true;
      column += cell.span;
    }
    above = cells;
    rowsRead.push({ line: index + 1, cells });
    if (cells.some((c) => c !== '')) out.push({ line: index + 1, cells, wholeRow: whole && columnCount > 1 });
  });
  return out.length > 0 ? { source, columnCount, rows: out } : null;
}

async function docxTables(bytes: Uint8Array): Promise<OfficeTable[]> {
  const content = await readDocx(bytes);
  const tables: OfficeTable[] = [];
  let number = 0;
  for (const block of content.blocks) {
    if (block.kind !== 'table') continue;
    number += 1;
    const table = docxTable(`Таблица ${number}`, block.rows);
    if (table) tables.push(table);
  }
  return tables;
}

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

function parseRange(range: string): Merge | null {
  const match = /^\$?([A-Za-z]+)\$?(\d+):\$?([A-Za-z]+)\$?(\d+)$/.exec(range);
  if (!match) return null;
  const [, left = '', top, right = '', bottom] = match;
  return { top: Number(top), left: columnNumber(left), bottom: Number(bottom), right: columnNumber(right) };
}

/** A sheet as a grid from its first to its last filled column: merged ranges resolved as Word's are. */
function sheetTable(sheet: ExcelJS.Worksheet): OfficeTable | null {
  const source = sheet.name;
  const merges = sheet.model.merges.map(parseRange).filter((m): m is Merge => m !== null);
  const mergeAt = new Map<string, Merge>();
  for (const merge of merges) {
    for (let r = merge.top; r <= merge.bottom; r += 1) {
      for (let c = merge.left; c <= merge.right; c += 1) mergeAt.set(`${r}:${c}`, merge);
    }
  }
  // The filled rows, and the columns they fill.
  const raw: FileRow[] = [];
  const rowsRead = collector(source);
  let first = Infinity;
  let last = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const merge = mergeAt.get(`${rowNumber}:${column}`);
      if (merge && (merge.top !== rowNumber || merge.left !== column)) return;
      const text = clean(cellText(cell.value));
      if (text === '') return;
      cells[column] = text;
      first = Math.min(first, column);
      last = Math.max(last, merge ? Math.max(column, merge.right) : column);
    });
    if (cells.length > 0) {
      const record = { line: rowNumber, cells: Array.from(cells, (c) => c ?? '') };
      rowsRead.push(record);
      raw.push(record);
    }
  });
  if (raw.length === 0) return null;
  const columnCount = last - first + 1;
  checkWidth(source, columnCount);
  // Rows only a vertical merge fills (their own cells empty) are rows of the table too.
  const lines = new Set(raw.map((r) => r.line));
  for (const merge of merges) {
    for (let r = merge.top + 1; r <= merge.bottom; r += 1) lines.add(r);
  }
  const byLine = new Map(raw.map((r) => [r.line, r.cells]));
  const rows: OfficeTableRow[] = [];
  for (const line of [...lines].sort((a, b) => a - b)) {
    const own = byLine.get(line) ?? [];
    const cells = Array.from({ length: columnCount }, (_, i) => own[first + i] ?? '');
    let whole = false;
    for (let i = 0; i < columnCount; i += 1) {
      const merge = mergeAt.get(`${line}:${first + i}`);
      if (!merge) continue;
      if (merge.top < line && merge.left === first + i) cells[i] = byLine.get(merge.top)?.[merge.left] ?? '';
      if (merge.top === line && merge.left <= first && merge.right >= last && i === 0) whole = true;
    }
    if (cells.some((c) => c !== ''))
      rows.push({ line, cells, wholeRow: whole && isWholeRow(cells, 0, columnCount - 1) });
  }
  return { source, columnCount, rows };
}

const NOT_A_BOOK =
  'Файл не удалось прочитать как книгу Excel: возможно, он повреждён. Откройте его в Excel и сохраните заново как «Книга Excel (*.xlsx)».';

async function xlsxTables(bytes: Uint8Array): Promise<OfficeTable[]> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    refuse(NOT_A_BOOK);
  }
  const tables: OfficeTable[] = [];
  for (const sheet of book.worksheets) {
    if (sheet.state !== undefined && sheet.state !== 'visible') continue;
    const table = sheetTable(sheet);
    if (table) tables.push(table);
  }
  return tables;
}

function csvTables(fileName: string, bytes: Uint8Array): OfficeTable[] {
  const { text } = decodeText(bytes);
  const source = fileName.replace(/^.*[/\\]/, '');
  const rowsRead = collector(source);
  parseCsv(text, detectDelimiter(text.trimStart()), rowsRead);
  const columnCount = rowsRead.rows.reduce((max, row) => Math.max(max, row.cells.length), 0);
  if (columnCount === 0) return [];
  checkWidth(source, columnCount);
  const rows = rowsRead.rows.map((row) => ({
    line: row.line,
    cells: Array.from({ length: columnCount }, (_, i) => clean(row.cells[i] ?? '')),
    wholeRow: false,
  }));
  return [{ source, columnCount, rows }];
}

const NO_TABLE: Record<OfficeFileKind, string> = {
  docx:
    'В файле нет таблицы: программа читает из документа Word только таблицы. Оформите данные таблицей ' +
    '(«Вставка» → «Таблица») или сохраните их в Excel.',
  xlsx: 'В файле нет таблицы: все листы книги пусты.',
  csv: 'В файле нет таблицы: в нём нет ни одной строки.',
};

/**
 * The tables of a picked file, each as a grid of texts: a Word document's tables in order, an Excel book's visible
 * sheets, a CSV text's one table. Refuses, with a Russian message, what officeFileKind refuses, and a file with
 * no table at all.
 */
export async function readOfficeTables(
  fileName: string,
  bytes: Uint8Array,
  accept: readonly OfficeFileKind[],
): Promise<OfficeTable[]> {
  const kind = officeFileKind(fileName, bytes, accept);
  const tables =
    kind === 'docx' ? await docxTables(bytes) : kind === 'xlsx' ? await xlsxTables(bytes) : csvTables(fileName, bytes);
  if (tables.length === 0) refuse(NO_TABLE[kind]);
  return tables;
}
