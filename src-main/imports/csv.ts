import Papa from 'papaparse';
import { AppError } from '../errors';
import type { RowCollector } from './row-collector';

export type Delimiter = ';' | ',';

/**
 * The delimiter of the header line: whichever of «;» and «,» it holds more of outside quotes.
 * «;» wins a tie, as Russian Excel writes it.
 */
export function detectDelimiter(text: string): Delimiter {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons += 1;
    else if (!quoted && char === ',') commas += 1;
  }
  return commas > semicolons ? ',' : ';';
}

/** Line breaks in text[from, to): \r\n, \n and a lone \r each count once. */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) count += 1;
  }
  return count;
}

/**
 * Hands every record of a CSV text, with the line it starts on (a quoted field may span lines), to `rows`, which
 * may refuse the file part way: parsing stops there.
 */
export function parseCsv(text: string, delimiter: Delimiter, rows: RowCollector): void {
  let start = 0;
  let line = 1;
  let unclosedAt: number | null = null;
  let refusal: AppError | null = null;
  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result, parser) => {
      if (result.errors.some((e) => e.code === 'MissingQuotes')) unclosedAt ??= line;
      try {
        rows.push({ line, cells: result.data });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        refusal = error;
        parser.abort();
        return;
      }
      const end = result.meta.cursor;
      line += lineBreaks(text, start, end);
      start = end;
    },
  });
  if (refusal !== null) throw refusal;
  if (unclosedAt !== null) {
    throw new AppError(
      'invalid_input',
      `Строка ${unclosedAt}: кавычка открыта и не закрыта до конца файла. Проверьте эту строку в файле.`,
    );
  }
}
