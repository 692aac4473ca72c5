import { describe, expect, it } from 'vitest';
import {
  datesIn,
  partnerScore,
  partnerTraces,
  recogniseLine,
  type RecognitionSources,
  type SamplePartner,
} from '../../../../src-main/agreements/templates/import/recognise';
import { PARTNER, SCHOOL } from '../documents/fixtures';

const SAMPLE: SamplePartner = {
  ...PARTNER,
  postalAddress: '',
  contacts: PARTNER.contacts.map((c) => ({ phone: c.phone, email: c.email ?? '' })),
};
const SOURCES: RecognitionSources = {
  school: SCHOOL,
  partner: SAMPLE,
  facts: { number: '15/2025', signedOn: '2025-09-01' },
};

/** Each place as the text found and the placeholder proposed. */
function places(line: string, sources: RecognitionSources = SOURCES): [string, string][] {
  return recogniseLine(line, sources).map((f) => [line.slice(f.start, f.end), f.placeholder]);
}

describe('recognising the school’s and the partner’s data in a line of the form', () => {
  it('finds the parties’ names and signers in the preamble, the signers in the genitive with their basis', () => {
    const line =
      'Муниципальное бюджетное общеобразовательное учреждение Первомайская средняя общеобразовательная школа, ' +
      'именуемое в дальнейшем «Школа», в лице директора Ивановой Марии Петровны, действующей на основании Устава, ' +
      'с одной стороны, и Муниципальное бюджетное учреждение культуры города Зверево "Городской дом культуры", ' +
      'именуемое в дальнейшем «Партнёр», в лице директора Сидорова Сергея Викторовича, действующего на основании ' +
      'Устава, с другой стороны, заключили настоящий договор о нижеследующем:';
    expect(places(line)).toEqual([
      [
        'Муниципальное бюджетное общеобразовательное учреждение Первомайская средняя общеобразовательная школа',
        'школа.полное_наименование',
      ],
      ['директора Ивановой Марии Петровны, действующей на основании Устава', 'школа.в_лице'],
      [
        'Муниципальное бюджетное учреждение культуры города Зверево "Городской дом культуры"',
        'партнёр.полное_наименование',
      ],
      ['директора Сидорова Сергея Викторовича, действующего на основании Устава', 'партнёр.в_лице'],
    ]);
  });

  it('finds short names with other quotation marks, or none, and names in the nominative', () => {
    expect(places('МБУК ГДК и мбоу первомайская сош проводят; директор Сидоров Сергей Викторович')).toEqual([
      ['МБУК ГДК', 'партнёр.краткое_наименование'],
      ['мбоу первомайская сош', 'школа.краткое_наименование'],
      ['Сидоров Сергей Викторович', 'партнёр.руководитель'],
    ]);
    expect(places('Партнёр (МБУК "ГДК") обязуется')).toEqual([['МБУК "ГДК"', 'партнёр.краткое_наименование']]);
  });

  it('finds ИНН, КПП, ОГРН, addresses, phones written another way and the e-mail', () => {
    expect(
      places(
        'ИНН/КПП 6151001230/615101001, ОГРН 1026102100122, адрес: 346311 Ростовская обл. г. Зверево ул. Ленина д. 5, ' +
          'тел. 8 (86355) 6-45-67',
      ),
    ).toEqual([
      ['6151001230', 'партнёр.инн'],
      ['615101001', 'школа.кпп'],
      ['1026102100122', 'партнёр.огрн'],
      ['346311 Ростовская обл. г. Зверево ул. Ленина д. 5', 'партнёр.юридический_адрес'],
      ['8 (86355) 6-45-67', 'партнёр.телефон'],
    ]);
    expect(places('ИНН 6151005675, e-mail: School@zverevo-edu.ru')).toEqual([
      ['6151005675', 'школа.инн'],
      ['School@zverevo-edu.ru', 'школа.email'],
    ]);
  });

  it('does not take a number inside a longer one', () => {
    expect(places('р/с 40701810961511005675000')).toEqual([]);
  });

  it('reads a signer no card names by the shape of the sentence: the school’s first, the partner’s after', () => {
    const line =
      'МБОУ Первомайская СОШ в лице директора Петровой Анны Ивановны, действующей на основании Устава, и ' +
      'ООО «Ромашка» в лице ____________________, действующего на основании ___________, заключили договор:';
    const found = places(line, { ...SOURCES, partner: null });
    expect(found).toEqual([
      ['МБОУ Первомайская СОШ', 'школа.краткое_наименование'],
      ['директора Петровой Анны Ивановны, действующей на основании Устава', 'школа.в_лице'],
      ['____________________, действующего на основании ___________', 'партнёр.в_лице'],
    ]);
  });
});

describe('recognising the agreement’s number and dates', () => {
  it('reads dates written in words and in figures', () => {
    expect(datesIn('от «01» сентября 2025 г. и 31.08.2026').map((d) => d.iso)).toEqual(['2025-09-01', '2026-08-31']);
  });

  it('makes the term, the end, the years and the number placeholders; a law’s date stays', () => {
    expect(places('3.1. Договор действует с 01.09.2025 по 31 августа 2028 года.')).toEqual([
      ['с 01.09.2025 по 31 августа 2028 года', 'договор.срок_действия'],
    ]);
    expect(places('3.1. Договор вступает в силу с момента подписания и действует до 31.08.2026 г.')).toEqual([
      ['31.08.2026 г.', 'договор.дата_окончания'],
    ]);
    expect(places('Договор заключён сроком на 3 (три) года.')).toEqual([['3 (три) года', 'договор.срок_лет']]);
    expect(places('Приложение к договору № 15/2025 от 01.09.2025 г.')).toEqual([
      ['15/2025', 'договор.номер'],
      ['01.09.2025 г.', 'договор.дата'],
    ]);
    expect(places('в соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ')).toEqual([]);
  });
});

describe('which partner the form was made for', () => {
  it('scores the partner whose ИНН and names the text holds above one it does not name', () => {
    const text = 'и МБУК «ГДК» в лице директора Сидорова Сергея Викторовича … ИНН 6151001230';
    const other = {
      ...SAMPLE,
      fullName: 'Библиотека',
      shortName: 'ЦДБ',
      inn: '6151000000',
      headName: 'Орлов Пётр Ильич',
    };
    expect(partnerScore(text, SAMPLE)).toBeGreaterThan(5);
    expect(partnerScore(text, other)).toBe(0);
  });
});

describe('what of the sample partner is left once the proposals are made', () => {
  it('names the head’s surname in any case, the names and the ИНН still in the text', () => {
    expect(partnerTraces('Подпись: С.В. Сидорову передать; ИНН 6151001230; {{партнёр.в_лице}}', SAMPLE)).toEqual([
      'Сидорову',
      '6151001230',
    ]);
    expect(partnerTraces('{{партнёр.полное_наименование}} в лице {{партнёр.в_лице}}', SAMPLE)).toEqual([]);
  });
});
