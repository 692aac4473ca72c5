import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/errors';
import { readOfficeTables } from '../../../src-main/imports/office-tables';
import { compoundFile, docxFile, wordTable, xlsxFile } from '../../fixtures/office-files';
import { utf8, windows1251 } from '../../fixtures/partner-files';

const ALL = ['docx', 'xlsx', 'csv'] as const;

describe('readOfficeTables: Word', () => {
  it('numbers the tables, expands spans, gives a vertical merge the text above and marks month rows', async () => {
    const bytes = await docxFile([
      'Пояснение',
      wordTable([['Просто', 'таблица']]),
      wordTable([
        ['№', 'Сроки', 'Мероприятие'],
        [{ text: 'Сентябрь', columnSpan: 3 }],
        ['1', { text: '01.09', rowSpan: 2 }, 'Линейка'],
        ['2', 'Экскурсия'],
        ['', '', ''],
        [{ text: 'Октябрь 2025', columnSpan: 3 }],
        ['3', { text: 'весь месяц', columnSpan: 2 }],
      ]),
    ]);
    const tables = await readOfficeTables('план.docx', bytes, ALL);
    expect(tables.map((t) => [t.source, t.columnCount])).toEqual([
      ['Таблица 1', 2],
      ['Таблица 2', 3],
    ]);
    expect(tables[1]?.rows).toEqual([
      { line: 1, cells: ['№', 'Сроки', 'Мероприятие'], wholeRow: false },
      { line: 2, cells: ['Сентябрь', '', ''], wholeRow: true },
      { line: 3, cells: ['1', '01.09', 'Линейка'], wholeRow: false },
      { line: 4, cells: ['2', '01.09', 'Экскурсия'], wholeRow: false },
      { line: 6, cells: ['Октябрь 2025', '', ''], wholeRow: true },
      { line: 7, cells: ['3', 'весь месяц', ''], wholeRow: false },
    ]);
  });

  it('refuses a document without a table', async () => {
    await expect(readOfficeTables('письмо.docx', await docxFile(['Только текст']), ALL)).rejects.toThrow(
      /^В файле нет таблицы: программа читает из документа Word только таблицы/,
    );
  });
});

describe('readOfficeTables: Excel', () => {
  it('reads each visible sheet from its first filled column, merges resolved, dates as ДД.ММ.ГГГГ', async () => {
    const bytes = await xlsxFile([
      {
        name: 'План',
        rows: [
          [],
          [null, '№', 'Дата', 'Мероприятие'],
          [null, 'Сентябрь'],
          [null, 1, new Date(Date.UTC(2025, 8, 1)), 'Линейка'],
          [null, 2, null, 'Экскурсия'],
          [null, 2.5, 'в течение года', 'Акция'],
        ],
        merges: ['B3:D3', 'C4:C5'],
      },
      { name: 'Пустой', rows: [] },
      { name: 'Скрытый', rows: [['a', 'b']], state: 'hidden' },
      { name: 'Второй', rows: [['x']] },
    ]);
    const tables = await readOfficeTables('план.xlsx', bytes, ALL);
    expect(tables.map((t) => [t.source, t.columnCount])).toEqual([
      ['План', 3],
      ['Второй', 1],
    ]);
    expect(tables[0]?.rows).toEqual([
      { line: 2, cells: ['№', 'Дата', 'Мероприятие'], wholeRow: false },
      { line: 3, cells: ['Сентябрь', '', ''], wholeRow: true },
      { line: 4, cells: ['1', '01.09.2025', 'Линейка'], wholeRow: false },
      { line: 5, cells: ['2', '01.09.2025', 'Экскурсия'], wholeRow: false },
      { line: 6, cells: ['2.5', 'в течение года', 'Акция'], wholeRow: false },
    ]);
    expect(tables[1]?.rows).toEqual([{ line: 1, cells: ['x'], wholeRow: false }]);
  });

  it('keeps a row only a vertical merge fills, and refuses a book of empty sheets', async () => {
    const bytes = await xlsxFile([
      {
        name: 'Модель',
        rows: [
          ['Партнёр', 'Формы'],
          ['ЦДБ', 'Экскурсия'],
          ['', ''],
        ],
        merges: ['A2:A3', 'B2:B3'],
      },
    ]);
    const [table] = await readOfficeTables('модель.xlsx', bytes, ALL);
    expect(table?.rows.map((r) => r.cells)).toEqual([
      ['Партнёр', 'Формы'],
      ['ЦДБ', 'Экскурсия'],
      ['ЦДБ', 'Экскурсия'],
    ]);
    const empty = await xlsxFile([{ name: 'Лист1', rows: [] }]);
    await expect(readOfficeTables('пусто.xlsx', empty, ALL)).rejects.toThrow(
      /^В файле нет таблицы: все листы книги пусты/,
    );
  });
});

describe('readOfficeTables: CSV', () => {
  it('reads Windows-1251 and UTF-8 with either delimiter into one table named after the file', async () => {
    const cp = await readOfficeTables(
      'C:\\Школа\\модель.csv',
      windows1251('Партнёр;Формы\r\n"ДК «Юность»";"Концерт\r\nКонкурс"\r\n;\r\nЦДБ\r\n'),
      ALL,
    );
    expect(cp).toEqual([
      {
        source: 'модель.csv',
        columnCount: 2,
        rows: [
          { line: 1, cells: ['Партнёр', 'Формы'], wholeRow: false },
          { line: 2, cells: ['ДК «Юность»', 'Концерт\nКонкурс'], wholeRow: false },
          { line: 5, cells: ['ЦДБ', ''], wholeRow: false },
        ],
      },
    ]);
    const utf = await readOfficeTables('m.csv', utf8('a,b\n1,2\n', { bom: true }), ALL);
    expect(utf[0]?.rows.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('refuses an empty text, and what officeFileKind refuses', async () => {
    await expect(readOfficeTables('m.csv', utf8('\n\n'), ALL)).rejects.toThrow(/^В файле нет таблицы/);
    await expect(readOfficeTables('m.doc', compoundFile(), ALL)).rejects.toThrow(AppError);
    await expect(readOfficeTables('m.csv', utf8('a;b'), ['docx', 'xlsx'])).rejects.toThrow(/Программа читает отсюда/);
  });
});
