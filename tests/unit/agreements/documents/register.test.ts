import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { agreementsRegisterXlsx } from '../../../../src-main/agreements/register-xlsx';
import type { AgreementSummary } from '../../../../src-main/contract/agreements';
import { AGREEMENT_REGISTER_TITLE, buildAgreementRegister } from '../../../../src-main/agreements/documents/register';
import { renderDocx } from '../../../../src-main/documents/docx';
import { renderHtml } from '../../../../src-main/documents/html';
import { SCHOOL } from './fixtures';
import { readDocx } from '../../documents/docx-text';
import { readable } from '../../documents/readable-text';

function summary(overrides: Partial<AgreementSummary>): AgreementSummary {
  const row: Omit<AgreementSummary, 'currentEndsOn'> = {
    id: 1,
    partnerId: 1,
    partnerName: 'Муниципальное бюджетное учреждение культуры города Зверево «Городской дом культуры»',
    type: 'cooperation',
    number: 'СП-2026-07',
    signedOn: '2026-11-26',
    startsOn: '2026-12-01',
    endsOn: '2029-08-31',
    createdAt: '2026-11-20T08:00:00.000Z',
    amendmentsCount: 1,
    scansCount: 1,
    status: 'active',
    effectiveEndsOn: '2029-08-31',
    daysLeft: 1009,
    ...overrides,
  };
  // Without amendments the current term is the card's.
  return { ...row, currentEndsOn: overrides.currentEndsOn === undefined ? row.endsOn : overrides.currentEndsOn };
}

const INFO = { title: AGREEMENT_REGISTER_TITLE, creator: SCHOOL.shortName, created: new Date('2026-11-26T09:00:00Z') };

const ROWS: AgreementSummary[] = [
  summary({}),
  summary({
    id: 2,
    partnerName: 'ОГИБДД МО МВД России «Красносулинский»',
    type: 'network',
    number: 'СВ-3',
    signedOn: '2023-09-01',
    startsOn: '2023-09-01',
    endsOn: '2024-08-31',
    amendmentsCount: 0,
    scansCount: 0,
    status: 'prolonged',
    effectiveEndsOn: '2027-08-31',
    daysLeft: 278,
  }),
  summary({
    id: 3,
    partnerName: 'Родительская общественность',
    type: 'other',
    number: '5',
    signedOn: null,
    startsOn: null,
    endsOn: null,
    amendmentsCount: 0,
    scansCount: 0,
    status: 'draft',
    effectiveEndsOn: null,
    daysLeft: null,
  }),
];

describe('the register of agreements as a document', () => {
  const model = buildAgreementRegister({ rows: ROWS, school: SCHOOL, asOf: '2026-11-26' });

  it('is a landscape table under the school’s name and the title', () => {
    expect(model.orientation).toBe('landscape');
    expect(model.title).toBe(`${AGREEMENT_REGISTER_TITLE} на 26.11.2026`);
    expect(model.blocks.slice(0, 3)).toEqual([
      { type: 'paragraph', align: 'center', runs: [SCHOOL.fullName] },
      { type: 'heading', level: 1, text: 'Реестр договоров о сотрудничестве с социальными партнёрами' },
      { type: 'paragraph', align: 'center', runs: ['по состоянию на 26.11.2026'] },
    ]);
  });

  it('lists every agreement with its kind, term and Russian status, the prolongation’s end included', () => {
    const table = model.blocks.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.columns.map((c) => c.title)).toEqual([
      '№',
      'Номер',
      'Вид',
      'Партнёр',
      'Дата подписания',
      'Срок действия',
      'Статус',
      'Доп. соглашения',
    ]);
    expect(table.rows).toEqual([
      {
        cells: [
          '1.',
          'СП-2026-07',
          'Договор о сотрудничестве (социальном партнёрстве)',
          ROWS[0]?.partnerName,
          '26.11.2026',
          ['с 01.12.2026', 'по 31.08.2029'],
          'Действует',
          '1',
        ],
      },
      {
        cells: [
          '2.',
          'СВ-3',
          'Соглашение о сетевом взаимодействии',
          'ОГИБДД МО МВД России «Красносулинский»',
          '01.09.2023',
          ['с 01.09.2023', 'по 31.08.2024'],
          'Пролонгирован до 31.08.2027',
          '—',
        ],
      },
      { cells: ['3.', '5', 'Иное', 'Родительская общественность', '—', ['бессрочно'], 'Черновик', '—'] },
    ]);
  });

  it('takes another title when given one, and renders to HTML and Word', async () => {
    const titled = buildAgreementRegister({ rows: ROWS, school: SCHOOL, title: 'Реестр действующих договоров' });
    expect(titled.title).toBe('Реестр действующих договоров');
    const html = readable(renderHtml(model));
    expect(html).toContain('@page {\n  size: A4 landscape;');
    expect(html).toContain('<td class="left"><div class="line">Пролонгирован до 31.08.2027</div></td>');
    const { paragraphs } = await readDocx(await renderDocx(model));
    expect(paragraphs).toEqual(expect.arrayContaining(['Черновик', 'Пролонгирован до 31.08.2027', 'бессрочно']));
  });
});

describe('the register of agreements in Excel', () => {
  async function sheetOf(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.slice().buffer);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    return sheet;
  }
  const values = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
  const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

  it('reads back with its title, Russian headers and one row per agreement', async () => {
    const sheet = await sheetOf(await agreementsRegisterXlsx(ROWS, AGREEMENT_REGISTER_TITLE, INFO));
    expect(sheet.name).toBe('Договоры');
    expect(sheet.getCell('A1').value).toBe(AGREEMENT_REGISTER_TITLE);
    expect(values(sheet, 2)).toEqual([
      '№',
      'Номер',
      'Вид',
      'Партнёр',
      'Дата подписания',
      'Начало действия',
      'Окончание действия',
      'Статус',
      'Действует до (с учётом пролонгации)',
      'Доп. соглашения',
      'Сканы',
    ]);
    expect(sheet.rowCount).toBe(2 + ROWS.length);
    expect(values(sheet, 4).map(day)).toEqual([
      2,
      'СВ-3',
      'Соглашение о сетевом взаимодействии',
      'ОГИБДД МО МВД России «Красносулинский»',
      '2023-09-01',
      '2023-09-01',
      '2024-08-31',
      'Пролонгирован',
      '2027-08-31',
      0,
      0,
    ]);
    expect(values(sheet, 5).map(day)).toEqual([
      3,
      '5',
      'Иное',
      'Родительская общественность',
      undefined,
      undefined,
      'бессрочно',
      'Черновик',
      'бессрочно',
      0,
      0,
    ]);
  });

  it('writes dates as real Excel dates shown ДД.ММ.ГГГГ, the same day in any time zone', async () => {
    const sheet = await sheetOf(await agreementsRegisterXlsx(ROWS, AGREEMENT_REGISTER_TITLE, INFO));
    const signed = sheet.getCell('E3');
    expect(signed.value).toBeInstanceOf(Date);
    expect(day(signed.value)).toBe('2026-11-26');
    expect(signed.numFmt).toBe('dd.mm.yyyy');
    expect(sheet.getCell('B3').numFmt).toBe('@');
  });

  it('has a bold frozen header with a filter, sized columns and a landscape page', async () => {
    const sheet = await sheetOf(await agreementsRegisterXlsx(ROWS, AGREEMENT_REGISTER_TITLE, INFO));
    expect(sheet.getRow(2).getCell(1).font?.bold).toBe(true);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBe('A2:K5');
    expect(sheet.getColumn(4).width).toBeGreaterThanOrEqual(15);
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1 });
  });
});
