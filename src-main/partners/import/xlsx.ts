import ExcelJS from 'exceljs';
import { AppError } from '../../errors';
import type { FileRow } from './file-row';

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

/** The rows of the first worksheet, each numbered as Excel numbers it. */
export async function readXlsx(bytes: Uint8Array): Promise<FileRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    throw new AppError('invalid_input', NOT_A_BOOK);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('invalid_input', NOT_A_BOOK);
  const rows: FileRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) cells.push(cellText(row.getCell(column).value));
    rows.push({ line: rowNumber, cells });
  });
  return rows;
}
