import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../../src-main/app-core';
import type { Plan } from '../../../src-main/contract/plans';
import { renderDocx } from '../../../src-main/documents/docx';
import { renderHtml } from '../../../src-main/documents/html';
import { monthsOfYear, participantsText, timingText } from '../../../src-main/contract/plan-text';
import { buildPlanDocument, groupPlanItems, planApprovalEntries } from '../../../src-main/plans/documents/plan';
import { SCHOOL } from '../agreements/documents/fixtures';
import { readDocx } from '../documents/docx-text';
import { call, partnerId, useCores } from '../../kit';
import { addItem } from './fixtures';
import { readable } from '../documents/readable-text';

const cores = useCores();
const YEAR = '2026/2027';
const TITLE = 'План совместной деятельности с социальными партнёрами на 2026/2027 учебный год';
const APPROVAL = {
  approverPosition: 'Директор МБОУ Первомайская СОШ',
  approverName: 'Иванова Мария Петровна',
  approvalOrderNumber: '45',
  approvalOrderDate: '2026-08-29',
  agreed: false,
  agreedBy: 'Педагогический совет',
  agreedProtocolNumber: '1',
  agreedProtocolDate: '2026-08-28',
};

/** A plan with items in September, October, January and August, added out of order. */
async function planCore() {
  const core = await cores();
  const { output } = core;
  await call(core, 'plans:create', { year: YEAR, copyFrom: null });
  await call(core, 'plans:saveApproval', { year: YEAR, approval: APPROVAL });
  const gibdd = partnerId(core, 'ГИБДД');
  const mchs = partnerId(core, 'МЧС');
  await addItem(core, YEAR, { title: 'Выпускной вечер', dateFrom: '2027-08-20', timeFrom: null });
  await addItem(core, YEAR, {
    title: 'Неделя безопасности',
    form: 'Встреча с инспектором',
    partnerIds: [gibdd, mchs],
    timing: 'range',
    dateFrom: '2026-10-05',
    dateTo: '2026-10-09',
    timeFrom: null,
    participants: [
      { kind: 'class', value: '5Б' },
      { kind: 'class', value: '5А' },
      { kind: 'parents', value: '' },
      { kind: 'teachers', value: '' },
      { kind: 'level', value: 'НОО' },
    ],
    responsiblePartner: 'Инспектор Сидоров С.В.',
  });
  await addItem(core, YEAR, {
    title: 'Зимние забавы',
    partnerIds: [mchs],
    timing: 'month',
    month: '2027-01',
  });
  await addItem(core, YEAR, { title: 'День знаний', dateFrom: '2026-09-01', timeFrom: '08:30', venue: 'school' });
  return { core, output };
}

const positions = (text: string, parts: string[]) => parts.map((p) => text.indexOf(p));
const increasing = (xs: number[]) => xs.every((x, i) => x >= 0 && (i === 0 || x > (xs[i - 1] ?? 0)));

async function plan(core: AppCore): Promise<Plan> {
  return call(core, 'plans:get', { year: YEAR });
}

describe('the items of the printed plan', () => {
  it('say their timing as the office writes it', () => {
    const base = { month: null, dateFrom: null, dateTo: null, timeFrom: null, timeTo: null };
    expect(timingText({ ...base, timing: 'month', month: '2026-10' })).toBe('в течение месяца');
    expect(timingText({ ...base, timing: 'month', month: '2026-10' }, true)).toBe('октябрь 2026, в течение месяца');
    expect(timingText({ ...base, timing: 'exact', dateFrom: '2026-10-05' })).toBe('05.10.2026');
    expect(timingText({ ...base, timing: 'exact', dateFrom: '2026-10-05', timeFrom: '10:00' })).toBe(
      '05.10.2026, 10:00',
    );
    expect(timingText({ ...base, timing: 'exact', dateFrom: '2026-10-05', timeFrom: '10:00', timeTo: '11:30' })).toBe(
      '05.10.2026, 10:00–11:30',
    );
    expect(timingText({ ...base, timing: 'range', dateFrom: '2026-10-05', dateTo: '2026-10-09' })).toBe(
      '05.10–09.10.2026',
    );
    expect(timingText({ ...base, timing: 'range', dateFrom: '2026-12-28', dateTo: '2027-01-08' })).toBe(
      '28.12.2026–08.01.2027',
    );
  });

  it('name their participants: classes, parents, teachers, levels', () => {
    expect(
      participantsText([
        { kind: 'class', value: '5А' },
        { kind: 'class', value: '5Б' },
        { kind: 'level', value: 'НОО' },
        { kind: 'parents', value: '' },
        { kind: 'teachers', value: '' },
      ]),
    ).toBe('5А, 5Б; родители; педагоги; НОО');
  });

  it('run from September to August', () => {
    expect(monthsOfYear(YEAR)).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
      '2027-08',
    ]);
  });
});

describe('the plan as a document', () => {
  it('carries «УТВЕРЖДАЮ» with the order, the title with the year, and the months from September to August', async () => {
    const { core } = await planCore();
    const html = readable((await call(core, 'documents:preview', { kind: 'plan', year: YEAR, groupBy: 'month' })).html);
    expect(html).toContain('УТВЕРЖДАЮ');
    expect(html).toContain('Директор МБОУ Первомайская СОШ');
    expect(html).toContain('____________ М.П. Иванова');
    expect(html).toContain('приказ от 29.08.2026 № 45');
    expect(html).not.toContain('СОГЛАСОВАНО');
    expect(html).toContain(TITLE);
    expect(html).toContain('size: A4 landscape');
    expect(increasing(positions(html, ['Сентябрь 2026', 'Октябрь 2026', 'Январь 2027', 'Август 2027']))).toBe(true);
    expect(html).not.toContain('Ноябрь 2026');
    expect(
      increasing(positions(html, ['День знаний', 'Неделя безопасности', 'Зимние забавы', 'Выпускной вечер'])),
    ).toBe(true);
    expect(html).toContain('05.10–09.10.2026');
    expect(html).toContain('01.09.2026, 08:30');
    expect(html).toContain('5А, 5Б; родители; педагоги; НОО');
    expect(html).toContain('Инспектор Сидоров С.В.');
    core.close();
  });

  it('is approved by the director of Настройки, position and school on lines of their own, dated by hand', () => {
    const [approved] = planApprovalEntries(
      { ...APPROVAL, approverPosition: '', approverName: '', approvalOrderNumber: '', approvalOrderDate: null },
      SCHOOL,
    );
    expect(approved).toEqual({
      caption: 'УТВЕРЖДАЮ',
      lines: ['Директор', 'МБОУ Первомайская СОШ'],
      signer: 'М.П. Иванова',
      order: undefined,
    });
  });

  it('carries «СОГЛАСОВАНО» with the protocol only when the plan is agreed', async () => {
    const { core } = await planCore();
    await call(core, 'plans:saveApproval', { year: YEAR, approval: { ...APPROVAL, agreed: true } });
    const html = readable((await call(core, 'documents:preview', { kind: 'plan', year: YEAR, groupBy: 'month' })).html);
    expect(html).toContain('СОГЛАСОВАНО');
    expect(html).toContain('Педагогический совет');
    expect(html).toContain('протокол от 28.08.2026 № 1');
    expect(html.indexOf('СОГЛАСОВАНО')).toBeLessThan(html.indexOf('УТВЕРЖДАЮ'));
    core.close();
  });

  it('is a Word file with the approval, the title, the month rows in order and the items', async () => {
    const { core, output } = await planCore();
    await call(core, 'plans:saveApproval', { year: YEAR, approval: { ...APPROVAL, agreed: true } });
    expect(await call(core, 'documents:saveDocx', { kind: 'plan', year: YEAR, groupBy: 'month' })).toEqual({
      path: '/memory/План совместной деятельности 2026-2027.docx',
    });
    const saved = output.saved[0]?.content;
    if (!(saved instanceof Uint8Array)) throw new Error('no bytes');
    const { paragraphs, document } = await readDocx(saved);
    expect(paragraphs).toContain('УТВЕРЖДАЮ');
    expect(paragraphs).toContain('СОГЛАСОВАНО');
    expect(paragraphs).toContain('приказ от 29.08.2026 № 45');
    expect(paragraphs).toContain('протокол от 28.08.2026 № 1');
    expect(paragraphs).toContain(TITLE);
    expect(document).toContain('w:orient="landscape"');
    const months = ['Сентябрь 2026', 'Октябрь 2026', 'Январь 2027', 'Август 2027'];
    expect(increasing(months.map((m) => paragraphs.indexOf(m)))).toBe(true);
    for (const title of ['День знаний', 'Неделя безопасности', 'Зимние забавы', 'Выпускной вечер']) {
      expect(paragraphs).toContain(title);
    }
    core.close();
  });

  it('grouped by partner, lists an item with two partners under each, and items without a partner last', async () => {
    const { core } = await planCore();
    const groups = groupPlanItems(await plan(core), 'partner');
    expect(groups.map((g) => [g.label, g.items.map((i) => i.title)])).toEqual([
      ['ГИБДД', ['Неделя безопасности']],
      ['МЧС', ['Неделя безопасности', 'Зимние забавы']],
      ['Без партнёра', ['День знаний', 'Выпускной вечер']],
    ]);
    const model = buildPlanDocument({ plan: await plan(core), school: SCHOOL, groupBy: 'partner' });
    const html = readable(renderHtml(model));
    expect(increasing(positions(html, ['>ГИБДД<', '>МЧС<', '>Без партнёра<']))).toBe(true);
    // Out of its month's group, a month-long item names its month.
    expect(html).toContain('январь 2027, в течение месяца');
    const { paragraphs } = await readDocx(await renderDocx(model));
    expect(paragraphs.filter((p) => p === 'Неделя безопасности')).toHaveLength(2);
    core.close();
  });

  it('is refused for a year without a plan, or a plan without items', async () => {
    const core = await cores();
    const request = { kind: 'plan', year: YEAR, groupBy: 'month' } as const;
    expect(await core.dispatch('documents:preview', request)).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringContaining('ещё не создан') },
    });
    await call(core, 'plans:create', { year: YEAR, copyFrom: null });
    expect(await core.dispatch('documents:preview', request)).toMatchObject({
      ok: false,
      error: { message: 'В плане на 2026/2027 учебный год нет мероприятий: добавьте их, чтобы напечатать план.' },
    });
    expect(await core.dispatch('plans:exportXlsx', request)).toMatchObject({ ok: false });
    core.close();
  });
});

describe('the plan in Excel', () => {
  it('reads back with the title, the header and a row per item under its month, in the plan’s order', async () => {
    const { core, output } = await planCore();
    expect(await call(core, 'plans:exportXlsx', { year: YEAR, groupBy: 'month' })).toEqual({
      path: '/memory/План совместной деятельности 2026-2027.xlsx',
    });
    const saved = output.saved[0];
    expect(saved).toMatchObject({ kind: 'xlsx' });
    if (!(saved?.content instanceof Uint8Array)) throw new Error('no bytes');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(saved.content.slice().buffer);
    const sheet = book.getWorksheet('План');
    if (!sheet) throw new Error('no sheet');
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(row(1)[0]).toBe(TITLE);
    expect(row(2).slice(0, 5)).toEqual(['№', 'Месяц', 'Сроки', 'Начало', 'Мероприятие']);
    expect(sheet.rowCount).toBe(6);
    expect([3, 4, 5, 6].map((n) => [row(n)[1], row(n)[4]])).toEqual([
      ['Сентябрь 2026', 'День знаний'],
      ['Октябрь 2026', 'Неделя безопасности'],
      ['Январь 2027', 'Зимние забавы'],
      ['Август 2027', 'Выпускной вечер'],
    ]);
    expect(row(4)).toEqual(
      expect.arrayContaining(['05.10–09.10.2026', '5А, 5Б; родители; педагоги; НОО', 'ГИБДД; МЧС']),
    );
    expect(row(4)[3]).toEqual(new Date(Date.UTC(2026, 9, 5)));
    core.close();
  });

  it('grouped by partner, has a row for each partner of an item', async () => {
    const { core, output } = await planCore();
    await call(core, 'plans:exportXlsx', { year: YEAR, groupBy: 'partner' });
    const saved = output.saved[0]?.content;
    if (!(saved instanceof Uint8Array)) throw new Error('no bytes');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(saved.slice().buffer);
    const sheet = book.getWorksheet('План');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell(2, 2).value).toBe('Партнёр');
    expect([3, 4, 5, 6, 7].map((n) => sheet.getCell(n, 2).value)).toEqual([
      'ГИБДД',
      'МЧС',
      'МЧС',
      'Без партнёра',
      'Без партнёра',
    ]);
    core.close();
  });
});
