import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  authorityText,
  declineName,
  declinePosition,
  inPersonOf,
  signerGender,
  type SignerSource,
} from '../../../src-main/contract/signer';

const signer = (patch: Partial<SignerSource>): SignerSource => ({
  name: '',
  position: 'Директор',
  nameGenitive: '',
  positionGenitive: '',
  basis: 'Устава',
  attorneyNumber: '',
  attorneyDate: null,
  ...patch,
});

describe('the signer as a contract names him or her', () => {
  it('declines a female director and makes the participle feminine', () => {
    expect(inPersonOf(signer({ name: 'Иванова Мария Петровна' }), '___')).toBe(
      'директора Ивановой Марии Петровны, действующей на основании Устава',
    );
  });

  it('declines a male director and makes the participle masculine', () => {
    expect(inPersonOf(signer({ name: 'Петров Иван Сергеевич' }), '___')).toBe(
      'директора Петрова Ивана Сергеевича, действующего на основании Устава',
    );
  });

  it('names a power of attorney with its number and date, and leaves lines for what is not typed', () => {
    const attorney = { basis: 'доверенности', attorneyNumber: '12', attorneyDate: '2026-09-01' };
    expect(inPersonOf(signer({ name: 'Петров Иван Сергеевич', ...attorney }), '___')).toBe(
      'директора Петрова Ивана Сергеевича, действующего на основании доверенности № 12 от 01.09.2026',
    );
    expect(authorityText({ basis: 'доверенности', attorneyNumber: '', attorneyDate: null })).toBe(
      'доверенности № ______ от __.__.20__',
    );
    // A basis typed whole, number and all, stays as typed; an empty one is the charter.
    expect(authorityText({ basis: 'доверенности № 5 от 10.01.2026', attorneyNumber: '', attorneyDate: null })).toBe(
      'доверенности № 5 от 10.01.2026',
    );
    expect(authorityText({ basis: ' ', attorneyNumber: '', attorneyDate: null })).toBe('Устава');
  });

  it('uses the office’s corrected forms instead of the declined ones', () => {
    const corrected = signer({
      name: 'Ким Саша',
      position: 'Директриса',
      nameGenitive: 'Ким Александры',
      positionGenitive: 'Директора',
    });
    expect(declineName('Ким Саша').safe).toBe(false);
    expect(declinePosition('Директриса', null).safe).toBe(false);
    expect(inPersonOf(corrected, '___')).toBe('директора Ким Александры, действующего на основании Устава');
  });

  it('leaves a line for a name not typed yet, keeping the position and the basis', () => {
    expect(inPersonOf(signer({ name: '' }), '________')).toBe('директора ________, действующего на основании Устава');
  });

  it('is sure of a full Russian name with a patronymic, and not of a name without one or in Latin letters', () => {
    expect(declineName('Шевчук Нина Васильевна')).toEqual({ text: 'Шевчук Нины Васильевны', safe: true });
    expect(declineName('Алиева Гюльнара Рашид кызы')).toEqual({ text: 'Алиевой Гюльнары Рашид кызы', safe: true });
    expect(declineName('ИВАНОВА МАРИЯ ПЕТРОВНА')).toEqual({ text: 'ИВАНОВОЙ МАРИИ ПЕТРОВНЫ', safe: true });
    expect(declineName('Смит Джон').safe).toBe(false);
    // The library leaves «Гусь» as it is: the office is asked to check it; «Белых» never changes.
    expect(declineName('Гусь Павел Андреевич')).toEqual({ text: 'Гусь Павла Андреевича', safe: false });
    expect(declineName('Белых Игорь Олегович')).toEqual({ text: 'Белых Игоря Олеговича', safe: true });
    expect(declineName('Smith John Petrovich').safe).toBe(false);
  });

  it('declines the common positions, the words after the head noun kept in their own case', () => {
    const cases: [string, string][] = [
      ['Директор', 'директора'],
      ['Начальник управления образования', 'начальника управления образования'],
      ['Председатель правления', 'председателя правления'],
      ['Главный врач', 'главного врача'],
      ['Генеральный директор', 'генерального директора'],
      ['Глава администрации', 'главы администрации'],
      ['Индивидуальный предприниматель', 'индивидуального предпринимателя'],
      ['Художественный руководитель', 'художественного руководителя'],
      ['Старший методист', 'старшего методиста'],
      ['Педагог-организатор', 'педагога-организатора'],
      ['Настоятель храма', 'настоятеля храма'],
      ['И.о. директора', 'И.о. директора'],
    ];
    for (const [position, genitive] of cases) {
      expect(declinePosition(position, 'female'), position).toEqual({ text: genitive, safe: true });
      expect(declinePosition(position, 'male'), position).toEqual({ text: genitive, safe: true });
    }
  });

  it('makes a participle noun agree with the signer, whatever ending was typed', () => {
    expect(declinePosition('Заведующая библиотекой', 'female').text).toBe('заведующей библиотекой');
    expect(declinePosition('Заведующая библиотекой', 'male').text).toBe('заведующего библиотекой');
    expect(declinePosition('Заведующий отделом', 'female').text).toBe('заведующей отделом');
    expect(declinePosition('Управляющий', 'male').text).toBe('управляющего');
  });
});

const MALE_SURNAMES = ['Петров', 'Кузнецов', 'Соловьёв', 'Орлов', 'Белов', 'Лебедев', 'Волков'];
const FEMALE_SURNAMES = ['Петрова', 'Кузнецова', 'Соловьёва', 'Орлова', 'Белова', 'Лебедева', 'Волкова'];
const MALE_NAMES = ['Иван', 'Сергей', 'Павел', 'Алексей', 'Дмитрий', 'Николай', 'Андрей'];
const FEMALE_NAMES = ['Мария', 'Анна', 'Ольга', 'Татьяна', 'Елена', 'Наталья', 'Ирина'];
/** Fathers' names and the patronymics they give: [son's, daughter's]. */
const PATRONYMICS: [string, string][] = [
  ['Петрович', 'Петровна'],
  ['Сергеевич', 'Сергеевна'],
  ['Николаевич', 'Николаевна'],
  ['Ильич', 'Ильинична'],
  ['Андреевич', 'Андреевна'],
  ['Кузьмич', 'Кузьминична'],
];

const person = fc
  .record({
    female: fc.boolean(),
    surname: fc.nat(MALE_SURNAMES.length - 1),
    first: fc.nat(MALE_NAMES.length - 1),
    patronymic: fc.constantFrom(...PATRONYMICS),
    position: fc.constantFrom('Директор', 'Заведующая библиотекой', 'Заведующий', 'Председатель', 'Главный врач'),
  })
  .map(({ female, surname, first, patronymic, position }) => ({
    female,
    position,
    name: [
      (female ? FEMALE_SURNAMES : MALE_SURNAMES)[surname],
      (female ? FEMALE_NAMES : MALE_NAMES)[first],
      patronymic[female ? 1 : 0],
    ].join(' '),
  }));

describe('the participle and the gender', () => {
  test.prop([person])('agree with the gender the patronymic tells', ({ female, name, position }) => {
    expect(signerGender(name)).toBe(female ? 'female' : 'male');
    const phrase = inPersonOf(signer({ name, position }), '___');
    expect(phrase).toContain(female ? ', действующей на основании Устава' : ', действующего на основании Устава');
    expect(declineName(name).safe).toBe(true);
    // A participle noun agrees too; no other word of the position depends on the signer.
    if (position.startsWith('Заведующ')) expect(phrase).toMatch(female ? /^заведующей/ : /^заведующего/);
  });

  test.prop([person])('are read from the patronymic even against a first name of the other gender', ({ female }) => {
    const name = `Ким ${female ? 'Саша' : 'Женя'} ${female ? 'Петровна' : 'Петрович'}`;
    expect(signerGender(name)).toBe(female ? 'female' : 'male');
  });
});
