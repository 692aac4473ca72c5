import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, PARTIES_PREAMBLE } from '../../../../src-main/agreements/templates/defaults';
import {
  checkTemplate,
  fillTemplate,
  placeholderList,
  placeholdersIn,
  placeholderValues,
  PLACEHOLDERS,
  prolongationSentence,
  type PlaceholderSources,
} from '../../../../src-main/agreements/templates/placeholders';
import { positionInSentence } from '../../../../src-main/contract/signer';
import { parseAgreementText } from '../../../../src-main/agreements/templates/text-format';
import { AppError } from '../../../../src-main/errors';
import { agreementFields, PARTNER, SCHOOL } from '../documents/fixtures';

function sources(overrides: Partial<PlaceholderSources> = {}): PlaceholderSources {
  return { school: SCHOOL, partner: PARTNER, agreement: agreementFields(), ...overrides };
}

/** The Russian message an AppError carries, or a failure when the call did not refuse. */
function refusal(action: () => unknown): { code: string; message: string } {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the placeholders of agreement templates', () => {
  it('are listed with Russian labels in the groups «Школа», «Партнёр» and «Договор», each key once', () => {
    const list = placeholderList();
    expect(new Set(list.map((p) => p.key)).size).toBe(list.length);
    expect(new Set(list.map((p) => p.group))).toEqual(new Set(['Школа', 'Партнёр', 'Договор']));
    for (const key of [
      'школа.полное_наименование',
      'школа.директор',
      'школа.email',
      'партнёр.основание',
      'партнёр.телефон',
      'договор.дата',
      'договор.срок_лет',
      'договор.пролонгация',
    ]) {
      expect(list.find((p) => p.key === key)?.label).toMatch(/\p{Lu}/u);
    }
    expect(list.find((p) => p.key === 'партнёр.руководитель')).toEqual({
      key: 'партнёр.руководитель',
      label: 'Руководитель (ФИО)',
      group: 'Партнёр',
    });
  });

  it('each have a value, taken from the school, the partner and the agreement', () => {
    const values = placeholderValues(sources());
    expect(Object.keys(values).sort()).toEqual(PLACEHOLDERS.map((p) => p.key).sort());
    expect(values).toMatchObject({
      'школа.полное_наименование': SCHOOL.fullName,
      'школа.директор': 'Иванова Мария Петровна',
      'школа.должность_директора': 'директор',
      'школа.инн': '6151005675',
      'партнёр.руководитель': 'Сидоров Сергей Викторович',
      'партнёр.основание': 'Устава',
      'партнёр.телефон': '+7 (86355) 6-45-67',
      'договор.номер': 'СП-2026-07',
      'договор.город': 'Зверево',
      'договор.дата': '26 ноября 2026 г.',
      'договор.дата_начала': '1 декабря 2026 г.',
      'договор.дата_окончания': '31 августа 2029 г.',
      'договор.срок_действия': 'с 1 декабря 2026 г. по 31 августа 2029 г.',
      'договор.приложения': 'Приложение № 1. План совместной деятельности на 2026/2027 учебный год.',
    });
    expect(values['договор.обязанности_школы']?.split('\n')).toEqual([
      '– согласовывать с Партнёром план совместной деятельности на учебный год;',
      '– обеспечивать участие обучающихся в совместных мероприятиях и сопровождение их педагогами;',
      '– размещать информацию о совместных мероприятиях на официальном сайте Школы.',
    ]);
  });

  it('leave a value the office has not typed empty rather than invent one', () => {
    const values = placeholderValues(
      sources({
        school: { ...SCHOOL, inn: '', directorName: '' },
        partner: { ...PARTNER, headBasis: '', contacts: [{ phone: '  ' }] },
        agreement: agreementFields({ signedOn: null, startsOn: null, subject: '', appendices: [] }),
      }),
    );
    expect(values['школа.инн']).toBe('');
    expect(values['школа.директор']).toBe('');
    expect(values['партнёр.основание']).toBe('');
    expect(values['партнёр.телефон']).toBe('');
    expect(values['договор.дата']).toBe('');
    expect(values['договор.срок_лет']).toBe('');
    expect(values['договор.предмет']).toBe('');
    expect(values['договор.приложения']).toBe('');
    expect(values['договор.срок_действия']).toBe('со дня его подписания Сторонами по 31 августа 2029 г.');
  });

  it('count the term in whole years, its last day included, or say «бессрочно»', () => {
    const years = (startsOn: string | null, endsOn: string | null, signedOn: string | null = null) =>
      placeholderValues(sources({ agreement: agreementFields({ startsOn, endsOn, signedOn }) }))['договор.срок_лет'];
    expect(years('2026-09-01', '2029-08-31')).toBe('3 года');
    expect(years('2026-09-01', '2027-08-31')).toBe('1 год');
    expect(years('2026-09-01', '2031-09-01')).toBe('5 лет');
    expect(years(null, '2028-11-25', '2026-11-26')).toBe('2 года');
    expect(years('2026-09-01', '2027-05-31')).toBe('9 месяцев');
    expect(years('2026-09-01', null)).toBe('бессрочно');
    expect(placeholderValues(sources({ agreement: agreementFields({ endsOn: null }) }))['договор.дата_окончания']).toBe(
      'бессрочно',
    );
  });

  it('write the position as it stands inside a sentence, abbreviations as typed', () => {
    expect(positionInSentence('Директор')).toBe('директор');
    expect(positionInSentence('Заведующая библиотекой')).toBe('заведующая библиотекой');
    expect(positionInSentence('И.о. директора')).toBe('И.о. директора');
    expect(positionInSentence('ВрИО начальника')).toBe('ВрИО начальника');
    expect(positionInSentence('')).toBe('');
  });
});

describe('the prolongation sentence', () => {
  const sentence = (overrides: Parameters<typeof agreementFields>[0]) =>
    prolongationSentence(agreementFields(overrides));

  it('says when an agreement renews itself, with the days of notice and the years', () => {
    expect(sentence({ prolongation: 'auto', noticeDays: 30, prolongationYears: 1 })).toBe(
      'Если ни одна из Сторон не заявит о прекращении договора не позднее чем за 30 дней до окончания срока его ' +
        'действия, договор считается продлённым на 1 год на тех же условиях.',
    );
    expect(sentence({ prolongation: 'auto', noticeDays: 21, prolongationYears: 2 })).toContain(
      'не позднее чем за 21 день до окончания срока его действия, договор считается продлённым на 2 года',
    );
    expect(sentence({ prolongation: 'auto', noticeDays: 0, prolongationYears: 5 })).toBe(
      'Если ни одна из Сторон не заявит о прекращении договора до окончания срока его действия, договор ' +
        'считается продлённым на 5 лет на тех же условиях.',
    );
  });

  it('names a network agreement «соглашение»', () => {
    expect(sentence({ type: 'network', prolongation: 'auto', noticeDays: 14, prolongationYears: 3 })).toBe(
      'Если ни одна из Сторон не заявит о прекращении соглашения не позднее чем за 14 дней до окончания срока его ' +
        'действия, соглашение считается продлённым на 3 года на тех же условиях.',
    );
  });

  it('covers prolongation by agreement, none at all, and an open-ended agreement', () => {
    expect(sentence({ prolongation: 'byAgreement' })).toBe(
      'Срок действия договора может быть продлён по договорённости Сторон, оформленной дополнительным соглашением.',
    );
    expect(sentence({ prolongation: 'none' })).toBe(
      'По окончании срока действия договор прекращается; продолжение сотрудничества оформляется новым договором.',
    );
    expect(sentence({ endsOn: null, prolongation: 'auto' })).toBe(
      'Договор заключён на неопределённый срок и действует до его расторжения.',
    );
  });
});

describe('filling a template', () => {
  it('puts every value in place', () => {
    const text = fillTemplate(
      'Договор № {{договор.номер}} от {{договор.дата}}. Партнёр: {{партнёр.краткое_наименование}}, ИНН {{партнёр.инн}}.',
      placeholderValues(sources()),
    );
    expect(text).toBe('Договор № СП-2026-07 от 26 ноября 2026 г. Партнёр: МБУК «ГДК», ИНН 6151001230.');
  });

  it('reads the names between the braces with spaces around them, in any case, with «е» for «ё»', () => {
    const values = placeholderValues(sources());
    expect(
      fillTemplate('{{ партнер.руководитель }} / {{Школа . ИНН}} / {{договор.обязанности_партнера}}', values),
    ).toBe(`Сидоров Сергей Викторович / 6151005675 / ${values['договор.обязанности_партнёра']}`);
    expect(fillTemplate('{{школа.полное наименование}}', values)).toBe(SCHOOL.fullName);
  });

  it('ends a sentence once when a value ending with a full stop stands before the template’s own', () => {
    expect(fillTemplate('Договор действует {{договор.срок_действия}}.', placeholderValues(sources()))).toBe(
      'Договор действует с 1 декабря 2026 г. по 31 августа 2029 г.',
    );
  });

  it('refuses unknown placeholders, naming each one in Russian', () => {
    const values = placeholderValues(sources());
    expect(refusal(() => fillTemplate('В лице {{партнёр.фио}}, {{школа.инн}}', values))).toEqual({
      code: 'invalid_input',
      message: 'В шаблоне неизвестное поле: {{партнёр.фио}}. Исправьте написание или вставьте поле из списка.',
    });
    expect(
      refusal(() => fillTemplate('{{партнёр.фио}} {{ договор.сумма }} {{партнёр.фио}} {{}}', values)).message,
    ).toBe(
      'В шаблоне неизвестные поля: {{партнёр.фио}}, {{договор.сумма}}, {{}}. ' +
        'Исправьте написание или вставьте поле из списка.',
    );
  });

  it('refuses empty values, naming what is missing in plain words and where to fill it in', () => {
    const values = placeholderValues(
      sources({ school: { ...SCHOOL, inn: '' }, partner: { ...PARTNER, headName: '' } }),
    );
    expect(
      refusal(() =>
        fillTemplate('{{партнёр.руководитель}}, ИНН {{школа.инн}}, снова {{партнёр.руководитель}}', values),
      ),
    ).toEqual({
      code: 'invalid_input',
      message: 'Не заполнено: руководитель партнёра, ИНН школы. Заполните их в карточке партнёра и в Настройках.',
    });
    const noSubject = placeholderValues(sources({ agreement: agreementFields({ subject: ' ' }) }));
    expect(refusal(() => fillTemplate('1.1. {{договор.предмет}}', noSubject)).message).toBe(
      'Не заполнено: предмет договора. Заполните это поле в карточке договора.',
    );
  });

  it('leaves blanks to write on by hand when told to', () => {
    const values = placeholderValues(
      sources({ partner: { ...PARTNER, headName: '' }, agreement: agreementFields({ signedOn: null }) }),
    );
    expect(fillTemplate('{{партнёр.руководитель}} от {{договор.дата}}', values, { missing: 'blank' })).toBe(
      '________________ от «___» ________ 20__ г.',
    );
  });
});

describe('checking a template before it is saved', () => {
  it('accepts known placeholders and text without braces', () => {
    expect(() => checkTemplate('Просто текст договора.')).not.toThrow();
    expect(() => checkTemplate('{{школа.инн}} и {{ партнер.огрн }}')).not.toThrow();
  });

  it('refuses unknown placeholders with the same message as filling', () => {
    expect(refusal(() => checkTemplate('Стороны: {{партнёр.фио}}.'))).toEqual({
      code: 'invalid_input',
      message: 'В шаблоне неизвестное поле: {{партнёр.фио}}. Исправьте написание или вставьте поле из списка.',
    });
  });

  it('refuses braces that do not pair, naming the line', () => {
    for (const body of ['ИНН {{школа.инн}', 'ИНН {школа.инн}}', 'ИНН {школа.инн}', 'а }} б', '{{ {{школа.инн}} }}']) {
      const { code, message } = refusal(() => checkTemplate(`Первая строка\n${body}`));
      expect(code).toBe('invalid_input');
      expect(message).toMatch(/^В строке 2 шаблона непарные фигурные скобки: «.+»\. Поле записывается в двойных/);
    }
  });
});

describe('the bundled templates', () => {
  it('are a cooperation agreement and a network agreement', () => {
    expect(DEFAULT_TEMPLATES.map((t) => [t.type, t.name])).toEqual([
      ['cooperation', 'Договор о сотрудничестве (социальном партнёрстве)'],
      ['network', 'Соглашение о сетевом взаимодействии'],
    ]);
  });

  it.each(DEFAULT_TEMPLATES.map((t) => [t.name, t] as const))('«%s» holds known placeholders only', (_, template) => {
    expect(() => checkTemplate(template.body)).not.toThrow();
    const used = placeholdersIn(template.body);
    expect(used).toEqual(expect.arrayContaining(placeholdersIn(PARTIES_PREAMBLE)));
    expect(used).toEqual(
      expect.arrayContaining([
        'договор.предмет',
        'договор.обязанности_школы',
        'договор.обязанности_партнёра',
        'договор.ответственность',
        'договор.срок_действия',
        'договор.пролонгация',
        'договор.приложения',
      ]),
    );
  });

  it.each(DEFAULT_TEMPLATES.map((t) => [t.name, t] as const))('«%s» has the six sections in order', (_, template) => {
    const noun = template.type === 'network' ? 'соглашения' : 'договора';
    const sections = parseAgreementText(template.body).filter((line) => line.kind === 'section');
    expect(sections.map((s) => s.text)).toEqual([
      `1. Предмет ${noun}`,
      '2. Права и обязанности сторон',
      `3. Срок действия ${noun}`,
      `4. Порядок изменения и расторжения ${noun}`,
      '5. Заключительные положения',
      '6. Приложения',
    ]);
  });

  it('fill into a preamble with both signers declined, each with the basis of authority', () => {
    const [cooperation, network] = DEFAULT_TEMPLATES;
    const values = placeholderValues(sources());
    const first = (body = '') => fillTemplate(body, values).split('\n')[0];
    expect(first(cooperation?.body)).toBe(
      'Муниципальное бюджетное общеобразовательное учреждение Первомайская средняя общеобразовательная школа ' +
        '(далее — Школа) в лице директора Ивановой Марии Петровны, действующей на основании Устава, и ' +
        'Муниципальное бюджетное учреждение культуры города Зверево «Городской дом культуры» (далее — Партнёр) в ' +
        'лице директора Сидорова Сергея Викторовича, действующего на основании Устава, именуемые в дальнейшем ' +
        '«Стороны», заключили настоящий договор о нижеследующем:',
    );
    expect(first(network?.body)).toContain(
      'в соответствии со статьёй 15 Федерального закона от 29.12.2012 № 273-ФЗ «Об образовании в Российской ' +
        'Федерации» заключили настоящее соглашение о нижеследующем:',
    );
    const text = fillTemplate(
      network?.body ?? '',
      placeholderValues(sources({ agreement: agreementFields({ type: 'network' }) })),
    );
    expect(text).toContain('3.2. Если ни одна из Сторон не заявит о прекращении соглашения');
    expect(text).not.toMatch(/\{\{|\}\}|\.\.(?!\.)/);
  });
});
