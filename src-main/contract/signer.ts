/**
 * Who signs for a party, as a contract names him or her: «в лице директора Ивановой Марии Петровны, действующей на
 * основании Устава». The name is declined by lvovich (made for Russian names), the gender read from the patronymic;
 * the position by the rule below. Where either cannot be declined safely, the card offers the declined form for the
 * office to correct, and the corrected form is kept and used instead.
 */
import { getFirstnameGender, getGender, getLastnameGender, getMiddlenameGender, incline } from 'lvovich';
import { formatDate } from './dates';

export type SignerGender = 'male' | 'female';

/** What a card holds of a signer: as typed (nominative), the office's corrected genitive, the basis of authority. */
export interface SignerSource {
  /** «Иванова Мария Петровна»: surname, first name, patronymic. */
  name: string;
  /** «Директор». */
  position: string;
  /** The office's own genitive of the name; empty: the declined one. */
  nameGenitive: string;
  /** The office's own genitive of the position; empty: the declined one. */
  positionGenitive: string;
  /** The basis in the genitive: «Устава», «Положения», «доверенности»; empty: «Устава». */
  basis: string;
  /** A power of attorney's number and date, printed after «доверенности». */
  attorneyNumber: string;
  attorneyDate: string | null;
}

export interface Declined {
  text: string;
  /** False where the rule is not sure: the card asks the office to check the form. */
  safe: boolean;
}

const PATRONYMIC_TAILS = /^(оглы|кызы|улы|уулу)$/iu;
const CYRILLIC_WORD = /^[\p{Script=Cyrillic}]+(-[\p{Script=Cyrillic}]+)*$/u;

interface NameParts {
  last: string;
  first: string;
  middle: string;
}

function nameParts(name: string): NameParts {
  const [last = '', first = '', ...rest] = name.trim().split(/\s+/).filter(Boolean);
  return { last, first, middle: rest.join(' ') };
}

const toGender = (g: string | null): SignerGender | null => (g === 'male' || g === 'female' ? g : null);

/** The gender read from the patronymic; without one, from the first name and surname; null when none tells. */
export function signerGender(name: string): SignerGender | null {
  const { last, first, middle } = nameParts(name);
  if (middle) {
    const byPatronymic = toGender(getMiddlenameGender(middle));
    if (byPatronymic) return byPatronymic;
  }
  if (!first && !last) return null;
  return toGender(getGender({ first: first || null, last: last || null }));
}

/** A word typed in capitals is declined as a name and given back in capitals. */
function inCase(original: string, declined: string | null | undefined): string {
  if (!declined) return original;
  return original === original.toLocaleUpperCase('ru-RU') && original.length > 1
    ? declined.toLocaleUpperCase('ru-RU')
    : declined;
}

const asName = (word: string) =>
  word === word.toLocaleUpperCase('ru-RU')
    ? word
        .toLocaleLowerCase('ru-RU')
        .split('-')
        .map((part) => part.charAt(0).toLocaleUpperCase('ru-RU') + part.slice(1))
        .join('-')
    : word;

/**
 * «Иванова Мария Петровна» → «Ивановой Марии Петровны». Safe only for a full name of Cyrillic words whose patronymic
 * tells the gender and whose first name and surname do not say otherwise.
 */
export function declineName(name: string): Declined {
  const { last, first, middle } = nameParts(name);
  if (!last) return { text: '', safe: false };
  const gender = signerGender(name);
  const person = incline(
    { last: asName(last), first: first ? asName(first) : null, middle: middle ? asName(middle) : null, gender },
    'genitive',
  );
  const text = [
    inCase(last, person.last),
    first && inCase(first, person.first),
    middle && inCase(middle, person.middle),
  ]
    .filter(Boolean)
    .join(' ');
  const byPatronymic = middle ? toGender(getMiddlenameGender(middle)) : null;
  const disagree = (g: string | null) => toGender(g) !== null && toGender(g) !== byPatronymic;
  // A surname the library left as it was though it should change («Гусь»): a man's ending in a consonant, «ь», «й»
  // (but «-ых», «-их», which never change), anyone's in «-а», «-я».
  const lastDeclined = inCase(last, person.last);
  const stuck =
    lastDeclined === last &&
    (/[ая]$/iu.test(last) ||
      (byPatronymic === 'male' && /[бвгджзйклмнпрстфхцчшщь]$/iu.test(last) && !/[ыи]х$/iu.test(last)));
  const safe =
    byPatronymic !== null &&
    !stuck &&
    [last, first, ...middle.split(' ').filter((w) => !PATRONYMIC_TAILS.test(w))].every((w) => CYRILLIC_WORD.test(w)) &&
    !disagree(getFirstnameGender(asName(first))) &&
    !disagree(getLastnameGender(asName(last)));
  return { text, safe };
}

// ---------------------------------------------------------------------------------------------------------------
// Positions

/** The nouns of positions a school's partners commonly have: declined by the rule below with confidence. */
const KNOWN_NOUNS = new Set([
  'директор',
  'заместитель',
  'начальник',
  'председатель',
  'руководитель',
  'глава',
  'президент',
  'ректор',
  'проректор',
  'декан',
  'врач',
  'бухгалтер',
  'предприниматель',
  'атаман',
  'настоятель',
  'секретарь',
  'инспектор',
  'методист',
  'специалист',
  'координатор',
  'менеджер',
  'администратор',
  'представитель',
  'командир',
  'куратор',
  'редактор',
  'педагог',
  'организатор',
  'советник',
  'помощник',
  'член',
  'библиотекарь',
  'хранитель',
  'тренер',
  'управитель',
  'учредитель',
]);

/** Nouns made of participles: declined in the signer's gender («заведующего», «заведующей»). */
const PARTICIPLE_NOUNS = new Set(['заведующий', 'управляющий', 'исполняющий', 'уполномоченный', 'ответственный']);

const ADJECTIVE = /(ый|ий|ой|ая|яя)$/u;
const HUSHING = /[жшчщ]$/u;
const VELAR = /[гкх]$/u;

/** An adjective (or participle) in the genitive, in its own gender: «главный» → «главного», «старшая» → «старшей». */
function adjectiveGenitive(word: string): string {
  const stem = word.slice(0, -2);
  switch (word.slice(-2)) {
    case 'ая':
      return `${stem}${HUSHING.test(stem) ? 'ей' : 'ой'}`;
    case 'яя':
      return `${stem}ей`;
    case 'ий':
      return `${stem}${VELAR.test(stem) ? 'ого' : 'его'}`;
    default:
      return `${stem}ого`;
  }
}

/** The masculine form of a participle noun: «заведующая» → «заведующий». */
function participleMasculine(word: string): string {
  return word.replace(/ая$/u, HUSHING.test(word.slice(0, -2)) ? 'ий' : 'ый');
}

/** A noun of a position in the genitive: «директор» → «директора», «председатель» → «председателя», «глава» → «главы». */
function nounGenitive(word: string): string {
  const parts = word.split('-');
  if (parts.length > 1) return parts.map(nounGenitive).join('-');
  if (/ь$/u.test(word) || /й$/u.test(word)) return `${word.slice(0, -1)}я`;
  if (/а$/u.test(word))
    return `${word.slice(0, -1)}${VELAR.test(word.slice(0, -1)) || HUSHING.test(word.slice(0, -1)) ? 'и' : 'ы'}`;
  if (/я$/u.test(word)) return `${word.slice(0, -1)}и`;
  if (/[бвгджзклмнпрстфхцчшщ]$/u.test(word)) return `${word}а`;
  return word;
}

/** «Директор» → «директор»; an abbreviation («И.о. директора», «ВрИО») stays as typed. */
export function positionInSentence(position: string): string {
  const text = position.trim();
  const [word = ''] = text.split(/\s/);
  const [first = '', ...rest] = [...word];
  if (word.includes('.') || /\p{Lu}/u.test(rest.join(''))) return text;
  return first.toLocaleLowerCase('ru-RU') + text.slice(first.length);
}

/**
 * A position in the genitive, as «в лице …» needs it: the leading adjectives and the head noun declined, the words
 * after them (already in their own case: «управления образования», «библиотекой») kept. A participle noun agrees
 * with the signer's gender. An abbreviation («и.о. директора») is kept as typed. Safe where the head noun is one of
 * the common positions and every declined word's ending is known.
 */
export function declinePosition(position: string, gender: SignerGender | null): Declined {
  const text = positionInSentence(position);
  if (!text) return { text: '', safe: true };
  const words = text.split(/\s+/);
  const [first = ''] = words;
  if (first.includes('.') || /\p{Lu}/u.test(first.slice(1))) return { text, safe: true };
  const out = [...words];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    const lower = word.toLocaleLowerCase('ru-RU');
    const masculine = participleMasculine(lower);
    if (PARTICIPLE_NOUNS.has(masculine)) {
      const typedFemale = lower !== masculine;
      const female = gender === null ? typedFemale : gender === 'female';
      const form = female ? masculine.replace(/(ий|ый)$/u, 'ая') : masculine;
      out[i] = adjectiveGenitive(form);
      return { text: out.join(' '), safe: gender !== null || !typedFemale };
    }
    if (ADJECTIVE.test(lower) && i < words.length - 1) {
      out[i] = adjectiveGenitive(word);
      continue;
    }
    out[i] = nounGenitive(word);
    return { text: out.join(' '), safe: KNOWN_NOUNS.has(lower.split('-')[0] ?? '') };
  }
  return { text: out.join(' '), safe: false };
}

// ---------------------------------------------------------------------------------------------------------------
// The phrase

export const DEFAULT_BASIS = 'Устава';

/** «Устава», «Положения», or «доверенности № 12 от 01.09.2026» (a blank for what the card leaves out). */
export function authorityText(source: Pick<SignerSource, 'basis' | 'attorneyNumber' | 'attorneyDate'>): string {
  const basis = source.basis.trim() || DEFAULT_BASIS;
  if (!isAttorney(basis) || /№/.test(basis)) return basis;
  const number = source.attorneyNumber.trim() || '______';
  const date = source.attorneyDate ? formatDate(source.attorneyDate) : '__.__.20__';
  return `${basis} № ${number} от ${date}`;
}

/** Whether the basis is a power of attorney, which takes a number and a date. */
export function isAttorney(basis: string): boolean {
  return /^доверенност/iu.test(basis.trim());
}

/** The signer's name and position in the genitive: the office's corrections where given, else the declined forms. */
export function signerGenitive(source: SignerSource): {
  name: Declined;
  position: Declined;
  gender: SignerGender | null;
} {
  const gender = signerGender(source.name);
  const name = source.nameGenitive.trim() ? { text: source.nameGenitive.trim(), safe: true } : declineName(source.name);
  const position = source.positionGenitive.trim()
    ? { text: positionInSentence(source.positionGenitive), safe: true }
    : declinePosition(source.position, gender);
  return { name, position, gender };
}

/** «действующего» or «действующей», agreeing with the signer; masculine where nothing tells the gender. */
export function actingParticiple(gender: SignerGender | null): string {
  return gender === 'female' ? 'действующей' : 'действующего';
}

/**
 * «директора Ивановой Марии Петровны, действующей на основании Устава»: what follows «в лице». A name not yet typed
 * is a line to write on.
 */
export function inPersonOf(source: SignerSource, blank: string): string {
  const { name, position, gender } = signerGenitive(source);
  const who = [position.text, name.text || blank].filter(Boolean).join(' ');
  return `${who}, ${actingParticiple(gender)} на основании ${authorityText(source)}`;
}
