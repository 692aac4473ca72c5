import { NO_BREAK_HYPHEN, printedText } from './line-breaks';
import { linesOf, textWidthMm, type Orientation, type TableBlock } from './model';

const MM_PER_PT = 25.4 / 72;
/** The sizes of a table's text, as both renderers set it. */
export const TABLE_PT = 12;
export const SMALL_TABLE_PT = 10.5;
/** A cell's padding, 4 pt each side, its borders and a little to spare for the fonts' differences. */
const CELL_EXTRA_MM = 2 * 4 * MM_PER_PT + 1.2;

/** A capital's width, the widest of the letters, in ems. */
const WIDEST_EM = 0.72;

/** The width of a piece of text in Times New Roman (or PT Serif) of `sizePt`, from the widths of its letters. */
function pieceWidthMm(text: string, sizePt: number, bold: boolean): number {
  let em = 0;
  for (const char of text) {
    const lower = char.toLowerCase();
    if (lower !== char) em += WIDEST_EM;
    else if (lower !== char.toUpperCase() || (char >= '0' && char <= '9')) em += 0.5;
    else em += 0.36;
  }
  return em * sizePt * MM_PER_PT * (bold ? 1.05 : 1);
}

// A plan repeats its months, forms and classes in thousands of cells: each line is measured once.
const measured = new Map<string, number>();
const MEASURED_LIMIT = 50_000;

/** The widest piece of a line that cannot be broken: a word's part between soft hyphens with its hyphen, a code. */
function widestPieceMm(line: string, sizePt: number, bold: boolean): number {
  const key = `${sizePt}|${bold ? 'b' : ''}|${line}`;
  const known = measured.get(key);
  if (known !== undefined) return known;
  const width = measureWidestPieceMm(line, sizePt, bold);
  if (measured.size >= MEASURED_LIMIT) measured.clear();
  measured.set(key, width);
  return width;
}

function measureWidestPieceMm(line: string, sizePt: number, bold: boolean): number {
  const pieces = printedText(line)
    .split(/[ \n]|(?<=-)/)
    .flatMap((word) => {
      const parts = word.split('\u00AD');
      return parts.map((part, i) => (i < parts.length - 1 ? `${part}-` : part));
    });
  return Math.max(0, ...pieces.map((piece) => pieceWidthMm(piece.replaceAll(NO_BREAK_HYPHEN, '-'), sizePt, bold)));
}

/**
 * The columns' widths in millimetres: in proportion to their `width`, but each at least as wide as its widest piece
 * that cannot break (an inventory number «ВЫС-014», a syllable of its title), taken from the wider columns. So that
 * nothing is cut, in print or in Word.
 */
export function columnWidthsMm(table: TableBlock, orientation: Orientation): number[] {
  const sizePt = table.small ? SMALL_TABLE_PT : TABLE_PT;
  const total = textWidthMm(orientation);
  const weights = table.columns.map((column) => Math.max(column.width, 0.001));
  const least = table.columns.map((column, i) => {
    let widest = widestPieceMm(column.title, sizePt, true);
    for (const row of table.rows) {
      if (!('cells' in row)) continue;
      for (const line of linesOf(row.cells[i] ?? '')) {
        // No piece is wider than its whole line in capitals: a line that short cannot widen the column.
        if (line.length * WIDEST_EM * sizePt * MM_PER_PT > widest)
          widest = Math.max(widest, widestPieceMm(line, sizePt, false));
      }
    }
    return widest + CELL_EXTRA_MM;
  });
  const proportional = weights.map((w) => (w / weights.reduce((a, b) => a + b, 0)) * total);
  if (least.reduce((a, b) => a + b, 0) >= total) return proportional;
  const fixed = new Set<number>();
  for (;;) {
    const free = total - [...fixed].reduce((sum, i) => sum + (least[i] ?? 0), 0);
    const freeWeight = weights.reduce((sum, w, i) => (fixed.has(i) ? sum : sum + w), 0);
    const widths = weights.map((w, i) => (fixed.has(i) ? (least[i] ?? 0) : (w / freeWeight) * free));
    const narrow = widths.findIndex((width, i) => !fixed.has(i) && width < (least[i] ?? 0));
    if (narrow < 0) return widths;
    fixed.add(narrow);
  }
}
