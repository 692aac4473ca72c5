import { describe, expect, it } from 'vitest';
import { buildAgreementDocument } from '../../../../src-main/agreements/documents/agreement';
import { cityText, signerInitials, signingDateText } from '../../../../src-main/documents/russian-text';
import { buildAmendmentDocument } from '../../../../src-main/agreements/documents/amendment';
import { renderDocx } from '../../../../src-main/documents/docx';
import { renderHtml } from '../../../../src-main/documents/html';
import type { DocumentModel } from '../../../../src-main/documents/model';
import { AppError } from '../../../../src-main/errors';
import { filledAgreement, PARTNER, SCHOOL } from './fixtures';
import { readDocx } from '../../documents/docx-text';
import { readable } from '../../documents/readable-text';

/** The text of a page with its tags dropped and non-breaking spaces read as spaces. */
function htmlText(html: string): string {
  return readable(html)
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, '\n')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&')
    .replaceAll('\u00A0', ' ');
}

async function docxText(model: DocumentModel): Promise<string> {
  const { paragraphs } = await readDocx(await renderDocx(model));
  return paragraphs.join('\n').replaceAll('\u00A0', ' ');
}

const PREAMBLE_NAMES = [
  'Муниципальное бюджетное общеобразовательное учреждение Первомайская средняя общеобразовательная школа (далее — Школа)',
  '(далее — Школа) в лице директора Ивановой Марии Петровны, действующей на основании Устава, и',
  'Муниципальное бюджетное учреждение культуры города Зверево «Городской дом культуры» (далее — Партнёр)',
  '(далее — Партнёр) в лице директора Сидорова Сергея Викторовича, действующего на основании Устава,',
  'именуемые в дальнейшем «Стороны», заключили настоящий договор о нижеследующем:',
];

const REQUISITES = [
  'Школа',
  'Адрес: 346311, Ростовская область, г. Зверево, ул. Обухова, д. 12',
  'ИНН/КПП: 6151005675/615101001',
  'ОГРН: 1026102104566',
  'Телефон: +7 (86355) 6-12-34',
  'Эл. почта: school@zverevo-edu.ru',
  'Партнёр',
  'Адрес: 346311, Ростовская область, г. Зверево, ул. Ленина, д. 5',
  'ИНН/КПП: 6151001230/615101001',
  'ОГРН: 1026102100122',
  'Телефон: +7 (86355) 6-45-67',
  '____________ / М.П. Иванова /',
  '____________ / С.В. Сидоров /',
];

const SECTIONS = [
  '1. Предмет договора',
  '2. Права и обязанности сторон',
  '3. Срок действия договора',
  '4. Порядок изменения и расторжения договора',
  '5. Заключительные положения',
  '6. Приложения',
  '7. Адреса, реквизиты и подписи Сторон',
];

describe('the agreement as a document', () => {
  const model = buildAgreementDocument({ agreement: filledAgreement(), partner: PARTNER, school: SCHOOL });

  it('opens with its number, its kind in words, the city at the left and the date at the right', () => {
    expect(model.title).toBe('Договор № СП-2026-07 — МБУК «ГДК»');
    expect(model.blocks.slice(0, 3)).toEqual([
      { type: 'heading', level: 1, text: 'ДОГОВОР №\u00A0СП-2026-07' },
      { type: 'paragraph', align: 'center', runs: [{ text: 'о сотрудничестве (социальном партнёрстве)', bold: true }] },
      { type: 'spread', left: 'г.\u00A0Зверево', right: '«26»\u00A0ноября 2026\u00A0г.' },
    ]);
  });

  it('sets its text as centred section headings and justified paragraphs with the first line indented', () => {
    const headings = model.blocks.filter((b) => b.type === 'heading' && b.level === 2);
    expect(headings.map((h) => (h.type === 'heading' ? h.text : ''))).toEqual(SECTIONS);
    const html = readable(renderHtml(model));
    expect(html).toContain('<h2 class="center">1. Предмет договора</h2>');
    expect(html).toContain('<p class="justify indent">2.1. Школа обязуется:</p>');
    expect(html).toContain('<p class="justify indent">– согласовывать с Партнёром план совместной деятельности');
  });

  it('renders to HTML with the number, the preamble naming both parties, the sections and both parties’ requisites', () => {
    const text = htmlText(renderHtml(model));
    for (const expected of [
      'ДОГОВОР № СП-2026-07',
      '«26» ноября 2026 г.',
      ...PREAMBLE_NAMES,
      ...SECTIONS,
      ...REQUISITES,
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.match(/^М\.П\.$/gm)).toHaveLength(2);
    expect(text).toContain('3.1. Настоящий договор действует с 1 декабря 2026 г. по 31 августа 2029 г.');
    expect(text).toContain('Приложение № 1. План совместной деятельности на 2026/2027 учебный год.');
  });

  it('renders to Word with the same content', async () => {
    const text = await docxText(model);
    for (const expected of ['ДОГОВОР № СП-2026-07', ...PREAMBLE_NAMES, ...SECTIONS, ...REQUISITES]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/^г\. Зверево«26» ноября 2026 г\.$/m);
    expect(text.match(/^М\.П\.$/gm)).toHaveLength(2);
  });

  it('puts both parties’ signature lines in one row, so that they stand level', async () => {
    const html = renderHtml(model);
    expect(html).toMatch(
      /<tr class="sign"><td>____________ \/ М\.П\.\u00A0Иванова \/<\/td><td>____________ \/ С\.В\.\u00A0Сидоров \/<\/td><\/tr>/,
    );
    expect(html).toContain('<tr class="stamp"><td>М.П.</td><td>М.П.</td></tr>');
    const { document } = await readDocx(await renderDocx(model));
    const rows = [...document.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    const signRow = rows.find((row) => row.includes('/ М.П.'));
    expect(signRow).toContain('Сидоров /');
  });

  it('shows a blank date for a draft not yet signed, and a blank city when none is typed', () => {
    const draft = buildAgreementDocument({
      agreement: filledAgreement({ signedOn: null, city: '' }),
      partner: PARTNER,
      school: SCHOOL,
    });
    expect(draft.blocks[2]).toEqual({ type: 'spread', left: 'г. ________________', right: '«___» ________ 20__ г.' });
    expect(htmlText(renderHtml(draft))).toContain('«___» ________ 20__ г.');
  });

  it('names a network agreement «СОГЛАШЕНИЕ … о сетевом взаимодействии», and another kind by its number only', () => {
    const network = buildAgreementDocument({
      agreement: filledAgreement({ type: 'network', number: 'СВ-3' }),
      partner: PARTNER,
      school: SCHOOL,
    });
    expect(network.blocks.slice(0, 2)).toEqual([
      { type: 'heading', level: 1, text: 'СОГЛАШЕНИЕ №\u00A0СВ-3' },
      { type: 'paragraph', align: 'center', runs: [{ text: 'о сетевом взаимодействии', bold: true }] },
    ]);
    const other = buildAgreementDocument({
      agreement: { ...filledAgreement({ type: 'other' }), text: 'Стороны договорились о сотрудничестве.' },
      partner: PARTNER,
      school: SCHOOL,
    });
    expect(other.blocks[1]).toMatchObject({ type: 'spread' });
    expect(other.blocks).toContainEqual({ type: 'heading', level: 2, text: 'Адреса, реквизиты и подписи Сторон' });
  });

  it('refuses an agreement without text, in Russian', () => {
    const build = () =>
      buildAgreementDocument({ agreement: { ...filledAgreement(), text: '  ' }, partner: PARTNER, school: SCHOOL });
    expect(build).toThrow(AppError);
    expect(build).toThrow(
      'В договоре № СП-2026-07 нет текста: выберите шаблон или напишите текст на странице изменения договора.',
    );
  });

  it('leaves out requisites the office has not typed and keeps a blank for a missing head', () => {
    const bare = buildAgreementDocument({
      agreement: filledAgreement(),
      partner: { ...PARTNER, inn: '', kpp: '', ogrn: '', legalAddress: '', headName: '', contacts: [] },
      school: SCHOOL,
    });
    const parties = bare.blocks.find((b) => b.type === 'parties');
    expect(parties?.type === 'parties' && parties.parties[1]).toEqual({
      title: 'Партнёр',
      lines: [PARTNER.fullName],
      signature: { position: 'Директор', name: '________________' },
      stamp: true,
    });
  });
});

describe('names, cities and dates on an agreement', () => {
  it('turns a full name into the transcript of a signature', () => {
    expect(signerInitials('Иванова Мария Петровна')).toBe('М.П. Иванова');
    expect(signerInitials('  Сидоров   Сергей ')).toBe('С. Сидоров');
    expect(signerInitials('Алиев Рашид Мамед оглы')).toBe('Р.М. Алиев');
    expect(signerInitials('Петрова-Водкина Анна-Мария Ивановна')).toBe('А.-М.И. Петрова-Водкина');
    expect(signerInitials('Иванов')).toBe('Иванов');
    expect(signerInitials('')).toBe('');
  });

  it('writes a bare town as «г. …» and keeps an abbreviation typed by the office', () => {
    expect(cityText('Зверево')).toBe('г. Зверево');
    expect(cityText('с. Родионово-Несветайское')).toBe('с. Родионово-Несветайское');
    expect(cityText('г. Зверево')).toBe('г. Зверево');
  });

  it('writes the date of signing with the day in quotes', () => {
    expect(signingDateText('2026-09-01')).toBe('«01» сентября 2026 г.');
    expect(signingDateText(null)).toBe('«___» ________ 20__ г.');
  });
});

describe('the amendment as a document', () => {
  const agreement = filledAgreement();
  const amendment = {
    number: 2,
    signedOn: '2027-05-20',
    newEndsOn: '2030-08-31',
    makesOpenEnded: false,
    text: 'Пункт 2.2 Договора дополнить словами «организовывать выездные мероприятия».',
  };

  it('names itself and the agreement it amends, with the agreement’s number and date', async () => {
    const model = buildAmendmentDocument({ agreement, amendment, partner: PARTNER, school: SCHOOL });
    expect(model.title).toBe('Дополнительное соглашение № 2 к договору № СП-2026-07');
    const text = htmlText(renderHtml(model));
    for (const expected of [
      'ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 2',
      'к договору № СП-2026-07 от 26 ноября 2026 г.',
      'г. Зверево',
      '«20» мая 2027 г.',
      'в лице директора Ивановой Марии Петровны, действующей на основании Устава',
      'в лице директора Сидорова Сергея Викторовича, действующего на основании Устава',
      'заключили настоящее дополнительное соглашение к договору № СП-2026-07 от 26 ноября 2026 г. (далее — Договор) о нижеследующем:',
      '1. Пункт 2.2 Договора дополнить словами «организовывать выездные мероприятия».',
      '2. Срок действия Договора устанавливается до 31 августа 2030 г. включительно.',
      '3. Все остальные условия Договора, не затронутые настоящим дополнительным соглашением, остаются неизменными',
      '5. Настоящее дополнительное соглашение составлено в двух экземплярах, имеющих равную юридическую силу',
      'Адреса, реквизиты и подписи Сторон',
      'ИНН/КПП: 6151001230/615101001',
      '____________ / С.В. Сидоров /',
    ]) {
      expect(text).toContain(expected);
    }
    expect(await docxText(model)).toContain('к договору № СП-2026-07 от 26 ноября 2026 г.');
  });

  it('does not state the new term twice when its own text already does', () => {
    const model = buildAmendmentDocument({
      agreement,
      amendment: {
        ...amendment,
        text: '1. Пункт 3.1 Договора изложить в редакции: «Настоящий договор действует по 31.08.2030».\n2. Иное.',
      },
      partner: PARTNER,
      school: SCHOOL,
    });
    const text = htmlText(renderHtml(model));
    expect(text).not.toContain('устанавливается до');
    expect(text).toContain('3. Все остальные условия Договора');
  });

  it('says the agreement becomes open-ended, and adds no term clause when the term stays', () => {
    const open = htmlText(
      renderHtml(
        buildAmendmentDocument({
          agreement,
          amendment: { ...amendment, newEndsOn: null, makesOpenEnded: true, text: '' },
          partner: PARTNER,
          school: SCHOOL,
        }),
      ),
    );
    expect(open).toContain('1. Со дня подписания настоящего дополнительного соглашения Договор действует бессрочно.');
    const same = htmlText(
      renderHtml(
        buildAmendmentDocument({
          agreement: filledAgreement({ type: 'network', signedOn: null }),
          amendment: { ...amendment, newEndsOn: null },
          partner: PARTNER,
          school: SCHOOL,
        }),
      ),
    );
    expect(same).toContain('к соглашению № СП-2026-07 (далее — Соглашение) о нижеследующем:');
    expect(same).not.toMatch(/устанавливается до|бессрочно/);
    expect(same).toContain('2. Все остальные условия Соглашения');
  });

  it('leaves blanks for what the office has not typed rather than refusing to print', () => {
    const model = buildAmendmentDocument({
      agreement,
      amendment,
      partner: { ...PARTNER, headName: '', headBasis: '' },
      school: SCHOOL,
    });
    expect(htmlText(renderHtml(model))).toContain('(далее — Партнёр) в лице ________________, именуемые');
  });
});
