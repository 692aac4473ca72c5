import { IMPORT_MAX_ROWS } from '../contract/partner-import';
import { AppError } from '../errors';
import type { FileRow } from './file-row';

const isBlank = (row: FileRow) => row.cells.every((cell) => cell.trim() === '');

/** 5 000, as a Russian text writes a number of thousands. */
const formatCount = (n: number) => n.toLocaleString('ru-RU').replace(/\s/g, ' ');

/**
 * Keeps the rows of a file as a reader yields them, blank ones left out, and refuses the file at the first data row
 * over the limit: a file of a million rows is stopped there, not read whole and then refused.
 */
export class RowCollector {
  /** The header and the data rows read so far. */
  readonly rows: FileRow[] = [];
  /** Records the reader has handed over, blank ones included: how far into the file reading went. */
  read = 0;

  /**
   * @param maxDataRows the most data rows (after the header) a file may hold
   * @param what the rows counted, in the genitive plural: «с партнёрами», «в таблице «План»»
   */
  constructor(
    private readonly maxDataRows: number = IMPORT_MAX_ROWS,
    private readonly what: string = 'с партнёрами',
  ) {}

  push(row: FileRow): void {
    this.read += 1;
    if (isBlank(row)) return;
    if (this.rows.length > this.maxDataRows) {
      throw new AppError(
        'invalid_input',
        `В файле больше ${formatCount(this.maxDataRows)} строк ${this.what}, а загрузить за раз можно не больше ` +
          `${formatCount(this.maxDataRows)}. Разделите файл на части.`,
      );
    }
    this.rows.push(row);
  }
}
