import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../../src-main/app-core';
import { call, useCores } from '../../kit';

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
  it('saves the filtered list only, under Russian headers, as «Партнёры <today>.xlsx»', async () => {
    const { app, output } = await core();
    const filter = { categoryIds: [await categoryId(app, 'Безопасность')], sort: 'name' as const };
    const expected = await call(app, 'partners:list', filter);

    const answer = await call(app, 'partners:exportXlsx', { filter });

    expect(answer).toEqual({ path: '/memory/Партнёры 2026-11-26.xlsx' });
    expect(output.saved).toHaveLength(1);
    expect(output.saved[0]).toMatchObject({ fileName: 'Партнёры 2026-11-26.xlsx', kind: 'xlsx' });
    const sheet = await readBook(output.saved[0]?.content as Uint8Array);
    expect(sheet.name).toBe('Партнёры');
    expect(rowValues(sheet, 1)).toEqual([
      '№',
      'Полное наименование',
      'Краткое наименование',
      'Направление',
      'Статус',
      'Этап',
      'ИНН',
      'Формы',
      'Эффекты',
    ]);
    expect(sheet.rowCount).toBe(1 + expected.length);
    expect(expected.map((p) => p.fullName)).toEqual(['ГИБДД', 'МЧС']);
    expected.forEach((p, i) => {
      expect(rowValues(sheet, i + 2)).toEqual([
        i + 1,
        p.fullName,
        p.shortName || undefined,
        'Безопасность',
        // No agreement with the program's partners yet: their status follows the agreements.
        'Потенциальный',
        p.stage,
        p.inn || undefined,
        p.formsCount,
        p.effectsCount,
      ]);
    });
  });

  it('makes a proper table: bold frozen header, a filter over every column, and column widths', async () => {
    const { app, output } = await core();
    const all = await call(app, 'partners:list', {});
    await call(app, 'partners:exportXlsx', { filter: {} });
    const sheet = await readBook(output.saved[0]?.content as Uint8Array);
    expect(sheet.getRow(1).getCell(2).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:I${all.length + 1}`);
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(40);
    expect(sheet.rowCount).toBe(all.length + 1);
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
