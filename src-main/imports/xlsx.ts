import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { AppError } from '../errors';
import type { RowCollector } from './row-collector';

const NOT_A_BOOK =
  'Файл не удалось прочитать как книгу Excel: возможно, это документ другого вида с расширением .xlsx или файл повреждён. Выберите файл XLSX или CSV.';

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/** A cell as the user sees it: dates as ДД.ММ.ГГГГ, rich text as plain text, formulas by their result. */
export function cellText(value: ExcelJS.CellValue | ExcelJS.RichText[] | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  // Excel stores a date without a time zone; exceljs reads it as that moment in UTC.
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    return `${twoDigits(value.getUTCDate())}.${twoDigits(value.getUTCMonth() + 1)}.${value.getUTCFullYear()}`;
  }
  if (Array.isArray(value)) return value.map((part) => part.text).join('');
  if ('richText' in value) return cellText(value.richText);
  if ('error' in value) return '';
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result);
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  return '';
}

/**
 * Hands the rows of the first worksheet, each numbered as Excel numbers it, to `rows` as the book is unpacked: a
 * refusal part way stops the reading there, so a sheet of a million rows is never held whole.
 */
export async function readXlsx(bytes: Uint8Array, rows: RowCollector): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: 'cache',
    // Dates are told from numbers by their cell's number format.
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let sheets = 0;
  try {
    for await (const sheet of book) {
      sheets += 1;
      for await (const row of sheet) {
        const cells: string[] = [];
        for (let column = 1; column <= row.cellCount; column += 1) cells.push(cellText(row.getCell(column).value));
        rows.push({ line: row.number, cells });
      }
      break;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalid_input', NOT_A_BOOK);
  }
  if (sheets === 0) throw new AppError('invalid_input', NOT_A_BOOK);
}
