import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../../src-main/app-core';
import { buildAcquisitionPlanDocument } from '../../../src-main/acquisitions/documents/acquisition-plan';
import { renderHtml } from '../../../src-main/documents/html';
import type { TableBlock } from '../../../src-main/documents/model';
import { call, partnerId, refusal, type TestCore, useCores } from '../../kit';
import { readDocx } from '../documents/docx-text';
import { addAcquisition, LIBRARY } from './fixtures';
import { readable } from '../documents/readable-text';

const core = useCores();
const NBSP = '\u00A0';
const TITLE =
  'Перспективный план приобретения оборудования, учебных пособий и литературы для развития образовательной среды ' +
  'на 2026–2030 годы';
const APPROVAL = {
  approverPosition: 'Директор МБОУ Первомайская СОШ',
  approverName: 'Иванова Мария Петровна',
  approvalOrderNumber: '112-о',
  approvalOrderDate: '2026-09-01',
};
const REQUEST = { kind: 'acquisitionPlan', fromYear: 2026, toYear: 2030 } as const;

/** Items in 2026 and 2027 (one acquired, one cancelled), one in 2031 outside the printed years. */
async function planCore(): Promise<TestCore> {
  const app = await core();
  await call(app, 'acquisitions:saveApproval', APPROVAL);
  await addAcquisition(app, {
    name: 'Проектор мультимедийный',
    category: 'Мультимедийное оборудование',
    quantity: 1,
    plannedYear: 2027,
    plannedQuarter: 2,
    costKopecks: 4_599_050,
  });
  const books = await addAcquisition(app, {
    name: 'Сказки народов России',
    category: 'Художественная литература',
    quantity: 25,
    unit: 'экз.',
    plannedYear: 2026,
    plannedQuarter: null,
    source: 'partner',
    partnerId: partnerId(app, LIBRARY),
    costKopecks: null,
    notes: 'Для библиотеки начальной школы',
  });
  await call(app, 'acquisitions:markAcquired', { id: books.id, acquiredOn: '2026-11-20' });
  await addAcquisition(app, {
    name: 'Стенд «Правила дорожного движения»',
    category: 'Учебные пособия',
    quantity: 1,
    plannedYear: 2026,
    plannedQuarter: 4,
    source: 'sponsor',
    sourceNote: 'ИП Смирнов А.В.',
    costKopecks: 1_250_000,
  });
  const cancelled = await addAcquisition(app, {
    name: 'Батут',
    plannedYear: 2027,
    plannedQuarter: 3,
    costKopecks: 9_900_000,
  });
  await call(app, 'acquisitions:cancel', { id: cancelled.id });
  await addAcquisition(app, { name: 'Интерактивная панель', plannedYear: 2031, costKopecks: 30_000_000 });
  return app;
}

const rowTexts = (table: TableBlock) =>
  table.rows.map((row) => ('group' in row ? row.group : row.cells.map((c) => (Array.isArray(c) ? c.join(' / ') : c))));

async function savedBytes(app: TestCore, index = 0): Promise<Uint8Array> {
  const saved = app.output.saved[index]?.content;
  if (!(saved instanceof Uint8Array)) throw new Error('no bytes');
  return saved;
}

describe('the printed plan of acquisitions', () => {
  it('has «УТВЕРЖДАЮ» at the top right, the title with the years, and the table of the years’ items with totals', async () => {
    const app = await planCore();
    const { title, html: printed } = await call(app, 'documents:preview', REQUEST);
    const html = readable(printed);
    expect(title).toBe('План приобретения 2026–2030');
    expect(html).toContain('size: A4 landscape');
    expect(html.indexOf('УТВЕРЖДАЮ')).toBeLessThan(html.indexOf(TITLE));
    expect(html).toContain('Директор МБОУ Первомайская СОШ');
    expect(html).toContain('____________ М.П. Иванова');
    expect(html).toContain('приказ от 01.09.2026 № 112-о');
    expect(html).not.toContain('СОГЛАСОВАНО');
    for (const header of ['№', 'Наименование', 'Категория', 'Кол-во', 'Срок (год, квартал)', 'Источник']) {
      expect(html).toContain(`>${header}<`);
    }
    expect(html).toContain('Сумма, руб.');
    expect(html).toContain('Отметка о выполнении');
    expect(html).not.toContain('Интерактивная панель');
  });

  it('lists the items by year, numbered through, with a total for each year and for the plan without the cancelled', async () => {
    const app = await planCore();
    const { html: printed } = await call(app, 'documents:preview', REQUEST);
    const html = readable(printed);
    expect(html).toContain(TITLE);
    const items = await call(app, 'acquisitions:list', { fromYear: 2026, toYear: 2030, status: null, source: null });
    const model = buildAcquisitionPlanDocument({
      years: { fromYear: 2026, toYear: 2030 },
      items,
      approval: APPROVAL,
      school: (await call(app, 'settings:get', {})).school,
    });
    const table = model.blocks.find((b): b is TableBlock => b.type === 'table');
    if (!table) throw new Error('no table');
    expect(table.columns.map((c) => c.title)).toEqual([
      '№',
      'Наименование',
      'Категория',
      'Кол-во',
      'Срок (год, квартал)',
      'Источник',
      'Сумма, руб.',
      'Отметка о выполнении',
    ]);
    expect(rowTexts(table)).toEqual([
      '2026 год',
      [
        '1.',
        'Сказки народов России / Для библиотеки начальной школы',
        'Художественная литература',
        '25 экз.',
        `2026${NBSP}г.`,
        `Партнёр: ${LIBRARY}`,
        '',
        'Приобретено 20.11.2026',
      ],
      [
        '2.',
        'Стенд «Правила дорожного движения»',
        'Учебные пособия',
        '1 шт.',
        `IV${NBSP}кв. 2026${NBSP}г.`,
        'Спонсор: ИП Смирнов А.В.',
        `12${NBSP}500,00`,
        '',
      ],
      ['', 'Итого за 2026 год', '', '', '', '', `12${NBSP}500,00`, ''],
      '2027 год',
      [
        '3.',
        'Проектор мультимедийный',
        'Мультимедийное оборудование',
        '1 шт.',
        `II${NBSP}кв. 2027${NBSP}г.`,
        'Бюджет',
        `45${NBSP}990,50`,
        '',
      ],
      [
        '4.',
        'Батут',
        'Игровое оборудование',
        '2 шт.',
        `III${NBSP}кв. 2027${NBSP}г.`,
        'Бюджет',
        `99${NBSP}000,00`,
        'Отменено',
      ],
      ['', 'Итого за 2027 год (без отменённых)', '', '', '', '', `45${NBSP}990,50`, ''],
      ['', 'Итого (без отменённых)', '', '', '', '', `58${NBSP}490,50`, ''],
    ]);
    expect(renderHtml(model)).toBe(printed);
  });

  it('of a single year has no year totals and says «на 2027 год»', async () => {
    const app = await planCore();
    const { title, html: printed } = await call(app, 'documents:preview', {
      kind: 'acquisitionPlan',
      fromYear: 2027,
      toYear: 2027,
    });
    const html = readable(printed);
    expect(title).toBe('План приобретения 2027');
    expect(html).toContain('для развития образовательной среды на 2027 год');
    expect(html).not.toContain('Итого за');
    expect(html).toContain('Итого (без отменённых)');
  });

  it('is approved by the director of Настройки while the office has saved no approval', async () => {
    const app = await core();
    const settings = await call(app, 'settings:get', {});
    await call(app, 'settings:saveSchool', { ...settings.school, directorName: 'Петров Иван Сергеевич' });
    await addAcquisition(app, { plannedYear: 2026 });
    const html = readable((await call(app, 'documents:preview', REQUEST)).html);
    expect(html).toContain('Директор МБОУ Первомайская СОШ');
    expect(html).toContain('____________ И.С. Петров');
    // No order yet: the director dates the signature by hand, and no blank order line is printed.
    expect(html).toContain('«___» ________ 20__ г.');
    expect(html).not.toContain('приказ от');
  });

  it('is a Word file with the approval, the title, the rows and the total', async () => {
    const app = await planCore();
    expect(await call(app, 'documents:saveDocx', REQUEST)).toEqual({
      path: '/memory/План приобретения 2026–2030.docx',
    });
    const { paragraphs, document } = await readDocx(await savedBytes(app));
    expect(paragraphs).toContain('УТВЕРЖДАЮ');
    expect(paragraphs).toContain('приказ от 01.09.2026 № 112-о');
    expect(paragraphs).toContain(TITLE);
    expect(paragraphs).toContain('Проектор мультимедийный');
    expect(paragraphs).toContain('Приобретено 20.11.2026');
    expect(paragraphs).toContain('Итого (без отменённых)');
    expect(paragraphs).toContain('58 490,50');
    expect(document).toContain('w:orient="landscape"');
  });

  it('is refused for years without items, years running backwards, or more than ten years', async () => {
    const app: AppCore = await planCore();
    expect(await refusal(app, 'documents:preview', { kind: 'acquisitionPlan', fromYear: 2032, toYear: 2033 })).toEqual({
      code: 'not_found',
      message: 'В плане приобретения на 2032–2033 годы нет позиций: добавьте их или выберите другие годы.',
    });
    expect(
      await refusal(app, 'documents:preview', { kind: 'acquisitionPlan', fromYear: 2030, toYear: 2026 }),
    ).toMatchObject({ code: 'invalid_input', fields: { toYear: 'Год окончания раньше года начала' } });
    expect(
      await refusal(app, 'documents:savePdf', { kind: 'acquisitionPlan', fromYear: 2026, toYear: 2036 }),
    ).toMatchObject({ code: 'invalid_input', fields: { toYear: 'План охватывает не более 10 лет' } });
    expect(await refusal(app, 'acquisitions:exportXlsx', { fromYear: 2030, toYear: 2026 })).toMatchObject({
      code: 'invalid_input',
      fields: { toYear: 'Год окончания раньше года начала' },
    });
    expect(
      await call(app, 'documents:preview', { kind: 'acquisitionPlan', fromYear: 2026, toYear: 2035 }),
    ).toMatchObject({ title: 'План приобретения 2026–2035' });
  });
});

describe('the plan of acquisitions in Excel', () => {
  it('reads back with the title, a row per item in the printed order, sums as rubles and the total', async () => {
    const app = await planCore();
    expect(await call(app, 'acquisitions:exportXlsx', { fromYear: 2026, toYear: 2030 })).toEqual({
      path: '/memory/План приобретения 2026–2030.xlsx',
    });
    expect(app.output.saved[0]).toMatchObject({ kind: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await savedBytes(app)).slice().buffer);
    const sheet = book.getWorksheet('План приобретения');
    if (!sheet) throw new Error('no sheet');
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(row(1)[0]).toBe(TITLE);
    expect(row(2)).toEqual([
      '№',
      'Год',
      'Квартал',
      'Наименование',
      'Категория',
      'Кол-во',
      'Ед. изм.',
      'Источник',
      'Сумма, руб.',
      'Статус',
      'Дата приобретения',
      'Примечание',
    ]);
    expect([3, 4, 5, 6].map((n) => row(n)[3])).toEqual([
      'Сказки народов России',
      'Стенд «Правила дорожного движения»',
      'Проектор мультимедийный',
      'Батут',
    ]);
    expect(row(3)).toEqual([
      1,
      2026,
      undefined,
      'Сказки народов России',
      'Художественная литература',
      25,
      'экз.',
      `Партнёр: ${LIBRARY}`,
      undefined,
      'Приобретено',
      new Date(Date.UTC(2026, 10, 20)),
      'Для библиотеки начальной школы',
    ]);
    const sum = sheet.getCell(5, 9);
    expect(sum.value).toBe(45_990.5);
    expect(sum.numFmt).toBe('#,##0.00 "₽"');
    expect(sheet.getCell(6, 10).value).toBe('Отменено');
    expect(sheet.getCell(7, 4).value).toBe('Итого (без отменённых)');
    const total = sheet.getCell(7, 9);
    expect(total.numFmt).toBe('#,##0.00 "₽"');
    expect(total.value).toEqual({ formula: 'SUMIFS(I3:I6,J3:J6,"<>Отменено")', result: 58_490.5 });
    expect(sheet.rowCount).toBe(7);
    // The filter covers the items only, so that sorting leaves the total under them; the header stays frozen.
    expect(sheet.autoFilter).toBe('A2:L6');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '2:2' });
  });

  it('is refused for years without items, and nothing is saved', async () => {
    const app = await planCore();
    expect(await refusal(app, 'acquisitions:exportXlsx', { fromYear: 2040, toYear: 2041 })).toMatchObject({
      code: 'not_found',
    });
    expect(app.output.saved).toEqual([]);
  });
});
