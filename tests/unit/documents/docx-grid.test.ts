import { fc, test } from '@fast-check/vitest';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  NoBreakHyphen,
  Paragraph,
  SoftHyphen,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { describe, expect } from 'vitest';
import { renderDocx } from '../../../src-main/documents/docx';
import { linesOf, rowMayBreak, type Alignment, type TableBlock } from '../../../src-main/documents/model';
import { NO_BREAK_HYPHEN, printedText, SOFT_HYPHEN, textPieces } from '../../../src-main/documents/line-breaks';
import { readDocx } from './docx-text';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
/** docx's value of an alignment other than left (left is the default and written as nothing). */
const alignmentOf = (align: Exclude<Alignment, 'left'>) =>
  align === 'justify' ? AlignmentType.JUSTIFIED : align === 'center' ? AlignmentType.CENTER : AlignmentType.RIGHT;
// The text width of a portrait A4 page with the documents' margins, in twips.
const WIDTH = 11906 - 1701 - 1134;

/** The same table built of docx's own objects, as the Word renderer built it before it wrote the XML itself. */
function docxTable(table: TableBlock, widths: number[]): Table {
  const size = table.small ? 21 : 24;
  // The text as printed: soft hyphens in words, but none in a group's heading, and no-break hyphens in codes.
  const paragraph = (text: string, align: Alignment | undefined, bold = false, keepNext = false) =>
    new Paragraph({
      ...(align && align !== 'left' ? { alignment: alignmentOf(align) } : {}),
      ...(keepNext ? { keepNext: true } : {}),
      children: [
        new TextRun({
          children: textPieces(printedText(text, !keepNext)).map((piece) =>
            piece === SOFT_HYPHEN ? new SoftHyphen() : piece === NO_BREAK_HYPHEN ? new NoBreakHyphen() : piece,
          ),
          bold: bold || undefined,
          size,
        }),
      ],
    });
  const cellWidth = (i: number) => ({ size: widths[i] ?? 0, type: WidthType.DXA });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map(
      (column, i) =>
        new TableCell({
          width: cellWidth(i),
          verticalAlign: VerticalAlignTable.CENTER,
          children: [paragraph(column.title, 'center', true)],
        }),
    ),
  });
  const rows = table.rows.map((row) =>
    'group' in row
      ? new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: WIDTH, type: WidthType.DXA },
              columnSpan: table.columns.length,
              children: [paragraph(row.group, 'center', true, true)],
            }),
          ],
        })
      : new TableRow({
          cantSplit: !rowMayBreak(table, row, 'portrait'),
          children: table.columns.map(
            (column, i) =>
              new TableCell({
                width: cellWidth(i),
                children: linesOf(row.cells[i] ?? '').map((text) => paragraph(text, column.align)),
              }),
          ),
        }),
  );
  return new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [header, ...rows],
  });
}

/** The first table of a Word file's body, as XML. */
async function tableXml(bytes: Uint8Array): Promise<string> {
  const { document } = await readDocx(bytes);
  return document.slice(document.indexOf('<w:tbl>'), document.indexOf('</w:tbl>') + '</w:tbl>'.length);
}

/** The columns' widths as the renderer shares the text width among them (the grid, which the XML holds). */
function gridWidths(xml: string): number[] {
  return [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
}

const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('', ' ', 'Экскурсия «Мой край» & <музей> "Кванториум"', 'в течение месяца', '1.', 'a\u0001b'),
  fc.string({ minLength: 120, maxLength: 400 }),
);
const tableArb: fc.Arbitrary<TableBlock> = fc
  .array(
    fc.record({
      title: text,
      width: fc.integer({ min: 1, max: 9 }),
      align: fc.constantFrom(undefined, 'left', 'center', 'right', 'justify' as const),
    }),
    { minLength: 1, maxLength: 7 },
  )
  .chain((columns) =>
    fc.record({
      type: fc.constant('table' as const),
      columns: fc.constant(columns.map(({ align, ...column }) => (align ? { ...column, align } : column))),
      small: fc.boolean(),
      rows: fc.array(
        fc.oneof(
          fc.record({ group: text }),
          fc.record({
            cells: fc.array(fc.oneof(text, fc.array(text, { maxLength: 3 })), {
              minLength: columns.length,
              maxLength: columns.length,
            }),
          }),
        ),
        { maxLength: 8 },
      ),
    }),
  );

describe('a table with a grid in a Word file', () => {
  test.prop([tableArb], { numRuns: 100, endOnFailure: true })(
    'is written exactly as docx’s own Table writes it',
    async (table) => {
      const written = await tableXml(await renderDocx({ title: 'Таблица', orientation: 'portrait', blocks: [table] }));
      const reference = new Document({ sections: [{ children: [docxTable(table, gridWidths(written))] }] });
      expect(written).toBe(await tableXml(await Packer.toBuffer(reference)));
    },
    120_000,
  );
});
