import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { agreementFieldsOf, type AgreementDetail, type AgreementFields } from '../../../src-main/contract/agreements';
import { partnerFieldsOf } from '../../../src-main/contract/partners';
import type { DocumentRequest } from '../../../src-main/contract/documents';
import { readDocx } from '../documents/docx-text';
import { call, type TestCore, useCores } from '../../kit';
import { readable } from '../documents/readable-text';

const core = useCores();

/** The text of a page with its tags dropped and no-break spaces read as spaces, each run of spaces one space. */
function htmlText(html: string): string {
  return readable(html)
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, '\n')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&')
    .replaceAll('\u00A0', ' ')
    .replace(/[ \t]+/g, ' ');
}

const CARD: Partial<AgreementFields> = {
  signedOn: '2026-09-01',
  startsOn: '2026-09-01',
  endsOn: '2029-08-31',
  subject: 'Профилактика детского дорожно-транспортного травматизма.',
  schoolObligations: 'обеспечивать участие обучающихся в мероприятиях;',
  partnerObligations: 'проводить занятия по правилам дорожного движения.',
  safetyResponsibility: 'ответственность несут сопровождающие педагоги Школы.',
  appendices: ['План совместной деятельности на 2026/2027 учебный год'],
};

async function draft(app: TestCore, patch: Partial<AgreementFields> = CARD): Promise<AgreementDetail> {
  const partnerId = (app.db.prepare("SELECT id FROM partners WHERE full_name = 'ГИБДД'").get() as { id: number }).id;
  const [template] = await call(app, 'templates:list', {});
  const made = await call(app, 'agreements:createFromTemplate', { partnerId, templateId: template?.id ?? 0 });
  return change(app, made, patch);
}

function change(app: TestCore, a: AgreementDetail, patch: Partial<AgreementFields>): Promise<AgreementDetail> {
  return call(app, 'agreements:update', { id: a.id, fields: { ...agreementFieldsOf(a), ...patch } });
}

async function pdfText(app: TestCore, request: DocumentRequest): Promise<string> {
  await call(app, 'documents:savePdf', request);
  const saved = app.output.saved.at(-1);
  if (saved?.kind !== 'pdf' || typeof saved.content !== 'string') throw new Error('no PDF saved');
  return htmlText(saved.content);
}

async function wordText(app: TestCore, id: number): Promise<string> {
  await call(app, 'documents:saveDocx', { kind: 'agreement', id });
  const saved = app.output.saved.at(-1);
  if (saved?.kind !== 'docx' || typeof saved.content === 'string') throw new Error('no Word file saved');
  return (await readDocx(saved.content)).paragraphs.join('\n').replaceAll('\u00A0', ' ');
}

describe('the text of an agreement rendered from its card', () => {
  it('makes a new draft that follows its template, with no text of its own', async () => {
    const app = await core();
    const a = await draft(app, {});
    expect(a.text).toBe('');
    const text = await call(app, 'agreements:text', { id: a.id });
    expect(text).toMatchObject({ source: 'template', contradictions: [] });
    expect(text.templateName).toBe('Договор о сотрудничестве (социальном партнёрстве)');
    expect(text.text).toContain('ГИБДД (далее — Партнёр)');
    expect(text.text).not.toContain('{{');
  });

  it('prints an end date changed on the card in the next PDF and Word file, with no step between', async () => {
    const app = await core();
    const a = await draft(app);
    const agreement = { kind: 'agreement' as const, id: a.id };
    expect(await pdfText(app, agreement)).toContain(
      '3.1. Настоящий договор действует с 1 сентября 2026 г. по 31 августа 2029 г.',
    );
    await change(app, a, { ...CARD, endsOn: '2030-08-31', number: 'СП-12' });
    const pdf = await pdfText(app, agreement);
    expect(pdf).toContain('3.1. Настоящий договор действует с 1 сентября 2026 г. по 31 августа 2030 г.');
    expect(pdf).not.toContain('2029');
    expect(pdf).toContain('ДОГОВОР № СП-12');
    const word = await wordText(app, a.id);
    expect(word).toContain('3.1. Настоящий договор действует с 1 сентября 2026 г. по 31 августа 2030 г.');
    expect(word).toContain('Профилактика детского дорожно-транспортного травматизма.');
  });

  it('fills what the partner’s card gained after the draft was made', async () => {
    const app = await core();
    const a = await draft(app);
    expect(await pdfText(app, { kind: 'agreement', id: a.id })).toContain(
      '(далее — Партнёр) в лице ________________, именуемые',
    );
    const partner = partnerFieldsOf(await call(app, 'partners:get', { id: a.partnerId }));
    await call(app, 'partners:update', {
      id: a.partnerId,
      fields: { ...partner, headName: 'Орлов Сергей Викторович', headPosition: 'Начальник', headBasis: 'Положения' },
    });
    expect(await pdfText(app, { kind: 'agreement', id: a.id })).toContain(
      'в лице начальника Орлова Сергея Викторовича, действующего на основании Положения',
    );
  });

  it('prints an agreement without appendices, leaving their section out', async () => {
    const app = await core();
    const a = await draft(app, { ...CARD, appendices: [] });
    const pdf = await pdfText(app, { kind: 'agreement', id: a.id });
    expect(pdf).not.toContain('Приложения');
    expect(pdf).not.toContain('Неотъемлемой частью настоящего договора являются');
    expect(pdf).toContain('5. Заключительные положения');
    expect(pdf).toContain('6. Адреса, реквизиты и подписи Сторон');
    const withOne = await pdfText(app, { kind: 'agreement', id: (await change(app, a, CARD)).id });
    expect(withOne).toContain('Приложение № 1. План совместной деятельности на 2026/2027 учебный год');
    expect(withOne).toContain('7. Адреса, реквизиты и подписи Сторон');
  });

  it('refuses to print only without what a signer needs, naming the field and where to fill it', async () => {
    const app = await core();
    const a = await draft(app, { ...CARD, subject: '' });
    const refused = await app.dispatch('documents:savePdf', { kind: 'agreement', id: a.id });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: `Договор № ${a.number} нельзя подписать без этих сведений. Перед печатью заполните: предмет договора (в карточке договора).`,
      },
    });
    expect((await call(app, 'agreements:text', { id: a.id })).missing).toEqual([
      'предмет договора (в карточке договора)',
    ]);
    // Obligations and the safety clause left empty print as lines to write on.
    await change(app, a, { ...CARD, schoolObligations: '', safetyResponsibility: '' });
    const pdf = await pdfText(app, { kind: 'agreement', id: a.id });
    expect(pdf).toMatch(/2\.1\. Школа обязуется:\s+________________/);
  });

  it('keeps the office’s own text, fills its fields from the card, and prints its own clauses', async () => {
    const app = await core();
    const a = await draft(app);
    const { text } = await call(app, 'agreements:text', { id: a.id });
    const own = await change(app, a, {
      ...CARD,
      text: `${text}\n7. Особые условия\n7.1. Занятия проводятся по четвергам.`,
    });
    expect(own.text).toContain('по четвергам');
    const rendered = await call(app, 'agreements:text', { id: a.id });
    expect(rendered).toMatchObject({ source: 'own', contradictions: [], missing: [] });
    const pdf = await pdfText(app, { kind: 'agreement', id: a.id });
    expect(pdf).toContain('7.1. Занятия проводятся по четвергам.');
    expect(pdf).toContain('8. Адреса, реквизиты и подписи Сторон');
  });
});

describe('an own text that contradicts the card', () => {
  async function ownTextWithOldTerm(app: TestCore) {
    const a = await draft(app);
    const { text } = await call(app, 'agreements:text', { id: a.id });
    const own = `${text}\n7. Особые условия\n7.1. Занятия проводятся по четвергам.`;
    return change(app, a, { ...CARD, text: own });
  }

  it('says which passage differs, shows both, and still prints the text as the office wrote it', async () => {
    const app = await core();
    const a = await ownTextWithOldTerm(app);
    await change(app, a, { ...CARD, text: a.text, endsOn: '2030-08-31' });
    const { contradictions } = await call(app, 'agreements:text', { id: a.id });
    expect(contradictions).toEqual([
      {
        fields: ['срок действия договора'],
        inText: '3.1. Настоящий договор действует с 1 сентября 2026 г. по 31 августа 2029 г.',
        onCard: '3.1. Настоящий договор действует с 1 сентября 2026 г. по 31 августа 2030 г.',
      },
    ]);
    expect(await pdfText(app, { kind: 'agreement', id: a.id })).toContain('по 31 августа 2029 г.');
  });

  it('names a party renamed on its card', async () => {
    const app = await core();
    const a = await ownTextWithOldTerm(app);
    const partner = partnerFieldsOf(await call(app, 'partners:get', { id: a.partnerId }));
    await call(app, 'partners:update', { id: a.partnerId, fields: { ...partner, fullName: 'ОГИБДД МО МВД России' } });
    const { contradictions } = await call(app, 'agreements:text', { id: a.id });
    expect(contradictions.map((c) => c.fields)).toEqual([['полное наименование партнёра']]);
    expect(contradictions[0]?.inText).toContain('и ГИБДД (далее — Партнёр)');
    expect(contradictions[0]?.onCard).toContain('и ОГИБДД МО МВД России (далее — Партнёр)');
  });

  it('is brought back in line in one step, keeping the office’s own clauses, and follows the card from then on', async () => {
    const app = await core();
    const a = await ownTextWithOldTerm(app);
    await change(app, a, { ...CARD, text: a.text, endsOn: '2030-08-31' });
    const aligned = await call(app, 'agreements:alignText', { id: a.id });
    expect(aligned.text).toContain('3.1. Настоящий договор действует {{договор.срок_действия}}.');
    expect(aligned.text).toContain('7.1. Занятия проводятся по четвергам.');
    expect((await call(app, 'agreements:text', { id: a.id })).contradictions).toEqual([]);
    const pdf = await pdfText(app, { kind: 'agreement', id: a.id });
    expect(pdf).toContain('по 31 августа 2030 г.');
    expect(pdf).toContain('7.1. Занятия проводятся по четвергам.');
    await change(app, aligned, { ...CARD, text: aligned.text, endsOn: '2031-08-31' });
    expect(await pdfText(app, { kind: 'agreement', id: a.id })).toContain('по 31 августа 2031 г.');
  });

  it('names a number changed on the card, where the school’s own template states it', async () => {
    const app = await core();
    const template = await call(app, 'templates:create', {
      name: 'Краткий договор',
      type: 'other',
      body: [
        'Настоящий договор № {{договор.номер}} заключён между {{школа.краткое_наименование}} и {{партнёр.полное_наименование}}.',
        '1. Предмет',
        '1.1. {{договор.предмет}}',
        '2. Срок',
        '2.1. Договор действует {{договор.срок_действия}}.',
      ].join('\n'),
    });
    const a = await draft(app);
    const mine = await change(app, a, { ...CARD, type: 'other', templateId: template.id, number: 'ДС-5' });
    const { text } = await call(app, 'agreements:text', { id: mine.id });
    expect(text).toContain('Настоящий договор № ДС-5 заключён между МБОУ Первомайская СОШ и ГИБДД.');
    await change(app, mine, { ...CARD, type: 'other', templateId: template.id, number: 'ДС-6', text });
    const { contradictions } = await call(app, 'agreements:text', { id: mine.id });
    expect(contradictions).toEqual([
      {
        fields: ['номер договора'],
        inText: 'Настоящий договор № ДС-5 заключён между МБОУ Первомайская СОШ и ГИБДД.',
        onCard: 'Настоящий договор № ДС-6 заключён между МБОУ Первомайская СОШ и ГИБДД.',
      },
    ]);
    const aligned = await call(app, 'agreements:alignText', { id: mine.id });
    expect(aligned.text.split('\n')[0]).toBe(
      'Настоящий договор № {{договор.номер}} заключён между {{школа.краткое_наименование}} и {{партнёр.полное_наименование}}.',
    );
    expect(await pdfText(app, { kind: 'agreement', id: mine.id })).toContain('Настоящий договор № ДС-6 заключён');
  });

  it('refuses to save an own text with a field the program does not know, naming it', async () => {
    const app = await core();
    const a = await draft(app);
    const answer = await app.dispatch('agreements:update', {
      id: a.id,
      fields: { ...agreementFieldsOf(a), text: 'Договор действует {{договор.срок}}.' },
    });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        fields: {
          text: 'Неизвестное поле: {{договор.срок}}. Исправьте написание или вставьте поле из списка «Вставить поле».',
        },
      },
    });
  });

  it('leaves alone a passage the office rewrote in words of its own', async () => {
    const app = await core();
    const a = await draft(app);
    const own = await change(app, a, {
      ...CARD,
      text: 'Стороны договорились о сотрудничестве.\n3.1. Срок действия — до конца учебного года.',
    });
    expect((await call(app, 'agreements:text', { id: own.id })).contradictions).toEqual([]);
    expect((await call(app, 'agreements:alignText', { id: own.id })).text).toBe(own.text);
  });
});

describe('the current term after an amendment', () => {
  async function amended(app: TestCore) {
    const a = await draft(app, { ...CARD, endsOn: '2027-08-31', prolongation: 'none' });
    return call(app, 'agreements:addAmendment', {
      agreementId: a.id,
      fields: { signedOn: '2026-10-01', newEndsOn: '2030-08-31', makesOpenEnded: false, text: 'Продлить срок.' },
    });
  }

  it('is on the card beside the original one', async () => {
    const app = await core();
    const a = await amended(app);
    expect(a.endsOn).toBe('2027-08-31');
    expect(a.term).toMatchObject({ status: 'active', currentEndsOn: '2030-08-31', effectiveEndsOn: '2030-08-31' });
    const [summary] = await call(app, 'agreements:list', {});
    expect(summary).toMatchObject({ endsOn: '2027-08-31', currentEndsOn: '2030-08-31' });
  });

  it('is in the register in PDF and Word, never the end it replaced', async () => {
    const app = await core();
    await amended(app);
    const pdf = await pdfText(app, { kind: 'agreementRegister', filter: {} });
    expect(pdf).toMatch(/с 01\.09\.2026\s+по 31\.08\.2030/);
    expect(pdf).not.toContain('31.08.2027');
    await call(app, 'documents:saveDocx', { kind: 'agreementRegister', filter: {} });
    const saved = app.output.saved.at(-1);
    if (saved?.kind !== 'docx' || typeof saved.content === 'string') throw new Error('no Word file saved');
    const word = (await readDocx(saved.content)).paragraphs;
    expect(word).toContain('по 31.08.2030');
    expect(word).not.toContain('по 31.08.2027');
  });

  it('is in the register in Excel', async () => {
    const app = await core();
    await amended(app);
    await call(app, 'agreements:exportRegister', {});
    const saved = app.output.saved.at(-1);
    if (saved?.kind !== 'xlsx' || typeof saved.content === 'string') throw new Error('no Excel file saved');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(saved.content.slice().buffer);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const headers = (sheet.getRow(2).values as unknown[]).slice(1);
    const row = (sheet.getRow(3).values as unknown[]).slice(1);
    const end = row[headers.indexOf('Окончание действия')];
    expect(end instanceof Date ? end.toISOString().slice(0, 10) : end).toBe('2030-08-31');
  });

  it('keeps Главная quiet about an agreement an amendment extended past the warning window', async () => {
    const app = await core();
    const a = await draft(app, { ...CARD, endsOn: '2026-12-31', prolongation: 'none' });
    expect((await call(app, 'home:attention', {})).expiring.map((x) => x.id)).toEqual([a.id]);
    await call(app, 'agreements:addAmendment', {
      agreementId: a.id,
      fields: { signedOn: '2026-11-01', newEndsOn: '2027-12-31', makesOpenEnded: false, text: 'Продлить срок.' },
    });
    expect((await call(app, 'home:attention', {})).expiring).toEqual([]);
  });
});
