/**
 * A document described once, independent of how it is output: the HTML renderer (print, PDF) and the
 * DOCX renderer both read this model. Agreements, plans, acts, questionnaires and reports are built from it.
 */

export type Alignment = 'left' | 'center' | 'right' | 'justify';

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** A piece of inline text: a plain string, or a run with its emphasis. */
export type Inline = string | TextRun;

export interface HeadingBlock {
  type: 'heading';
  /** 1 is the document's title; 2 and 3 are its sections and subsections. */
  level: 1 | 2 | 3;
  text: string;
  /** Centred unless said otherwise. */
  align?: Alignment;
}

export interface ParagraphBlock {
  type: 'paragraph';
  runs: Inline[];
  /** Justified unless said otherwise. */
  align?: Alignment;
  /** The first line indented by 1.25 cm, as in the body text of Russian business documents. */
  firstLineIndent?: boolean;
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  items: Inline[][];
}

export interface TableColumn {
  title: string;
  /** Relative width: the columns share the width of the text area in proportion to it. */
  width: number;
  align?: Alignment;
}

/** A cell holds one or more lines of text. */
export type TableCell = string | string[];

/** A row of cells, or a row spanning all columns that heads a group of rows (a month, a partner). */
export type TableRow = { cells: TableCell[] } | { group: string };

export interface TableBlock {
  type: 'table';
  /** The header row, repeated at the top of every page the table reaches. */
  columns: TableColumn[];
  rows: TableRow[];
  /** Many narrow columns: set in 10.5 pt instead of 12 pt, so that their words fit. */
  small?: boolean;
}

/**
 * «УТВЕРЖДАЮ» or «СОГЛАСОВАНО» (ГОСТ Р 7.0.97-2016): the caption, the position and organisation, the signature with
 * its transcript, the date of signing, and the order or protocol that approved it.
 */
export interface ApprovalEntry {
  caption: string;
  /**
   * Position and organisation, or the body that agreed, a line each: «Директор», «МБОУ Первомайская СОШ»,
   * «Педагогический совет». A line that wraps never leaves its last word alone.
   */
  lines: string[];
  /** «И.О. Фамилия» placed after the signature line; omitted when the entry has none (a council). */
  signer?: string;
  /** The date of signing; an entry with a signer has ««___» ________ 20__ г.» to date by hand unless it is given. */
  dateLine?: string;
  /** «приказ от 29.08.2026 № 45», «протокол от 28.08.2026 № 1»: under the date, when there is one. */
  order?: string;
}

/** The entry's block as wide as this, in millimetres: the width of the right half of a portrait page's text. */
export const APPROVAL_WIDTH_MM = 85;

export interface ApprovalBlock {
  type: 'approval';
  /** One entry sits at the right; two sit side by side, the first at the left. */
  entries: [ApprovalEntry] | [ApprovalEntry, ApprovalEntry];
}

export interface Signature {
  position: string;
  name: string;
}

/** Lines «Должность ____________ И.О. Фамилия» at the end of a document. */
export interface SignaturesBlock {
  type: 'signatures';
  signatures: Signature[];
}

export interface Party {
  /** «Школа», «Партнёр». */
  title: string;
  /** Name, address, ИНН/КПП, phone … one per line. */
  lines: string[];
  signature: Signature;
  /** Print «М.П.» under the signature. */
  stamp?: boolean;
}

/**
 * The two parties' requisites and signatures side by side, as at the end of an agreement. Their signature lines
 * stand level with each other however many lines of requisites each party has.
 */
export interface PartiesBlock {
  type: 'parties';
  parties: [Party, Party];
}

/** One line with text at the left margin and text at the right: «г. Зверево … «26» ноября 2026 г.». */
export interface SpreadBlock {
  type: 'spread';
  left: string;
  right: string;
}

export interface PageBreakBlock {
  type: 'pageBreak';
}

/** Lines across the text width to write on by hand. */
export interface BlankLinesBlock {
  type: 'blankLines';
  count: number;
}

export interface ChartSeries {
  /** Named in the legend: «Запланировано», «Охват обучающихся». */
  name: string;
  /** One value per category; null where there is no data, drawn as «н/д», never as 0. */
  values: (number | null)[];
}

/** A small chart drawn from figures: bars, bars grouped by category, or lines over the categories. */
export interface ChartSpec {
  title: string;
  kind: 'bar' | 'groupedBar' | 'line';
  categories: string[];
  series: ChartSeries[];
  /** Printed after every value: '%'; none for counts and indexes. */
  unit?: string;
  /** The top of the value axis; without it, a round number above the largest value (100 for percents). */
  max?: number;
  /** Decimal places of the value labels; without it, none for whole numbers and one otherwise. */
  digits?: number;
}

/** A chart: inline SVG in HTML and PDF, a picture in Word. */
export interface ChartBlock {
  type: 'chart';
  chart: ChartSpec;
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | ApprovalBlock
  | SignaturesBlock
  | PartiesBlock
  | SpreadBlock
  | PageBreakBlock
  | BlankLinesBlock
  | ChartBlock;

export type Orientation = 'portrait' | 'landscape';

export interface DocumentModel {
  /** Names the print job and the window, and suggests the file name. */
  title: string;
  orientation: Orientation;
  blocks: Block[];
}

export function runOf(inline: Inline): TextRun {
  return typeof inline === 'string' ? { text: inline } : inline;
}

export function linesOf(cell: TableCell): string[] {
  return typeof cell === 'string' ? [cell] : cell;
}

/** The blank a signature is written on. */
export const SIGNATURE_BLANK = '____________';

/** Page geometry shared by both renderers: A4 and the margins of ГОСТ Р 7.0.97-2016, in millimetres. */
export const PAGE = {
  width: 210,
  height: 297,
  margin: { top: 20, right: 20, bottom: 20, left: 30 },
} as const;

/** The width of the text area, in millimetres. */
export function textWidthMm(orientation: Orientation): number {
  const width = orientation === 'landscape' ? PAGE.height : PAGE.width;
  return width - PAGE.margin.left - PAGE.margin.right;
}

// 12 pt PT Serif or Times New Roman sets about one character per 2 mm, and a line is about 5 mm high:
// a row of more than 15 lines is over a quarter of a page.
const MM_PER_CHARACTER = 2;
const CELL_PADDING_MM = 3;
const LONGEST_WHOLE_ROW = 15;

/**
 * Rows are kept whole on one page, but a row longer than a quarter of a page may break across pages:
 * kept whole, it would leave most of the page before it empty.
 */
export function rowMayBreak(table: TableBlock, row: TableRow, orientation: Orientation): boolean {
  if ('group' in row) return false;
  const total = table.columns.reduce((sum, c) => sum + c.width, 0) || 1;
  const lines = table.columns.map((column, i) => {
    const width = (column.width / total) * textWidthMm(orientation) - CELL_PADDING_MM;
    const perLine = Math.max(1, Math.floor(width / MM_PER_CHARACTER));
    return linesOf(row.cells[i] ?? '').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
  });
  return Math.max(0, ...lines) > LONGEST_WHOLE_ROW;
}

/** The head of a year's list: the school, the list's title, «на 2025/2026 учебный год» (or «за …») in bold. */
export function yearListHead(school: string, title: string, yearLine: string): Block[] {
  return [
    { type: 'paragraph', align: 'center', runs: [school] },
    { type: 'heading', level: 1, text: title },
    { type: 'paragraph', align: 'center', runs: [{ text: yearLine, bold: true }] },
  ];
}

/** Table rows in their order, with a group row wherever the section changes (none before rows of no section). */
export function sectionedRows<T>(
  items: Iterable<T>,
  sectionOf: (item: T) => string,
  cellsOf: (item: T) => TableCell[],
): TableRow[] {
  const rows: TableRow[] = [];
  let section = '';
  for (const item of items) {
    if (sectionOf(item) !== section) rows.push({ group: (section = sectionOf(item)) });
    rows.push({ cells: cellsOf(item) });
  }
  return rows;
}
