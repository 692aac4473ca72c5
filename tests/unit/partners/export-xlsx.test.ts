import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../../src-main/app-core';
import { partnerFieldsOf } from '../../../src-main/contract/partners';
import { call, partnerId, useCores } from '../../kit';

const openCore = useCores();

/** A core on the tests' fixed clock whose saved files can be read back. */
async function core() {
  const app = await openCore();
  return { app, output: app.output };
}

async function categoryId(app: AppCore, name: string): Promise<number> {
  const found = (await call(app, 'partners:categories', {})).find((c) => c.name === name);
  if (!found) throw new Error(`no category ${name}`);
  return found.id;
}

async function readBook(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.slice().buffer);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

function rowValues(sheet: ExcelJS.Worksheet, n: number): unknown[] {
  return (sheet.getRow(n).values as unknown[]).slice(1);
}

describe('exporting the list of partners to Excel', () => {
  it('saves the filtered list only, under its title and Russian headers, as «Партнёры <today>.xlsx»', async () => {
    const { app, output } = await core();
    const filter = { categoryIds: [await categoryId(app, 'Безопасность')], sort: 'name' as const };
    const expected = await call(app, 'partners:list', filter);

    const answer = await call(app, 'partners:exportXlsx', { filter });

    expect(answer).toEqual({ path: '/memory/Партнёры 2026-11-26.xlsx' });
    expect(output.saved).toHaveLength(1);
    expect(output.saved[0]).toMatchObject({ fileName: 'Партнёры 2026-11-26.xlsx', kind: 'xlsx' });
    const sheet = await readBook(output.saved[0]?.content as Uint8Array);
    expect(sheet.name).toBe('Партнёры');
    expect(sheet.getCell('A1').value).toBe('Социальные партнёры школы на 26.11.2026');
    expect(rowValues(sheet, 2)).toEqual([
      '№',
      'Наименование (полное, краткое)',
      'Направление',
      'Статус, этап',
      'ИНН',
      'КПП',
      'ОГРН',
      'Адрес',
      'Руководитель',
      'Контактные лица, сайт',
    ]);
    expect(sheet.rowCount).toBe(2 + expected.length);
    expect(expected.map((p) => p.fullName)).toEqual(['ГИБДД', 'МЧС']);
    expected.forEach((p, i) => {
      // No agreement with the program's partners yet: their status follows the agreements.
      expect(rowValues(sheet, i + 3).slice(0, 4)).toEqual([
        i + 1,
        p.fullName,
        'Безопасность',
        `Потенциальный, этап ${p.stage}`,
      ]);
    });
  });

  it('carries each partner’s requisites, head, addresses, contacts and website, a contact a line', async () => {
    const { app, output } = await core();
    const id = partnerId(app, 'МЧС');
    const fields = partnerFieldsOf(await call(app, 'partners:get', { id }));
    await call(app, 'partners:update', {
      id,
      fields: {
        ...fields,
        shortName: 'ГУ МЧС',
        inn: '6151001230',
        kpp: '615101001',
        ogrn: '1026102100122',
        legalAddress: 'г. Ростов-на-Дону, ул. Горького, д. 1',
        postalAddress: 'г. Зверево, ул. Ленина, д. 2',
        headPosition: 'Начальник',
        headName: 'Орлов Олег Олегович',
        headBasis: 'Положения',
        website: 'mchs.gov.ru',
        contacts: [
          { name: 'Белов Иван', role: 'инспектор', phone: '+7 900 000-00-01', email: '' },
          { name: 'Серова Анна', role: '', phone: '', email: 'serova@mchs.ru' },
        ],
      },
    });
    await call(app, 'partners:exportXlsx', { filter: { search: 'МЧС' } });
    const sheet = await readBook(output.saved[0]?.content as Uint8Array);
    expect(rowValues(sheet, 3)).toEqual([
      1,
      'МЧС\n(ГУ МЧС)',
      'Безопасность',
      expect.stringMatching(/^Потенциальный, этап \d$/),
      '6151001230',
      '615101001',
      '1026102100122',
      'Юридический: г. Ростов-на-Дону, ул. Горького, д. 1\nПочтовый: г. Зверево, ул. Ленина, д. 2',
      'Начальник\nОрлов Олег Олегович\n(Положения)',
      'Белов Иван, инспектор, +7 900 000-00-01\nСерова Анна, serova@mchs.ru\nmchs.gov.ru',
    ]);
    expect(sheet.getCell('E3').numFmt).toBe('@');
  });

  it('makes a proper table: bold frozen header, a filter over every column, and column widths', async () => {
    const { app, output } = await core();
    const all = await call(app, 'partners:list', {});
    await call(app, 'partners:exportXlsx', { filter: {} });
    const sheet = await readBook(output.saved[0]?.content as Uint8Array);
    expect(sheet.getRow(2).getCell(2).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBe(`A2:J${all.length + 2}`);
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(15);
    expect(sheet.rowCount).toBe(all.length + 2);
  });

  it('saves nothing and answers null when the user cancels the dialog', async () => {
    const { app, output } = await core();
    output.cancel = true;
    expect(await call(app, 'partners:exportXlsx', { filter: {} })).toEqual({ path: null });
    expect(output.saved).toEqual([]);
  });

  it('refuses with a Russian message when no partner fits the filter', async () => {
    const { app, output } = await core();
    const answer = await app.dispatch('partners:exportXlsx', { filter: { search: 'нет такого партнёра' } });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Нет партнёров, подходящих под выбранные условия: выгружать нечего.' },
    });
    expect(output.saved).toEqual([]);
  });
});
