import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeadingLevel,
  HeightRule,
  ImageRun,
  LevelFormat,
  LineRuleType,
  NoBreakHyphen,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  SoftHyphen,
  Tab,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type IRunOptions,
} from 'docx';
import { chartSize, chartSvg, CHART_WIDTH_MM, valueLabel } from './chart-svg';
import { GridTable, type GridRow } from './docx-grid';
import { chartPng } from './chart-png';
import { approvalLines } from './approval';
import { columnWidthsMm } from './column-widths';
import { keptWithNext } from './keep-together';
import { NO_BREAK_HYPHEN, printedText, SOFT_HYPHEN, textPieces } from './line-breaks';
import {
  APPROVAL_WIDTH_MM,
  linesOf,
  PAGE,
  rowMayBreak,
  runOf,
  SIGNATURE_BLANK,
  type Alignment,
  type ApprovalEntry,
  type Block,
  type ChartBlock,
  type DocumentModel,
  type Inline,
  type Party,
  type TableBlock,
} from './model';

/** Every Windows office has it; the HTML is set in it too, where it is installed (see html.ts). */
export const DOCX_FONT = 'Times New Roman';
const BODY_SIZE = 28; // half-points: 14 pt
const TABLE_SIZE = 24; // 12 pt
const SMALL_TABLE_SIZE = 21; // 10.5 pt

const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
// A4 exactly as Word writes it.
const A4 = { width: 11906, height: 16838 };
const MARGIN = {
  top: twips(PAGE.margin.top),
  right: twips(PAGE.margin.right),
  bottom: twips(PAGE.margin.bottom),
  left: twips(PAGE.margin.left),
};
const FIRST_LINE_INDENT = twips(12.5);

const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const HEADING_LEVEL = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } satisfies IBorderOptions;
const NO_LINE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };

/** A run's emphasis and size, and whether its words may be hyphenated (not in titles, names and dates). */
type RunStyle = Pick<IRunOptions, 'bold' | 'italics' | 'size'> & { hyphenate?: boolean };

/** The text as printed (see `printedText`), its soft and no-break hyphens as Word's own elements. */
function printedChildren(text: string, hyphenate: boolean): (string | SoftHyphen | NoBreakHyphen)[] {
  return textPieces(printedText(text, hyphenate)).map((piece) =>
    piece === SOFT_HYPHEN ? new SoftHyphen() : piece === NO_BREAK_HYPHEN ? new NoBreakHyphen() : piece,
  );
}

function run(inline: Inline, style: RunStyle = {}): TextRun {
  const { text, bold, italic } = runOf(inline);
  return new TextRun({
    children: printedChildren(text, style.hyphenate !== false),
    bold: bold || style.bold,
    italics: italic || style.italics,
    size: style.size,
  });
}

function line(
  text: string,
  options: { align?: Alignment; style?: RunStyle; after?: number; keepNext?: boolean } = {},
): Paragraph {
  // Left alignment and no space after are the document's defaults: a plan's table has thousands of cells, and
  // every property written out costs time and bytes.
  return new Paragraph({
    ...(options.align && options.align !== 'left' ? { alignment: ALIGNMENT[options.align] } : {}),
    ...(options.after ? { spacing: { after: options.after } } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    children: [run(text, options.style)],
  });
}

/** The width of the text area, in twips. */
function textWidth(model: DocumentModel): number {
  const pageWidth = model.orientation === 'landscape' ? A4.height : A4.width;
  return pageWidth - MARGIN.left - MARGIN.right;
}

/** Widths in proportion to `weights` that add up to exactly `total`. */
function shares(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

function gridTable(
  table: TableBlock,
  width: number,
  orientation: DocumentModel['orientation'],
  keepWithNext = false,
): GridTable {
  const widths = shares(columnWidthsMm(table, orientation), width);
  const size = table.small ? SMALL_TABLE_SIZE : TABLE_SIZE;
  const text = (
    line: string,
    align: Alignment | undefined,
    emphasis: { bold?: boolean; keepNext?: boolean; hyphenate?: boolean } = {},
  ) => ({
    text: printedText(line, emphasis.hyphenate !== false),
    size,
    bold: emphasis.bold === true,
    // Left alignment is the document's default: a plan's table has thousands of cells, and every property written
    // out costs time and bytes.
    alignment: align && align !== 'left' ? ALIGNMENT[align] : null,
    keepNext: emphasis.keepNext === true,
  });
  const header: GridRow = {
    header: true,
    cantSplit: true,
    cells: table.columns.map((column, i) => ({
      width: widths[i] ?? 0,
      middle: true,
      lines: [text(column.title, 'center', { bold: true })],
    })),
  };
  const rows = table.rows.map((row, r): GridRow => {
    const last = keepWithNext && r === table.rows.length - 1;
    if ('group' in row) {
      return {
        cantSplit: true,
        cells: [
          {
            width,
            span: table.columns.length,
            // Kept with the next row: a group's heading never stays alone at the foot of a page.
            lines: [text(row.group, 'center', { bold: true, keepNext: true, hyphenate: false })],
          },
        ],
      };
    }
    return {
      cantSplit: !rowMayBreak(table, row, orientation),
      cells: table.columns.map((column, i) => ({
        width: widths[i] ?? 0,
        lines: linesOf(row.cells[i] ?? '').map((line) => text(line, column.align, { keepNext: last })),
      })),
    };
  });
  return new GridTable({ columns: widths, border: LINE, margins: CELL_MARGINS, rows: [header, ...rows] });
}

/** A table without borders that only places text: approval blocks, signatures, requisites. */
function layoutTable(columns: Paragraph[][], widths: number[], align: Alignment = 'left'): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: ALIGNMENT[align],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: columns.map(
          (children, i) =>
            new TableCell({
              width: { size: widths[i] ?? 0, type: WidthType.DXA },
              borders: TableBorders.NONE,
              margins: { top: 0, bottom: 0, left: 0, right: 113 },
              children: children.length > 0 ? children : [new Paragraph({})],
            }),
        ),
      }),
    ],
  });
}

function approvalParagraphs(entry: ApprovalEntry): Paragraph[] {
  return approvalLines(entry).map((text) => line(text, { style: { hyphenate: false } }));
}

/**
 * The parties as rows of one borderless table, a party a column: titles, requisites, positions, signatures, stamps.
 * A row is as tall as the taller party's cell, so the signature lines stand level; every row but the last keeps
 * with the next, so the block is not split between pages.
 */
function partiesTable(parties: readonly Party[], width: number): Table {
  const small: RunStyle = { size: TABLE_SIZE };
  const widths = shares(
    parties.map(() => 1),
    width,
  );
  const rows: { cell: (party: Party, keepNext: boolean) => Paragraph[]; bottom?: boolean }[] = [
    {
      cell: (party, keepNext) => [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 120 },
          keepNext,
          children: [run(party.title, { bold: true, size: TABLE_SIZE, hyphenate: false })],
        }),
      ],
    },
    {
      cell: (party, keepNext) =>
        party.lines.map((text) => new Paragraph({ keepNext, keepLines: true, children: [run(text, small)] })),
    },
    {
      bottom: true,
      cell: (party, keepNext) => [
        new Paragraph({ spacing: { before: 240 }, keepNext, children: [run(party.signature.position, small)] }),
      ],
    },
    {
      cell: (party, keepNext) => [
        new Paragraph({
          spacing: { before: 240 },
          keepNext,
          children: [run(`${SIGNATURE_BLANK} / ${party.signature.name} /`, { ...small, hyphenate: false })],
        }),
      ],
    },
  ];
  if (parties.some((party) => party.stamp)) {
    rows.push({
      cell: (party, keepNext) => [new Paragraph({ keepNext, children: [run(party.stamp ? 'М.П.' : '', small)] })],
    });
  }
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(
      (row, r) =>
        new TableRow({
          cantSplit: true,
          children: parties.map((party, i) => {
            const children = row.cell(party, r < rows.length - 1);
            return new TableCell({
              width: { size: widths[i] ?? 0, type: WidthType.DXA },
              borders: TableBorders.NONE,
              verticalAlign: row.bottom ? VerticalAlignTable.BOTTOM : VerticalAlignTable.TOP,
              margins: { top: 0, bottom: 0, left: 0, right: 340 },
              children: children.length > 0 ? children : [new Paragraph({})],
            });
          }),
        }),
    ),
  });
}

/** Rows of one borderless table, each with a line under it: lines across the text width to write on. */
function blankLines(count: number, width: number): Table {
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: Array.from(
      { length: count },
      () =>
        new TableRow({
          cantSplit: true,
          height: { value: twips(9), rule: HeightRule.EXACT },
          children: [
            new TableCell({
              width: { size: width, type: WidthType.DXA },
              borders: { top: NO_LINE, left: NO_LINE, right: NO_LINE, bottom: LINE },
              children: [new Paragraph({})],
            }),
          ],
        }),
    ),
  });
}

const SPACER = () => new Paragraph({ spacing: { after: 0 }, children: [] });

/** Draws a chart's SVG to a PNG `widthPx` wide, its height in the chart's proportions. */
export type Rasterize = (svg: string, widthPx: number) => Promise<Uint8Array>;

export interface DocxOptions {
  /** How charts are drawn: by resvg in this process (`chartPng`) unless a test gives another way. */
  rasterize?: Rasterize;
  /** Told why a chart could not be drawn: it goes into the file as a table of its figures instead. */
  onChartFailed?: (error: unknown) => void;
}

/** Pictures are drawn at one and a half times the pixels they are shown at in Word (96 to the inch): 150 dpi. */
const RASTER_SCALE = 1.5;
const PX_PER_MM = 96 / 25.4;

type ChartPictures = Map<ChartBlock, { png: Uint8Array; width: number; height: number }>;

/** Every chart of the model drawn to a PNG, in the size it takes on the page. */
async function chartPictures(model: DocumentModel, options: DocxOptions): Promise<ChartPictures> {
  const rasterize = options.rasterize ?? chartPng;
  const pictures: ChartPictures = new Map();
  for (const block of model.blocks) {
    if (block.type !== 'chart') continue;
    const size = chartSize(block.chart);
    const width = Math.round(CHART_WIDTH_MM * PX_PER_MM);
    const height = Math.round((width * size.height) / size.width);
    try {
      pictures.set(block, {
        png: await rasterize(chartSvg(block.chart), Math.round(width * RASTER_SCALE)),
        width,
        height,
      });
    } catch (error) {
      options.onChartFailed?.(error);
    }
  }
  return pictures;
}

/** The chart's figures as a table, where it could not be drawn: its categories down, its series across. */
function chartTable(block: ChartBlock): TableBlock {
  const { chart } = block;
  return {
    type: 'table',
    columns: [
      { title: '', width: 2 },
      ...chart.series.map((series) => ({ title: series.name, width: 1, align: 'center' as const })),
    ],
    rows: chart.categories.map((category, c) => ({
      cells: [category, ...chart.series.map((series) => valueLabel(series.values[c] ?? null, chart))],
    })),
  };
}

function chartElements(
  block: ChartBlock,
  model: DocumentModel,
  pictures: ChartPictures,
): (Paragraph | Table | GridTable)[] {
  const picture = pictures.get(block);
  if (!picture) {
    return [
      line(block.chart.title, { align: 'center', style: { bold: true, size: TABLE_SIZE }, keepNext: true }),
      gridTable(chartTable(block), textWidth(model), model.orientation),
      SPACER(),
    ];
  }
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      // Line spacing «single» (auto), never exact: an exact line would cut the picture to one line's height.
      spacing: { before: 120, after: 240, line: 240, lineRule: LineRuleType.AUTO },
      keepLines: true,
      children: [
        new ImageRun({
          type: 'png',
          data: picture.png,
          transformation: { width: picture.width, height: picture.height },
          altText: { name: block.chart.title, title: block.chart.title, description: block.chart.title },
        }),
      ],
    }),
  ];
}

function blockElements(
  block: Block,
  model: DocumentModel,
  listNumber: () => number,
  pictures: ChartPictures,
  keepWithNext: boolean,
): (Paragraph | Table | GridTable)[] {
  const width = textWidth(model);
  // Word keeps a paragraph's last lines (two, with widow control) with the next paragraph.
  const keepNext = keepWithNext ? { keepNext: true } : {};
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADING_LEVEL[block.level],
          alignment: ALIGNMENT[block.align ?? 'center'],
          children: [run(block.text, { hyphenate: false })],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: ALIGNMENT[block.align ?? 'justify'],
          indent: block.firstLineIndent ? { firstLine: FIRST_LINE_INDENT } : undefined,
          spacing: { after: 120 },
          ...keepNext,
          children: block.runs.map((inline) => run(inline)),
        }),
      ];
    case 'list': {
      const instance = listNumber();
      return block.items.map(
        (item, i) =>
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            numbering: { reference: block.ordered ? 'ordered' : 'bulleted', level: 0, instance },
            spacing: { after: 40 },
            ...(i === block.items.length - 1 ? keepNext : {}),
            children: item.map((inline) => run(inline)),
          }),
      );
    }
    case 'table':
      return [gridTable(block, width, model.orientation, keepWithNext), new Paragraph({ ...keepNext, children: [] })];
    case 'approval': {
      const column = Math.min(twips(APPROVAL_WIDTH_MM), Math.floor(width / 2));
      const columns = block.entries.map(approvalParagraphs);
      if (columns.length === 1) return [layoutTable(columns, [column], 'right'), SPACER()];
      return [layoutTable([columns[0] ?? [], [], columns[1] ?? []], [column, width - 2 * column, column]), SPACER()];
    }
    case 'signatures':
      return [
        new Paragraph({ keepNext: true, children: [] }),
        ...block.signatures.map((s, i) => {
          const [position, blank, name] = shares([2, 1, 1], width);
          // Every signature but the last keeps with the next: the block stays on one page.
          const keep = i < block.signatures.length - 1;
          return layoutTable(
            [
              [line(s.position, { keepNext: keep })],
              [line(SIGNATURE_BLANK, { align: 'center', keepNext: keep })],
              [line(s.name, { align: 'right', keepNext: keep, style: { hyphenate: false } })],
            ],
            [position ?? 0, blank ?? 0, name ?? 0],
          );
        }),
      ];
    case 'parties':
      // The space before keeps with the table, so a heading above is not left alone at the foot of a page.
      return [new Paragraph({ keepNext: true, children: [] }), partiesTable(block.parties, width)];
    case 'spread':
      return [
        new Paragraph({
          tabStops: [{ type: TabStopType.RIGHT, position: width }],
          spacing: { before: 120, after: 240 },
          ...keepNext,
          children: [
            run(block.left, { hyphenate: false }),
            new TextRun({ children: [new Tab(), ...printedChildren(block.right, false)] }),
          ],
        }),
      ];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'blankLines':
      return [blankLines(block.count, width), SPACER()];
    case 'chart':
      return chartElements(block, model, pictures);
  }
}

/** The header's distance from the top edge: the page number stands in the middle of the top margin. */
const HEADER_DISTANCE = twips(PAGE.margin.top / 2 - 2);

/** The page's number at the top centre, a PAGE field: Word renumbers the pages after every edit. */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: TABLE_SIZE })],
      }),
    ],
  });
}

const headingStyle = (size: number) => ({
  run: { font: DOCX_FONT, size, bold: true, color: '000000' },
  paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120 }, keepNext: true },
});

/**
 * The same document as a Word file: A4, ГОСТ margins, Times New Roman 14 pt (12 pt in tables); charts as pictures
 * (as tables of their figures where a picture could not be drawn).
 */
export async function renderDocx(model: DocumentModel, options: DocxOptions = {}): Promise<Uint8Array> {
  let lists = 0;
  const pictures = await chartPictures(model, options);
  const kept = keptWithNext(model.blocks);
  const children = model.blocks.flatMap((block, i) =>
    blockElements(block, model, () => ++lists, pictures, kept.has(i)),
  );
  const doc = new Document({
    creator: 'Содружество',
    title: model.title,
    styles: {
      default: {
        document: {
          run: { font: DOCX_FONT, size: BODY_SIZE, language: { value: 'ru-RU' } },
          paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
        heading1: headingStyle(BODY_SIZE),
        heading2: headingStyle(BODY_SIZE),
        heading3: headingStyle(26),
      },
    },
    numbering: {
      config: [
        {
          reference: 'ordered',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: FIRST_LINE_INDENT, hanging: 425 } } },
            },
          ],
        },
        {
          reference: 'bulleted',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '–',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: FIRST_LINE_INDENT, hanging: 425 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: A4.width,
              height: A4.height,
              orientation: model.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { ...MARGIN, header: HEADER_DISTANCE },
          },
          // Pages are numbered from the second: the first page has a header of its own, and it is empty.
          titlePage: true,
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children: children.length > 0 ? children : [new Paragraph({})],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
