import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, partnerId, refusal, useCores } from '../../kit';
import { addRecord, addTeacher, IMC, YEAR } from './fixtures';

const core = useCores();
const TITLE = 'Повышение квалификации педагогов за 2026/2027 учебный год';

async function readBook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.slice().buffer);
  return book;
}

function rows(sheet: ExcelJS.Worksheet): unknown[][] {
  const result: unknown[][] = [];
  sheet.eachRow((row) => result.push((row.values as unknown[]).slice(1)));
  return result;
}

describe('the year in Excel', () => {
  it('reads back with the summary on one sheet and the records on another', async () => {
    const app = await core();
    const orlova = await addTeacher(app, 'Орлова Галина Викторовна');
    const petrova = await addTeacher(app, 'Петрова Анна Ивановна');
    await addRecord(app, orlova, {
      title: 'Обновлённые ФГОС',
      partnerId: partnerId(app, IMC),
      dateFrom: '2026-10-12',
      dateTo: '2026-10-23',
      hours: 36,
      certificate: '612400012345',
      result: 'Итоговая работа защищена',
    });
    await addRecord(app, petrova, {
      form: 'contest',
      title: 'Учитель года',
      dateFrom: '2027-02-10',
      dateTo: '2027-02-12',
      hours: 0,
      result: '1 место',
    });
    // Another year's record stays out.
    await addRecord(app, petrova, { title: 'Прошлый год', dateFrom: '2026-05-10', dateTo: '2026-05-10' });

    expect(await call(app, 'staff:exportXlsx', { year: YEAR })).toEqual({
      path: `/memory/${TITLE.replace('/', '-')}.xlsx`,
    });
    const saved = app.output.saved[0];
    expect(saved).toMatchObject({
      kind: 'xlsx',
      fileName: 'Повышение квалификации педагогов за 2026-2027 учебный год.xlsx',
    });
    if (!(saved?.content instanceof Uint8Array)) throw new Error('no bytes');
    const book = await readBook(saved.content);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Итоги', 'Записи']);

    const summary = book.getWorksheet('Итоги');
    if (!summary) throw new Error('no summary sheet');
    expect(rows(summary)).toEqual([
      [TITLE, TITLE, TITLE, TITLE, TITLE],
      ['Раздел', 'Показатель', 'Записей', 'Педагогов', 'Часов'],
      ['Итого', 'Педагогов работает', undefined, 2],
      ['Итого', 'Повысили квалификацию', 2, 2, 36],
      ['Итого', 'В том числе через партнёров', 1, 1, 36],
      ['По формам', 'Курсы повышения квалификации', 1, 1, 36],
      ['По формам', 'Конкурс профессионального мастерства', 1, 1, 0],
      ['По партнёрам', IMC, 1, 1, 36],
      ['По партнёрам', 'Без партнёра', 1, 1, 0],
    ]);
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(summary.getRow(2).font).toMatchObject({ bold: true });

    const records = book.getWorksheet('Записи');
    if (!records) throw new Error('no records sheet');
    const [title, header, first, second, ...rest] = rows(records);
    expect(title?.[0]).toBe(TITLE);
    expect(header).toEqual([
      '№',
      'Педагог',
      'Форма',
      'Тема, название',
      'Партнёр',
      'Начало',
      'Окончание',
      'Часов',
      'Удостоверение, сертификат',
      'Результат',
    ]);
    expect(first).toEqual([
      1,
      'Орлова Галина Викторовна',
      'Курсы повышения квалификации',
      'Обновлённые ФГОС',
      IMC,
      new Date(Date.UTC(2026, 9, 12)),
      new Date(Date.UTC(2026, 9, 23)),
      36,
      '612400012345',
      'Итоговая работа защищена',
    ]);
    expect(second?.slice(0, 4)).toEqual([
      2,
      'Петрова Анна Ивановна',
      'Конкурс профессионального мастерства',
      'Учитель года',
    ]);
    expect(second?.[9]).toBe('1 место');
    expect(rest).toEqual([]);
    expect(records.getCell(3, 6).numFmt).toBe('dd.mm.yyyy');
    expect(records.autoFilter).toBe('A2:J4');
  });

  it('is refused for a year without records, and saves nothing', async () => {
    const app = await core();
    expect(await refusal(app, 'staff:exportXlsx', { year: YEAR })).toMatchObject({
      code: 'not_found',
      message: expect.stringContaining('За 2026/2027 учебный год нет записей о повышении квалификации'),
    });
    expect(app.output.saved).toEqual([]);
  });

  it('saves nothing when the user cancels the dialog', async () => {
    const app = await core();
    await addRecord(app, await addTeacher(app, 'Орлова Галина Викторовна'));
    app.output.cancel = true;
    expect(await call(app, 'staff:exportXlsx', { year: YEAR })).toEqual({ path: null });
    expect(app.output.saved).toEqual([]);
  });
});
