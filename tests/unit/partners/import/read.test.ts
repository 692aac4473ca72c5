import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_FILE_BYTES, IMPORT_MAX_ROWS } from '../../../../src-main/contract/partner-import';
import { AppError } from '../../../../src-main/errors';
import { parseCsv } from '../../../../src-main/imports/csv';
import { guessMapping } from '../../../../src-main/partners/import/mapping';
import { RowCollector } from '../../../../src-main/imports/row-collector';
import { readImportTable } from '../../../../src-main/partners/import/table';
import { readXlsx } from '../../../../src-main/imports/xlsx';
import { base64, utf8, windows1251, xlsxBook } from '../../../fixtures/partner-files';

const HEADER = ['Полное наименование', 'Направление', 'ИНН', 'Контактное лицо'];
const ROWS = [
  ['МБУК «Центральная детская библиотека» г. Зверево', 'Культура', '7707083893', 'Ёлкина Анна Сергеевна'],
  ['ДК «Маяк»', 'Культура', '', 'Щукин Юрий'],
];

function csv(delimiter: string, lineBreak = '\r\n'): string {
  return [HEADER, ...ROWS].map((cells) => cells.join(delimiter)).join(lineBreak) + lineBreak;
}

async function read(fileName: string, bytes: Uint8Array) {
  return readImportTable(fileName, base64(bytes));
}

async function refusal(fileName: string, bytes: Uint8Array): Promise<AppError> {
  const error = await read(fileName, bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('reading a file to import', () => {
  it('reads UTF-8 with «;», UTF-8 with a BOM and «,», and Windows-1251 to the same rows with Cyrillic intact', async () => {
    const semicolon = await read('партнёры.csv', utf8(csv(';')));
    const bomComma = await read('партнёры.csv', utf8(csv(',', '\n'), { bom: true }));
    const cp1251 = await read('партнёры.csv', windows1251(csv(';')));

    expect(semicolon).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ';', columns: HEADER });
    expect(bomComma).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ',', columns: HEADER });
    expect(cp1251).toMatchObject({ format: 'csv', encoding: 'windows-1251', delimiter: ';', columns: HEADER });
    const expected = [
      { line: 2, cells: ROWS[0] },
      { line: 3, cells: ROWS[1] },
    ];
    expect(semicolon.rows).toEqual(expected);
    expect(bomComma.rows).toEqual(expected);
    expect(cp1251.rows).toEqual(expected);
  });

  it('keeps a delimiter and line breaks inside quoted fields, and numbers rows by the line they start on', async () => {
    const text = [
      'Наименование;Формы взаимодействия;Примечание',
      '"ООО ""Ромашка; и партнёры""";"Экскурсии',
      'Мастер-классы";',
      '',
      'ДК «Маяк»;Концерты;"a, b"',
    ].join('\r\n');
    const table = await read('p.csv', utf8(text));
    expect(table.delimiter).toBe(';');
    expect(table.rows).toEqual([
      { line: 2, cells: ['ООО "Ромашка; и партнёры"', 'Экскурсии\r\nМастер-классы', ''] },
      { line: 5, cells: ['ДК «Маяк»', 'Концерты', 'a, b'] },
    ]);
  });

  it('tells «,» from «;» by the header line even when the data holds the other one', async () => {
    const table = await read('p.csv', utf8('Наименование,ИНН\n"Школа; искусств",7707083893\n'));
    expect(table.delimiter).toBe(',');
    expect(table.rows[0]?.cells).toEqual(['Школа; искусств', '7707083893']);
  });

  it('reads the first sheet of an XLSX book: dates as ДД.ММ.ГГГГ, rich text as plain, formulas by their result', async () => {
    const bytes = await xlsxBook([
      ['Полное наименование', 'ИНН', 'Примечание', 'Формы'],
      [
        { richText: [{ text: 'ДК ', font: { bold: true } }, { text: '«Маяк»' }] },
        7707083893,
        new Date(Date.UTC(2026, 8, 1)),
        { formula: 'CONCATENATE("Кон","церты")', result: 'Концерты' },
      ],
      [],
      ['Ёлочка', { text: 'сайт', hyperlink: 'https://example.ru' }, true, null],
    ]);
    const table = await read('Партнёры.xlsx', bytes);
    expect(table).toMatchObject({ format: 'xlsx', encoding: null, delimiter: null });
    expect(table.columns).toEqual(['Полное наименование', 'ИНН', 'Примечание', 'Формы']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['ДК «Маяк»', '7707083893', '01.09.2026', 'Концерты'] },
      { line: 4, cells: ['Ёлочка', 'сайт', 'да', ''] },
    ]);
  });

  it('names a column without a header by its number', async () => {
    const table = await read('p.csv', utf8('Наименование;;ИНН\nДК;x;7707083893\n'));
    expect(table.columns).toEqual(['Наименование', 'Столбец 2', 'ИНН']);
  });

  it.each([
    ['an empty file', 'p.csv', new Uint8Array(), 'Файл пуст'],
    ['a file of blank lines', 'p.csv', utf8('\r\n\r\n;;\r\n'), 'Файл пуст'],
    ['a header without rows', 'p.csv', utf8('Наименование;ИНН\r\n'), 'только строка заголовков'],
    ['binary garbage', 'p.csv', Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256), 'не похож на таблицу'],
    ['a ZIP that is no workbook', 'p.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'книгу Excel'],
    ['an old .xls book', 'p.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), '.xls'],
    ['text named .xlsx', 'p.xlsx', utf8('Наименование;ИНН\nДК;1\n'), 'книгой Excel не является'],
    ['a quote left open', 'p.csv', utf8('Наименование;ИНН\n"ДК;1\nШкола;2\n'), 'Строка 2: кавычка'],
  ])('refuses %s with a Russian message', async (_, fileName, bytes, message) => {
    const error = await refusal(fileName, bytes);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain(message);
  });
});

describe('guessing the columns from the header', () => {
  it('recognises the Russian names of the fields, without case, with ё as е and any punctuation', () => {
    const mapping = guessMapping([
      '№',
      'НАИМЕНОВАНИЕ',
      'Краткое наименование',
      'Категория',
      'ИНН организации',
      'КПП',
      'ОГРН',
      'Юридический адрес',
      'Почтовый адрес',
      'Руководитель',
      'Должность руководителя',
      'Действует на основании',
      'Контактное лицо',
      'Телефон',
      'Эл. почта:',
      'Сайт',
      'Статус',
      'Формы взаимодействия',
      'Социальный эффект',
      'Примечание',
      'Сокращённое наименование',
    ]);
    expect(mapping).toEqual({
      fullName: 1,
      shortName: 2,
      category: 3,
      status: 16,
      legalForm: null,
      inn: 4,
      kpp: 5,
      ogrn: 6,
      legalAddress: 7,
      postalAddress: 8,
      headName: 9,
      headPosition: 10,
      headBasis: 11,
      contactName: 12,
      contactRole: null,
      contactPhone: 13,
      contactEmail: 14,
      website: 15,
      forms: 17,
      effects: 18,
      notes: 19,
    });
  });

  it('prefers «Полное наименование» over «Наименование» and maps «Направление» and «Email»', () => {
    const mapping = guessMapping(['Наименование', 'Email', 'Полное наименование', 'Направление']);
    expect(mapping).toMatchObject({ fullName: 2, shortName: null, contactEmail: 1, category: 3 });
  });

  it('leaves a field unmapped when no header names it', () => {
    expect(guessMapping(['Столбец 1', 'Дата'])).toMatchObject({ fullName: null, inn: null });
  });
});

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

describe('limits applied while a file is read', () => {
  it('refuses a CSV of 200,000 rows with a Russian message, having read no further than the first row over 5,000', async () => {
    const text = csvOf(200_000);
    expect(utf8(text).byteLength).toBeLessThan(IMPORT_MAX_FILE_BYTES);
    const error = await refusal('партнёры.csv', utf8(text));
    expect(error.message).toMatch(TOO_MANY);

    const rows = new RowCollector();
    expect(() => parseCsv(text, ';', rows)).toThrow(TOO_MANY);
    // The header, 5,000 partners and the one row that is too many: the other 194,999 are never handed over.
    expect(rows.read).toBe(IMPORT_MAX_ROWS + 2);
  });

  it('refuses an XLSX sheet over 5,000 rows having read no further than the first row over the limit', async () => {
    const bytes = await bookOf(10_000);
    const error = await refusal('партнёры.xlsx', bytes);
    expect(error.message).toMatch(TOO_MANY);

    const rows = new RowCollector();
    await expect(readXlsx(bytes, rows)).rejects.toThrow(TOO_MANY);
    expect(rows.read).toBe(IMPORT_MAX_ROWS + 2);
  });

  it('reads exactly 5,000 partners, blank lines not counted', async () => {
    const text = csvOf(IMPORT_MAX_ROWS).replace('\nП1;', '\n;\n\nП1;');
    const table = await read('партнёры.csv', utf8(text));
    expect(table.rows).toHaveLength(IMPORT_MAX_ROWS);
  });

  it('refuses a file over 10 MB by its size before reading a row of it', async () => {
    const bytes = utf8(csvOf(10).padEnd(IMPORT_MAX_FILE_BYTES + 1, ' '));
    const error = await refusal('партнёры.csv', bytes);
    expect(error.message).toBe('Файл больше 10 МБ: разделите его на части.');
  });
});
