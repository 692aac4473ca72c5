import { FILE_TOO_LARGE, IMPORT_MAX_FILE_BYTES } from '../../contract/office-files';
import { AppError } from '../../errors';
import { detectDelimiter, parseCsv, type Delimiter } from '../../imports/csv';
import { decodeText, detectFormat, type FileFormat, type TextEncoding } from '../../imports/decode';
import type { FileRow } from '../../imports/file-row';
import { RowCollector } from '../../imports/row-collector';
import { readXlsx } from '../../imports/xlsx';

export interface ImportTable {
  format: FileFormat;
  encoding: TextEncoding | null;
  delimiter: Delimiter | null;
  /** Header texts, one per column; a column without a header is named by its number. */
  columns: string[];
  /** Data rows without the blank ones, each padded to the number of columns. */
  rows: FileRow[];
}

function refuse(message: string): never {
  throw new AppError('invalid_input', message);
}

/** Far more than a list of partners has; the mapping addresses columns 0–999. */
const MAX_COLUMNS = 300;

/**
 * Reads an uploaded file (base64) into a header and data rows; refuses what is not a table of partners. The size is
 * checked before anything is decoded, and the number of rows while they are read.
 */
export async function readImportTable(fileName: string, content: string): Promise<ImportTable> {
  const bytes = new Uint8Array(Buffer.from(content, 'base64'));
  if (bytes.byteLength > IMPORT_MAX_FILE_BYTES) refuse(FILE_TOO_LARGE);
  const format = detectFormat(bytes, fileName);
  let encoding: TextEncoding | null = null;
  let delimiter: Delimiter | null = null;
  const collector = new RowCollector();
  if (format === 'xlsx') {
    await readXlsx(bytes, collector);
  } else {
    const decoded = decodeText(bytes);
    encoding = decoded.encoding;
    delimiter = detectDelimiter(decoded.text.trimStart());
    parseCsv(decoded.text, delimiter, collector);
  }
  const filled: FileRow[] = collector.rows;
  const [header, ...data] = filled;
  if (!header) {
    refuse(
      format === 'xlsx'
        ? 'Первый лист книги пуст: в нём нет ни одной строки.'
        : 'Файл пуст: в нём нет ни одной строки.',
    );
  }
  if (data.length === 0) refuse('В файле только строка заголовков: нет ни одной строки с партнёрами.');
  const width = filled.reduce((max, row) => Math.max(max, row.cells.length), 0);
  if (width > MAX_COLUMNS) refuse(`В файле больше ${MAX_COLUMNS} столбцов: это не похоже на список партнёров.`);
  const columns = Array.from({ length: width }, (_, i) => {
    const title = (header.cells[i] ?? '').replace(/\s+/g, ' ').trim();
    return title || `Столбец ${i + 1}`;
  });
  const rows = data.map((row) => ({
    line: row.line,
    cells: columns.map((_, i) => (row.cells[i] ?? '').trim()),
  }));
  return { format, encoding, delimiter, columns, rows };
}
