import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_FILE_BYTES, IMPORT_MAX_ROWS } from '../../../../src-main/contract/partner-import';
import { AppError } from '../../../../src-main/errors';
import { parseCsv } from '../../../../src-main/partners/import/csv';
import { RowCollector } from '../../../../src-main/partners/import/row-collector';
import { readImportTable } from '../../../../src-main/partners/import/table';
import { readXlsx } from '../../../../src-main/partners/import/xlsx';
import { base64, utf8 } from '../../../fixtures/partner-files';

const TOO_MANY = /^В файле больше 5 000 строк с партнёрами.*Разделите файл на части\.$/;

/** A CSV of `rows` partners, one short line each. */
function csvOf(rows: number): string {
  const lines = ['Наименование;ИНН'];
  for (let i = 1; i <= rows; i += 1) lines.push(`П${i};`);
  return lines.join('\n');
}

/** A book of `rows` partners under a header, written as Excel streams a large sheet. */
async function bookOf(rows: number): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Партнёры');
  sheet.addRow(['Наименование', 'ИНН']);
  for (let i = 1; i <= rows; i += 1) sheet.addRow([`Партнёр ${i}`, '']);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function refusalOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('limits applied while a file is read', () => {
  it('refuses a CSV of 200,000 rows with a Russian message, having read no further than the first row over 5,000', async () => {
    const text = csvOf(200_000);
    expect(utf8(text).byteLength).toBeLessThan(IMPORT_MAX_FILE_BYTES);
    const error = await refusalOf(readImportTable('партнёры.csv', base64(utf8(text))));
    expect(error.message).toMatch(TOO_MANY);

    const rows = new RowCollector();
    expect(() => parseCsv(text, ';', rows)).toThrow(TOO_MANY);
    // The header, 5,000 partners and the one row that is too many: the other 194,999 are never handed over.
    expect(rows.read).toBe(IMPORT_MAX_ROWS + 2);
  });

  it('refuses an XLSX sheet over 5,000 rows having read no further than the first row over the limit', async () => {
    const bytes = await bookOf(10_000);
    const error = await refusalOf(readImportTable('партнёры.xlsx', base64(bytes)));
    expect(error.message).toMatch(TOO_MANY);

    const rows = new RowCollector();
    await expect(readXlsx(bytes, rows)).rejects.toThrow(TOO_MANY);
    expect(rows.read).toBe(IMPORT_MAX_ROWS + 2);
  });

  it('reads exactly 5,000 partners, blank lines not counted', async () => {
    const text = csvOf(IMPORT_MAX_ROWS).replace('\nП1;', '\n;\n\nП1;');
    const table = await readImportTable('партнёры.csv', base64(utf8(text)));
    expect(table.rows).toHaveLength(IMPORT_MAX_ROWS);
  });

  it('refuses a file over 10 MB by its size before reading a row of it', async () => {
    const bytes = utf8(csvOf(10).padEnd(IMPORT_MAX_FILE_BYTES + 1, ' '));
    const error = await refusalOf(readImportTable('партнёры.csv', base64(bytes)));
    expect(error.message).toBe('Файл больше 10 МБ: разделите его на части.');
  });
});
