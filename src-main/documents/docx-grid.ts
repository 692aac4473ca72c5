import { EMPTY_OBJECT, FileChild, type IXmlableObject } from 'docx';
import { NO_BREAK_HYPHEN, SOFT_HYPHEN, textPieces } from './line-breaks';

/**
 * A table with a grid of lines (a plan's, a register's) written straight as the XML objects docx serialises, the
 * very XML its own `Table` writes for the same table. A year's plan has some 11,000 cells; docx makes a dozen
 * objects for each (cell, properties, width, paragraph, run, run properties, sizes, text) and walks them all again
 * to write them, which took most of the plan's Word file's time. This makes one plain object per element instead.
 */

type Xml = IXmlableObject;
/** A child of an element: another element, or its text. */
type Child = Xml | string;
type Attributes = Readonly<Record<string, string | number>>;

/** An element as docx's `XmlComponent.prepForXml` gives it: attributes alone, children, or nothing. */
function element(name: string, attributes: Attributes | null, children: readonly Child[] = []): Xml {
  if (attributes === null) return { [name]: children.length > 0 ? children : EMPTY_OBJECT };
  return { [name]: children.length > 0 ? [{ _attr: attributes }, ...children] : { _attr: attributes } };
}

const width = (name: string, twips: number) => element(name, { 'w:type': 'dxa', 'w:w': twips });

// A plan's cells hold tens of thousands of text pieces and hyphens: the elements that never differ are made once
// (docx only reads them while it writes).
const SOFT_HYPHEN_ELEMENT = element('w:softHyphen', null);
const NO_BREAK_HYPHEN_ELEMENT = element('w:noBreakHyphen', null);
const PRESERVE_SPACE = { 'xml:space': 'preserve' };
const fonts = new Map<string, Xml>();

/** A run's properties: bold or not, and the size in half-points. */
function runProperties(bold: boolean, size: number): Xml {
  const key = `${bold ? 'b' : ''}${size}`;
  let properties = fonts.get(key);
  if (!properties) {
    const font: Xml[] = bold ? [element('w:b', null), element('w:bCs', null)] : [];
    font.push(element('w:sz', { 'w:val': size }), element('w:szCs', { 'w:val': size }));
    fonts.set(key, (properties = element('w:rPr', null, font)));
  }
  return properties;
}

export interface GridCellText {
  /** As printed (`printedText`): its soft and no-break hyphens are written as Word's elements for them. */
  text: string;
  /** Half-points. */
  size: number;
  bold: boolean;
  /** The value of `w:jc` (docx's `AlignmentType`); none for the default, left. */
  alignment: string | null;
  keepNext: boolean;
}

function paragraph({ text, size, bold, alignment, keepNext }: GridCellText): Xml {
  const layout: Xml[] = [];
  if (keepNext) layout.push(element('w:keepNext', null));
  if (alignment !== null) layout.push(element('w:jc', { 'w:val': alignment }));
  const pieces = textPieces(text).map((piece) =>
    piece === SOFT_HYPHEN
      ? SOFT_HYPHEN_ELEMENT
      : piece === NO_BREAK_HYPHEN
        ? NO_BREAK_HYPHEN_ELEMENT
        : element('w:t', PRESERVE_SPACE, [piece]),
  );
  const run = element('w:r', null, [runProperties(bold, size), ...pieces]);
  return element('w:p', null, layout.length > 0 ? [element('w:pPr', null, layout), run] : [run]);
}

export interface GridCell {
  /** Twips. */
  width: number;
  /** The grid columns it spans, when it heads a group of rows across the table. */
  span?: number;
  middle?: boolean;
  /** One paragraph each; none is an empty paragraph, which every cell must hold. */
  lines: readonly GridCellText[];
}

export interface GridRow {
  header?: boolean;
  cantSplit: boolean;
  cells: readonly GridCell[];
}

export interface GridLine {
  style: string;
  size: number;
  color: string;
}

export interface GridTableOptions {
  /** Twips, each column's. */
  columns: readonly number[];
  border: GridLine;
  /** Twips: top, left, bottom, right. */
  margins: { top: number; left: number; bottom: number; right: number };
  rows: readonly GridRow[];
}

function cell({ width: twips, span, middle, lines }: GridCell): Xml {
  const properties = [width('w:tcW', twips)];
  if (span !== undefined) properties.push(element('w:gridSpan', { 'w:val': span }));
  if (middle) properties.push(element('w:vAlign', { 'w:val': 'center' }));
  const paragraphs = lines.length > 0 ? lines.map(paragraph) : [element('w:p', null)];
  return element('w:tc', null, [element('w:tcPr', null, properties), ...paragraphs]);
}

function row({ header, cantSplit, cells }: GridRow): Xml {
  // As docx writes it: the row's «keep on one page» always, on or off.
  const properties = [cantSplit ? element('w:cantSplit', null) : element('w:cantSplit', { 'w:val': 'off' })];
  if (header) properties.push(element('w:tblHeader', null));
  return element('w:tr', null, [element('w:trPr', null, properties), ...cells.map(cell)]);
}

function tableXml({ columns, border, margins, rows }: GridTableOptions): Xml {
  const line = { 'w:val': border.style, 'w:color': border.color, 'w:sz': border.size };
  const borders = ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV'].map((side) =>
    element(side, line),
  );
  const properties = element('w:tblPr', null, [
    width(
      'w:tblW',
      columns.reduce((sum, column) => sum + column, 0),
    ),
    element('w:tblBorders', null, borders),
    element('w:tblLayout', { 'w:type': 'fixed' }),
    element('w:tblCellMar', null, [
      width('w:top', margins.top),
      width('w:left', margins.left),
      width('w:bottom', margins.bottom),
      width('w:right', margins.right),
    ]),
  ]);
  const grid = element(
    'w:tblGrid',
    null,
    columns.map((column) => element('w:gridCol', { 'w:w': column })),
  );
  return element('w:tbl', null, [properties, grid, ...rows.map(row)]);
}

/** The table as a child of a Word document's body, beside docx's own paragraphs and tables. */
export class GridTable extends FileChild {
  constructor(private readonly options: GridTableOptions) {
    super('w:tbl');
  }

  override prepForXml(): Xml {
    return tableXml(this.options);
  }
}
