import { fc, test } from '@fast-check/vitest';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  columnPixels,
  fittedWidths,
  FONT_SIZE,
  linesIn,
  MIN_PRINTED_SIZE,
  PAGE_MARGINS,
  PRINTABLE_PIXELS,
  tableSheet,
  tablesWorkbook,
  type XlsxColumn,
} from '../../../src-main/documents/xlsx-table';

interface Row {
  name: string;
  note: string;
  day: string;
}

const LONG = 'Совместная подготовка и проведение народных праздников, посиделок, вечеров поэзии, народной музыки';
const COLUMNS: XlsxColumn<Row>[] = [
  { header: '№', width: 5, value: (_, i) => i + 1 },
  { header: 'Наименование', width: 30, value: (r) => r.name },
  { header: 'Примечание', width: 40, value: (r) => r.note },
  { header: 'Дата', width: 12, value: (r) => r.day, format: 'date' },
];
const ROWS: Row[] = [
  { name: 'ГИБДД', note: '', day: '2026-09-01' },
  { name: LONG, note: 'Первая строка\nВторая строка\nТретья строка', day: '2026-10-15' },
];
const INFO = { title: 'Перечень', creator: 'МБОУ Первомайская СОШ', created: new Date('2026-11-26T07:00:00Z') };

async function workbookOf(columns: readonly XlsxColumn<Row>[], rows: readonly Row[]): Promise<ExcelJS.Workbook> {
  const bytes = await tablesWorkbook([tableSheet({ sheetName: 'Лист', title: 'Перечень', columns, rows })], INFO);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.slice().buffer);
  return book;
}

/** The scale a sheet prints at when its widths are fit to the page; never above 100 %. */
function printScale(widths: readonly number[]): number {
  return Math.min(1, PRINTABLE_PIXELS / widths.reduce((sum, w) => sum + columnPixels(w), 0));
}

describe('every workbook the app writes', () => {
  it('gives each row a height that holds its wrapped lines, the longest cell deciding', async () => {
    const sheet = (await workbookOf(COLUMNS, ROWS)).worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const [header, short, long] = [sheet.getRow(2), sheet.getRow(3), sheet.getRow(4)];
    expect(short.height).toBe(15);
    // The name takes more lines of a column of 30 characters than the note's three, at least as many as its length.
    expect(linesIn(LONG, 30)).toBeGreaterThanOrEqual(Math.ceil(LONG.length / 30));
    expect(long.height).toBe(15 * linesIn(LONG, 30));
    expect(header.height).toBe(15);
    expect(sheet.getCell('B4').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
  });

  it('prints on A4 landscape with ГОСТ margins, fit to the width only, the header repeated on every page', async () => {
    const sheet = (await workbookOf(COLUMNS, ROWS)).worksheets[0];
    expect(sheet?.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '2:2',
    });
    const margins = sheet?.pageSetup.margins;
    expect((margins?.left ?? 0) * 25.4).toBeCloseTo(30, 5);
    for (const side of ['right', 'top', 'bottom'] as const) expect((margins?.[side] ?? 0) * 25.4).toBeCloseTo(20, 5);
    expect(margins).toMatchObject(PAGE_MARGINS);
  });

  it('carries its title, the school as its author and the time it was made', async () => {
    const book = await workbookOf(COLUMNS, ROWS);
    expect(book.title).toBe('Перечень');
    expect(book.creator).toBe('МБОУ Первомайская СОШ');
    expect(book.created.toISOString()).toBe('2026-11-26T07:00:00.000Z');
  });

  it('narrows the text columns of a wide table in proportion so that it prints at 9 pt, keeping the date and the narrow', async () => {
    const wide: XlsxColumn<Row>[] = [
      ...COLUMNS,
      ...Array.from({ length: 6 }, (_, i) => ({ header: `Столбец ${i}`, width: 30, value: (r: Row) => r.note })),
    ];
    const sheet = (await workbookOf(wide, ROWS)).worksheets[0];
    const widths = wide.map((_, i) => sheet?.getColumn(i + 1).width ?? 0);
    expect(printScale(wide.map((c) => c.width)) * FONT_SIZE).toBeLessThan(MIN_PRINTED_SIZE);
    expect(printScale(widths) * FONT_SIZE).toBeGreaterThanOrEqual(MIN_PRINTED_SIZE);
    expect(widths.slice(0, 1)).toEqual([5]);
    expect(widths[3]).toBe(12);
    expect(widths[1]).toBeLessThan(30);
  });
});

describe('fitting the columns to the page', () => {
  test.prop([fc.array(fc.integer({ min: 3, max: 80 }), { minLength: 1, maxLength: 20 })])(
    'always prints at 9 pt or more, never widens a column, and leaves a table that fits as it is',
    (given) => {
      const widths = fittedWidths(given.map((width) => ({ width })));
      expect(printScale(widths) * FONT_SIZE).toBeGreaterThanOrEqual(MIN_PRINTED_SIZE);
      widths.forEach((w, i) => expect(w).toBeLessThanOrEqual(given[i] ?? 0));
      if (printScale(given) * FONT_SIZE >= MIN_PRINTED_SIZE) expect(widths).toEqual(given);
    },
  );

  test.prop([fc.string({ maxLength: 400 }), fc.integer({ min: 4, max: 80 })])(
    'counts at least one line per paragraph, and never fewer lines in a narrower column',
    (text, width) => {
      expect(linesIn(text, width)).toBeGreaterThanOrEqual(text.split('\n').length);
      expect(linesIn(text, Math.max(1, width - 3))).toBeGreaterThanOrEqual(linesIn(text, width));
    },
  );
});
