import { describe, expect, it } from 'vitest';
import type { LoanDetail } from '../../../src-main/contract/loans';
import { partnerFieldsOf } from '../../../src-main/contract/partners';
import { renderDocx } from '../../../src-main/documents/docx';
import { buildLoanAct } from '../../../src-main/loans/documents/loan-act';
import { PARTNER, SCHOOL } from '../agreements/documents/fixtures';
import { readDocx } from '../documents/docx-text';
import { call, partnerId, type TestCore, useCores } from '../../kit';
import { LIBRARY, loanFields } from './fixtures';
import { readable } from '../documents/readable-text';

const core = useCores();

/** A loan of three items (5 units) as the service gives it, returned on time unless told otherwise. */
function sampleLoan(patch: Partial<LoanDetail> = {}): LoanDetail {
  return {
    ...loanFields(1),
    id: 7,
    partnerName: 'Музей',
    term: { status: 'returned', daysLeft: null, daysLate: 0 },
    returnedOn: null,
    returnCondition: '',
    returnRemarks: '',
    receiptActNumber: 'А-2026-3',
    returnActNumber: null,
    totalQuantity: 5,
    createdAt: '2026-11-01T08:00:00.000Z',
    updatedAt: '2026-11-01T08:00:00.000Z',
    ...patch,
  };
}
const SCHOOL_NAME =
  'Муниципальное бюджетное общеобразовательное учреждение Первомайская средняя общеобразовательная школа';

/** The text a reader sees on the page: no markup, entities decoded, every run of spaces one space. */
function pageText(html: string): string {
  return readable(html)
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
    .replace(/[\s\u00A0]+/g, ' ');
}

/** The school's director, the partner's head and the city of acts, as the office fills them in. */
async function withRequisites(app: TestCore): Promise<number> {
  const settings = await call(app, 'settings:get', {});
  await call(app, 'settings:saveSchool', {
    ...settings.school,
    directorName: 'Иванова Мария Петровна',
    directorPosition: 'Директор',
  });
  await call(app, 'settings:saveAgreements', { ...settings.agreements, city: 'Зверево' });
  const id = partnerId(app, LIBRARY);
  const partner = await call(app, 'partners:get', { id });
  await call(app, 'partners:update', {
    id,
    fields: { ...partnerFieldsOf(partner), headName: 'Орлова Анна Сергеевна', headPosition: 'Директор' },
  });
  return id;
}

describe('«Акт приёма-передачи» of a loan', () => {
  it('names both parties with who acts for them, the period, every item with its condition, the total and the signatures', async () => {
    const app = await core();
    const loan = await call(app, 'loans:create', loanFields(await withRequisites(app)));
    const preview = await call(app, 'documents:preview', { kind: 'loanAct', id: loan.id, variant: 'receipt' });
    expect(preview.title).toBe(`Акт приёма-передачи № А-2026-1 — ${LIBRARY}`);
    const text = pageText(preview.html);
    for (const expected of [
      'АКТ ПРИЁМА-ПЕРЕДАЧИ № А-2026-1',
      'имущества во временное пользование',
      'г. Зверево «01» ноября 2026 г.',
      `${LIBRARY} (далее — Партнёр) в лице директора Орловой Анны Сергеевны, действующей на основании Устава, передаёт`,
      `а ${SCHOOL_NAME} (далее — Школа) в лице директора Ивановой Марии Петровны, действующей на основании Устава, принимает`,
      'на срок с 1 ноября 2026 г. по 15 декабря 2026 г. включительно',
      '№ Наименование Вид Инв. № Кол-во Состояние при передаче',
      '1 Самовар угольный Экспонаты музея КП-114 1 Потёртости',
      '2 Рушник вышитый Экспонаты музея КП-201 3 Хорошее',
      '3 Прялка Изделия мастеров декоративно-прикладного искусства — 1 Хорошее',
      'Итого 5',
      'Всего: 3 наименования, 5 единиц.',
      'Место размещения (экспонирования): мини-музей школы.',
      'Ответственный за сохранность имущества от Школы: Петрова А.И., руководитель мини-музея.',
      'не позднее 15 декабря 2026 г.',
      'Передал Принял',
      'Директор Директор ____________ / А.С. Орлова / ____________ / М.П. Иванова / М.П. М.П.',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('prints the return only once it is recorded, with the school handing the items back, their condition and remarks', async () => {
    const app = await core();
    const loan = await call(app, 'loans:create', loanFields(await withRequisites(app), { dueOn: '2026-11-20' }));
    const early = await app.dispatch('documents:preview', { kind: 'loanAct', id: loan.id, variant: 'return' });
    expect(early).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/^Возврат этих ресурсов ещё не отмечен\./) },
    });
    expect((await call(app, 'loans:get', { id: loan.id })).receiptActNumber).toBeNull();
    await call(app, 'loans:markReturned', {
      id: loan.id,
      returnedOn: '2026-11-23',
      condition: 'Без повреждений',
      remarks: 'Ручка самовара шатается',
    });
    const text = pageText(
      (await call(app, 'documents:preview', { kind: 'loanAct', id: loan.id, variant: 'return' })).html,
    );
    for (const expected of [
      'АКТ ВОЗВРАТА № А-2026-2',
      'г. Зверево «23» ноября 2026 г.',
      `${SCHOOL_NAME} (далее — Школа) в лице директора Ивановой Марии Петровны, действующей на основании Устава, возвращает`,
      `по акту приёма-передачи № А-2026-1 от 01.11.2026`,
      '№ Наименование Инв. № Кол-во Состояние при получении Состояние при возврате',
      '1 Самовар угольный КП-114 1 Потёртости Без повреждений',
      'Всего возвращено: 3 наименования, 5 единиц.',
      'Имущество возвращено с опозданием на 3 дня: срок возврата — 20.11.2026.',
      'Состояние имущества при возврате: без повреждений.',
      'Замечания: ручка самовара шатается.',
      '____________ / М.П. Иванова / ____________ / А.С. Орлова /',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('leaves blanks to write by hand where the city, the director or the partner’s head are not known', () => {
    const json = JSON.stringify(
      buildLoanAct({
        loan: sampleLoan({ returnedOn: '2026-12-01' }),
        partner: { ...PARTNER, fullName: 'Краеведческий музей', shortName: '', headName: '', headPosition: '' },
        school: { ...SCHOOL, directorName: '', directorPosition: '' },
        city: '',
        variant: 'return',
      }),
    ).replaceAll('\u00A0', ' ');
    expect(json).toContain('г. ________________');
    expect(json).toContain('(далее — Партнёр) в лице ________________, действующего на основании Устава, принимает');
    expect(json).toContain('Имущество возвращено в установленный срок (до 15.12.2026 включительно).');
    expect(json).toContain('Состояние имущества при возврате: ________');
    expect(json).toContain('Замечаний у Сторон нет.');
    expect(json).toContain('"position":"Руководитель","name":"________________"');
    expect(json).toContain('"position":"Директор","name":"________________"');
  });

  it('keeps a city typed with its own abbreviation, and closes typed sentences with one full stop', () => {
    const json = JSON.stringify(
      buildLoanAct({
        loan: sampleLoan({ responsible: 'Петрова А.И.', displayPlace: 'холл.' }),
        partner: PARTNER,
        school: SCHOOL,
        city: 'с. Родионово',
        variant: 'receipt',
      }),
    ).replaceAll('\u00A0', ' ');
    expect(json).toContain('"left":"с. Родионово"');
    expect(json).toContain(
      'Место размещения (экспонирования): холл. Ответственный за сохранность имущества от Школы: Петрова А.И."',
    );
  });

  it('renders to Word with the title, the items, the total and both signatures', async () => {
    const app = await core();
    const loan = await call(app, 'loans:create', loanFields(await withRequisites(app)));
    const saved = await call(app, 'documents:saveDocx', { kind: 'loanAct', id: loan.id, variant: 'receipt' });
    expect(saved.path).toBe(`/memory/Акт приёма-передачи № А-2026-1 — ${LIBRARY}.docx`);
    const file = app.output.saved.at(-1)?.content;
    if (!(file instanceof Uint8Array)) throw new Error('no Word file saved');
    const text = (await readDocx(file)).paragraphs.join(' ').replace(/[\s\u00A0]+/g, ' ');
    expect(text).toContain('АКТ ПРИЁМА-ПЕРЕДАЧИ № А-2026-1');
    expect(text).toContain('Самовар угольный');
    expect(text).toContain('Всего: 3 наименования, 5 единиц.');
    expect(text).toContain('Передал Принял');
    expect(text).toContain('/ М.П. Иванова /');
    expect(text).toContain('/ А.С. Орлова /');

    const model = buildLoanAct({
      loan: await call(app, 'loans:get', { id: loan.id }),
      partner: PARTNER,
      school: SCHOOL,
      city: 'Зверево',
      variant: 'receipt',
    });
    expect((await renderDocx(model)).byteLength).toBeGreaterThan(1000);
  });

  it('refuses an act of a loan that is not there, in Russian', async () => {
    const app = await core();
    expect(await app.dispatch('documents:savePdf', { kind: 'loanAct', id: 999, variant: 'receipt' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'Запись о ресурсах партнёра не найдена: возможно, она уже удалена.' },
    });
    expect(app.output.saved).toEqual([]);
  });
});
