import { describe, expect, it } from 'vitest';
import { parseAgreementText } from '../../../../src-main/agreements/templates/text-format';
import { agreementFormDocx, FORM_PARTNER, FORM_SCHOOL } from '../../../fixtures/agreement-form';
import { compoundFile, docxFile } from '../../../fixtures/office-files';
import { call, refusal, type TestCore, useCores } from '../../../kit';
import { agreementFromForm, base64, fillStore } from './imported-form';
import { readable } from '../../documents/readable-text';

const core = useCores();

async function store(): Promise<{ app: TestCore; sample: number; other: number }> {
  const app = await core();
  return { app, ...(await fillStore(app)) };
}

/** The page as a reader reads it: tags gone, every run of spaces one space. */
function pageText(html: string): string {
  return readable(html)
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, '\n')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n');
}

describe('a template made from the school’s own agreement form (.docx)', () => {
  it('recognises the sample partner and proposes the school’s, the partner’s and the agreement’s data', async () => {
    const { app, sample } = await store();
    const proposal = await call(app, 'templates:importRead', {
      fileName: 'Договор ГДК.docx',
      content: base64(await agreementFormDocx()),
      partnerId: null,
    });
    expect(proposal.partner).toMatchObject({ id: sample, chosen: false });
    expect(proposal.type).toBe('cooperation');
    expect(proposal.suggestedName).toBe('Договор о сотрудничестве (социальном партнёрстве) (форма школы)');
    // Word's numbers and the typed ones, as the text format reads them.
    expect(proposal.lines).toEqual(
      expect.arrayContaining([
        '1. Предмет договора',
        '2.1. Школа обязуется:',
        '3. СРОК ДЕЙСТВИЯ ДОГОВОРА',
        '3.1. Настоящий договор действует с 01.09.2025 по 31.08.2028.',
      ]),
    );
    const replaced = proposal.items.flatMap((i) => (i.kind === 'replace' ? [[i.found, i.placeholder]] : []));
    expect(replaced).toEqual(
      expect.arrayContaining([
        [FORM_SCHOOL.fullName, 'школа.полное_наименование'],
        ['директора Ивановой Марии Петровны, действующей на основании Устава', 'школа.в_лице'],
        [
          'Муниципальное бюджетное учреждение культуры города Зверево "Городской дом культуры"',
          'партнёр.полное_наименование',
        ],
        ['директора Сидорова Сергея Викторовича, действующего на основании Устава', 'партнёр.в_лице'],
        ['МБУК "ГДК"', 'партнёр.краткое_наименование'],
        [FORM_PARTNER.headName, 'партнёр.руководитель'],
        ['с 01.09.2025 по 31.08.2028', 'договор.срок_действия'],
        ['3 (три) года', 'договор.срок_лет'],
        ['8 (86355) 6-45-67', 'партнёр.телефон'],
        [FORM_PARTNER.inn, 'партнёр.инн'],
      ]),
    );
    const drops = proposal.items.filter((i) => i.kind === 'drop');
    expect(drops.map((d) => proposal.lines[d.line])).toEqual(['ДОГОВОР № 15/2025', '5. Реквизиты и подписи сторон']);
    expect(proposal.notes.join(' ')).toContain('банковские реквизиты');
    expect(proposal.notes.join(' ')).toContain('Город заключения («Зверево»)');
    expect(proposal.notes.join(' ')).not.toContain('остались сведения партнёра');
  });

  it('prints for another partner with that partner’s data wherever the form held the sample’s', async () => {
    const { app, other } = await store();
    const id = await agreementFromForm(app, other);
    const agreement = await call(app, 'agreements:get', { id });
    const template = (await call(app, 'templates:list', {})).find((t) => t.id === agreement.templateId);
    const sections = parseAgreementText(template?.body ?? '').filter((l) => l.kind === 'section');
    expect(sections.map((l) => l.text)).toEqual([
      '1. Предмет договора',
      '2. Права и обязанности сторон',
      '3. СРОК ДЕЙСТВИЯ ДОГОВОРА',
      '4. Заключительные положения',
    ]);
    const page = pageText((await call(app, 'documents:preview', { kind: 'agreement', id })).html);
    // Nothing of the sample partner is left; the other partner stands where it stood, the school where it stood.
    for (const trace of ['Сидоров', 'ГДК', 'Городской дом культуры', FORM_PARTNER.inn, '6-45-67', '15/2025']) {
      expect(page).not.toContain(trace);
    }
    expect(page).toContain(
      `${FORM_SCHOOL.fullName}, именуемое в дальнейшем «Школа», в лице директора Ивановой Марии Петровны, ` +
        'действующей на основании Устава, с одной стороны, и Муниципальное бюджетное учреждение культуры ' +
        '«Центральная детская библиотека», именуемое в дальнейшем «Партнёр», в лице директора Орловой Анны ' +
        'Сергеевны, действующей на основании Устава, с другой стороны',
    );
    expect(page).toContain(
      '1.1. Предметом настоящего договора является сотрудничество МБОУ Первомайская СОШ и МБУК «ЦДБ»',
    );
    expect(page).toContain(
      '2.2. Партнёр обязуется предоставлять помещения Дома культуры, директор Орлова Анна Сергеевна.',
    );
    expect(page).toContain('3.1. Настоящий договор действует с 1 сентября 2026 г. по 31 августа 2029 г.');
    expect(page).toContain('3.2. Договор заключён сроком на 3 года');
    expect(page).toContain('4.2. Контактный телефон Партнёра: +7 (86355) 7-77-77; ИНН Партнёра 6151009990.');
    // The printed head and the requisites come from the cards, once each.
    expect(page.match(/ДОГОВОР №/g)).toHaveLength(1);
    expect(page).toContain('5. Адреса, реквизиты и подписи Сторон');
    expect(page).toContain('ИНН/КПП: 6151009990/615101003');
    expect(page).toContain('А.С. Орлова');
  });

  it('keeps the office’s decisions: a rejected replacement stays as written, a changed one takes its field', async () => {
    const { app, sample } = await store();
    const file = { fileName: 'форма.docx', content: base64(await agreementFormDocx()), partnerId: sample };
    const proposal = await call(app, 'templates:importRead', file);
    expect(proposal.partner).toMatchObject({ id: sample, chosen: true });
    const item = (found: string) => proposal.items.find((i) => i.kind === 'replace' && i.found === found);
    const years = item('3 (три) года');
    const short = item('МБУК "ГДК"');
    const made = await call(app, 'templates:importCreate', {
      ...file,
      fingerprint: proposal.fingerprint,
      name: 'Наша форма',
      type: 'cooperation',
      decisions: [
        { id: years?.id ?? -1, accept: false },
        { id: short?.id ?? -1, accept: true, placeholder: 'партнёр.полное_наименование' },
      ],
    });
    const body = (await call(app, 'templates:list', {})).find((t) => t.id === made.id)?.body ?? '';
    expect(body).toContain('сроком на 3 (три) года');
    expect(body).toContain('сотрудничество {{школа.краткое_наименование}} и {{партнёр.полное_наименование}} в');
  });

  it('refuses a Word 97 file, an empty document and a stale proposal, writing nothing', async () => {
    const { app } = await store();
    const before = (await call(app, 'templates:list', {})).length;
    const doc = await refusal(app, 'templates:importRead', {
      fileName: 'Договор.doc',
      content: base64(compoundFile()),
      partnerId: null,
    });
    expect(doc.message).toContain('Это документ Word старого формата');
    expect(doc.message).toContain('«Документ Word (*.docx)»');
    const empty = await refusal(app, 'templates:importRead', {
      fileName: 'пусто.docx',
      content: base64(await docxFile([''])),
      partnerId: null,
    });
    expect(empty.message).toContain('В документе нет текста договора');
    const stale = await refusal(app, 'templates:importCreate', {
      fileName: 'форма.docx',
      content: base64(await agreementFormDocx()),
      partnerId: null,
      fingerprint: 'другой',
      name: 'Форма',
      type: 'cooperation',
      decisions: [],
    });
    expect(stale.code).toBe('conflict');
    expect(await call(app, 'templates:list', {})).toHaveLength(before);
  });
});
