/**
 * Where a line of the school's agreement form holds the school's or the sample partner's data, or the agreement's
 * own number and dates: each place found with the placeholder it becomes. Pure: the form's text and the data it is
 * compared with come in, the places go out; nothing is replaced here.
 */
import { MONTHS_GENITIVE } from '../../../contract/dates';
import { declineName } from '../../../contract/signer';
import type { SchoolProfile } from '../../../contract/settings';
import { findPlaceholder } from '../placeholders';

/** What of the sample partner is looked for: its card (a PartnerDetail fits). */
export interface SamplePartner {
  fullName: string;
  shortName: string;
  headName: string;
  headNameGenitive: string;
  legalAddress: string;
  postalAddress: string;
  inn: string;
  kpp: string;
  ogrn: string;
  contacts: readonly { phone: string; email: string }[];
}

/** What the form's title says of the agreement: its number, signing date (ISO) and city. */
export interface HeaderFacts {
  number: string;
  signedOn: string | null;
}

export interface Found {
  start: number;
  end: number;
  placeholder: string;
  /** Why, in the office's words. */
  reason: string;
}

type Party = 'школа' | 'партнёр';

// ---------------------------------------------------------------------------------------------------------------
// Patterns

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const letters = (token: string) => [...token].map((c) => (/[её]/iu.test(c) ? '[её]' : escape(c))).join('');

const QUOTES = '«»"“”„\'';
const OPEN = `[«"“„']?`;
const CLOSE = `[»"”“']?`;
const START = '(?<![\\p{L}\\d])';
const END = '(?![\\p{L}\\d])';

/**
 * A name as it is written in a text: case and «ё» ignored, any quotation marks (or none) and any spaces between its
 * words. «МБУК «ГДК»» is found as «МБУК "ГДК"», «мбук ГДК».
 */
export function namePattern(name: string): RegExp | null {
  const tokens = name.match(/[\p{L}\d№-]+/gu) ?? [];
  if (tokens.join('').length < 2) return null;
  const between = `[\\s${QUOTES}]*`;
  return new RegExp(`${START}${OPEN}${tokens.map(letters).join(between)}${CLOSE}${END}`, 'giu');
}

/** The words of an address written in full or cut short: «область» or «обл.», «улица» or «ул.». */
const ADDRESS_WORDS: readonly (readonly string[])[] = [
  ['область', 'обл'],
  ['край', 'кр'],
  ['район', 'р-н', 'р'],
  ['город', 'г'],
  ['посёлок', 'поселок', 'пос', 'п'],
  ['село', 'с'],
  ['станица', 'ст-ца'],
  ['улица', 'ул'],
  ['переулок', 'пер'],
  ['проспект', 'пр-т', 'просп'],
  ['площадь', 'пл'],
  ['дом', 'д'],
  ['корпус', 'корп', 'к'],
  ['строение', 'стр'],
  ['помещение', 'пом'],
];
const ADDRESS_FORMS = new Map(ADDRESS_WORDS.flatMap((forms) => forms.map((f) => [f.replace('ё', 'е'), forms])));

function addressToken(token: string): string {
  const forms = ADDRESS_FORMS.get(token.toLocaleLowerCase('ru-RU').replace('ё', 'е'));
  return forms ? `(?:${forms.map(letters).join('|')})` : letters(token);
}

/**
 * An address as it is written: its words and numbers in order, whatever the punctuation and spaces between them,
 * «область» or «обл.», «улица» or «ул.»; the postal code may be left out.
 */
function addressPattern(address: string): RegExp | null {
  const tokens = address.match(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu) ?? [];
  if (tokens.length < 3) return null;
  const [first = '', ...rest] = tokens.map(addressToken);
  const head = /^\d{6}$/.test(tokens[0] ?? '') ? `(?:${first}[^\\p{L}\\d]{0,6})?` : `${first}[^\\p{L}\\d]{0,6}`;
  return new RegExp(`${START}${head}${rest.join('[^\\p{L}\\d]{0,6}')}${END}`, 'giu');
}

/** A number (ИНН, КПП, ОГРН) not inside a longer one. */
const digitsPattern = (value: string) => (/^\d{5,}$/.test(value) ? new RegExp(`(?<!\\d)${value}(?!\\d)`, 'g') : null);

function* matches(pattern: RegExp | null, line: string): Generator<{ start: number; end: number; text: string }> {
  if (!pattern) return;
  for (const m of line.matchAll(pattern)) {
    const text = m[0].trim();
    if (text === '') continue;
    yield { start: m.index, end: m.index + m[0].length, text };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The parties

const reasonOf = (placeholder: string) => findPlaceholder(placeholder)?.missing ?? placeholder;

interface PartyData {
  party: Party;
  fullName: string;
  shortName: string;
  person: string;
  personGenitive: string;
  legalAddress: string;
  postalAddress: string;
  inn: string;
  kpp: string;
  ogrn: string;
  phone: string;
  email: string;
}

function schoolData(s: SchoolProfile): PartyData {
  return {
    party: 'школа',
    fullName: s.fullName,
    shortName: s.shortName,
    person: s.directorName,
    personGenitive: s.directorNameGenitive.trim() || declineName(s.directorName).text,
    legalAddress: s.legalAddress,
    postalAddress: s.postalAddress,
    inn: s.inn,
    kpp: s.kpp,
    ogrn: s.ogrn,
    phone: s.phone,
    email: s.email,
  };
}

function partnerData(p: SamplePartner): PartyData {
  return {
    party: 'партнёр',
    fullName: p.fullName,
    shortName: p.shortName,
    person: p.headName,
    personGenitive: p.headNameGenitive.trim() || declineName(p.headName).text,
    legalAddress: p.legalAddress,
    postalAddress: p.postalAddress,
    inn: p.inn,
    kpp: p.kpp,
    ogrn: p.ogrn,
    phone: p.contacts.find((c) => c.phone.trim())?.phone ?? '',
    email: p.contacts.find((c) => c.email.trim())?.email ?? '',
  };
}

const BASIS = String.raw`(?:доверенност[\p{L}]*\s*№\s*[^\s,;]+\s+от\s+[\d.]+(?:\s*г\.)?|[\p{L}]+|_{3,})`;
const ACTING = String.raw`,?\s*действующ[\p{L}]*\s+на\s+основании\s+${BASIS}`;

/**
 * «в лице директора Ивановой Марии Петровны, действующей на основании Устава»: from the position to the basis,
 * all of what `{{…в_лице}}` prints. Found by the signer's name in the genitive; or, in a sentence that names no one
 * the registry knows (a sample partner not chosen), by its shape alone.
 */
function inPersonOf(line: string, genitive: string): { start: number; end: number }[] {
  const name = namePattern(genitive);
  if (!name) return [];
  const pattern = new RegExp(
    String.raw`в\s+лице\s+((?:[\p{L}.-]+\s+){0,6}?)${name.source.replace(START, '')}(${ACTING})?`,
    'giu',
  );
  return [...line.matchAll(pattern)].map((m) => {
    const start = m.index + (/^в\s+лице\s+/iu.exec(m[0])?.[0].length ?? 0);
    return { start, end: m.index + m[0].length };
  });
}

/** A phone written any way («8 (86355) 61234», «+7 863 556-12-34»): the same last ten digits. */
function phones(line: string, phone: string): { start: number; end: number; text: string }[] {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 6) return [];
  const tail = digits.slice(-10);
  return [...matches(/(?<![\d\p{L}])\+?\d[\d\s()\u2010-\u2015-]{4,}\d(?!\d)/gu, line)].filter(
    (m) => m.text.replace(/\D/g, '').slice(-10) === tail || m.text.replace(/\D/g, '') === digits,
  );
}

function partyPlaces(line: string, d: PartyData): Found[] {
  const found: Found[] = [];
  const add = (
    places: Iterable<{ start: number; end: number }>,
    key: string,
    reason = reasonOf(`${d.party}.${key}`),
  ) => {
    for (const { start, end } of places) found.push({ start, end, placeholder: `${d.party}.${key}`, reason });
  };
  const signer = d.party === 'школа' ? 'директор' : 'руководитель';
  add(matches(namePattern(d.fullName), line), 'полное_наименование');
  add(matches(namePattern(d.shortName), line), 'краткое_наименование');
  if (d.person.trim().split(/\s+/).length >= 2) add(matches(namePattern(d.person), line), signer);
  if (d.personGenitive.trim().split(/\s+/).length >= 2) {
    add(
      inPersonOf(line, d.personGenitive),
      'в_лице',
      `должность, ФИО и основание подписи: ${d.party === 'школа' ? 'директор школы' : 'руководитель партнёра'}`,
    );
  }
  const legal = [...matches(addressPattern(d.legalAddress), line)];
  add(legal, 'юридический_адрес');
  if (d.party === 'школа' && d.postalAddress.trim() !== d.legalAddress.trim()) {
    add(matches(addressPattern(d.postalAddress), line), 'почтовый_адрес');
  }
  add(matches(digitsPattern(d.inn), line), 'инн');
  add(matches(digitsPattern(d.kpp), line), 'кпп');
  add(matches(digitsPattern(d.ogrn), line), 'огрн');
  add(phones(line, d.phone), 'телефон');
  if (d.party === 'школа' && d.email.includes('@')) {
    add(matches(new RegExp(escape(d.email.trim()), 'gi'), line), 'email');
  }
  return found;
}

/**
 * «в лице …, действующего на основании …» that names no one known: the school's if its own is not yet found in the
 * line and it comes first, the partner's otherwise. How a form with blanks («в лице ________») is read too.
 */
function unnamedSigners(line: string, known: readonly Found[]): Found[] {
  const pattern = new RegExp(String.raw`в\s+лице\s+([^,;]{3,160}?)${ACTING}`, 'giu');
  const found: Found[] = [];
  for (const m of line.matchAll(pattern)) {
    const start = m.index + (/^в\s+лице\s+/iu.exec(m[0])?.[0].length ?? 0);
    const end = m.index + m[0].length;
    if (known.some((f) => f.start < end && start < f.end)) continue;
    const taken = [...known, ...found].filter((f) => f.placeholder.endsWith('.в_лице'));
    const schoolTaken = taken.some((f) => f.placeholder === 'школа.в_лице');
    const party: Party = !schoolTaken && taken.every((f) => f.start > start) ? 'школа' : 'партнёр';
    found.push({
      start,
      end,
      placeholder: `${party}.в_лице`,
      reason: `должность, ФИО и основание подписи: ${party === 'школа' ? 'директор школы' : 'руководитель партнёра'} (по месту в тексте)`,
    });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// The agreement's number and dates

const MONTHS = MONTHS_GENITIVE.join('|');
const DATE = String.raw`(?:«?\s*(\d{1,2})\s*»?\s+(${MONTHS})\s+(\d{4})|(\d{1,2})\.(\d{1,2})\.(\d{4}))(?:\s*(?:г\.|года))?`;

/** Every date of the line, read as ISO. */
export function datesIn(line: string): { start: number; end: number; iso: string }[] {
  const out: { start: number; end: number; iso: string }[] = [];
  for (const m of line.matchAll(new RegExp(DATE, 'giu'))) {
    const day = Number(m[1] ?? m[4]);
    const month = m[2] ? MONTHS_GENITIVE.indexOf(m[2].toLocaleLowerCase('ru-RU') as never) + 1 : Number(m[5]);
    const year = Number(m[3] ?? m[6]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    out.push({ start: m.index, end: m.index + m[0].length, iso });
  }
  return out;
}

const TERM_LINE = /(действ|срок|вступа|заключ)/iu;
const YEARS = String.raw`(?:\d{1,2}(?:\s*\([\p{L}\s]+\))?|один|два|три|четыре|пять|десять)\s+(?:год|года|лет)(?![\p{L}])`;

function agreementPlaces(line: string, facts: HeaderFacts): Found[] {
  const found: Found[] = [];
  const push = (start: number, end: number, placeholder: string) =>
    found.push({ start, end, placeholder, reason: reasonOf(placeholder) });
  const dates = datesIn(line);
  const termOf = new RegExp(String.raw`(?<![\p{L}])с\s+${DATE}\s+(?:по|до)\s+${DATE}`, 'giu');
  for (const m of line.matchAll(termOf)) push(m.index, m.index + m[0].length, 'договор.срок_действия');
  const inTerm = (start: number) => found.some((f) => f.start <= start && start < f.end);
  for (const date of dates) {
    if (inTerm(date.start)) continue;
    const before = line.slice(Math.max(0, date.start - 16), date.start);
    if (facts.signedOn && date.iso === facts.signedOn) push(date.start, date.end, 'договор.дата');
    else if (TERM_LINE.test(line) && /(?<![\p{L}])(до|по)\s*$/iu.test(before)) {
      push(date.start, date.end, 'договор.дата_окончания');
    } else if (TERM_LINE.test(line) && /(?<![\p{L}])с\s*$/iu.test(before)) {
      push(date.start, date.end, 'договор.дата_начала');
    }
  }
  if (TERM_LINE.test(line)) {
    for (const m of line.matchAll(new RegExp(String.raw`(?<=(?<![\p{L}])на\s+)${YEARS}`, 'giu'))) {
      push(m.index, m.index + m[0].length, 'договор.срок_лет');
    }
  }
  const number = facts.number.trim();
  if (number) {
    for (const m of line.matchAll(new RegExp(String.raw`№\s*(${escape(number)})(?![\p{L}\d])`, 'gu'))) {
      const start = m.index + m[0].length - number.length;
      push(start, start + number.length, 'договор.номер');
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------------

/** Longer places first; a place overlapping one already taken is dropped; then in the order of the line. */
function withoutOverlaps(found: readonly Found[]): Found[] {
  const taken: Found[] = [];
  for (const f of [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!taken.some((t) => t.start < f.end && f.start < t.end)) taken.push(f);
  }
  return taken.sort((a, b) => a.start - b.start);
}

export interface RecognitionSources {
  school: SchoolProfile;
  partner: SamplePartner | null;
  facts: HeaderFacts;
}

/** The places of a line that vary from one agreement to the next, each with its placeholder, in the line's order. */
export function recogniseLine(line: string, sources: RecognitionSources): Found[] {
  const known = [
    ...partyPlaces(line, schoolData(sources.school)),
    ...(sources.partner ? partyPlaces(line, partnerData(sources.partner)) : []),
  ];
  const byValue = withoutOverlaps(known);
  const signers = unnamedSigners(line, byValue);
  return withoutOverlaps([...byValue, ...signers, ...agreementPlaces(line, sources.facts)]);
}

/**
 * How much of the partner the text holds: its ИНН or ОГРН (each worth most), its names and its head's. The sample
 * partner is the one that scores highest.
 */
export function partnerScore(text: string, partner: SamplePartner): number {
  const d = partnerData(partner);
  const has = (pattern: RegExp | null) => (pattern ? pattern.test(text) : false);
  return (
    (has(digitsPattern(d.inn)) ? 5 : 0) +
    (has(digitsPattern(d.ogrn)) ? 5 : 0) +
    (has(namePattern(d.fullName)) ? 4 : 0) +
    (has(namePattern(d.shortName)) && d.shortName.length >= 4 ? 2 : 0) +
    (d.person.split(/\s+/).length >= 2 && has(namePattern(d.person)) ? 2 : 0) +
    (d.personGenitive.split(/\s+/).length >= 2 && has(namePattern(d.personGenitive)) ? 2 : 0)
  );
}

/**
 * The second party of the parties' sentence, as written: «… с одной стороны, и ООО «Ромашка», именуемое в
 * дальнейшем …». How the partner is found when the registry does not know the sample partner or it was left blank.
 */
export function secondParty(line: string): { start: number; end: number; text: string } | null {
  const first = new RegExp(ACTING, 'iu').exec(line);
  if (!first) return null;
  const from = first.index + first[0].length;
  const m = /(?:с\s+одной\s+стороны,?\s*)?\sи\s+(.{3,300}?)\s*,?\s*(?:именуем|\(далее|в\s+лице)/iu.exec(
    line.slice(from),
  );
  if (!m?.[1]) return null;
  const start = from + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length, text: m[1] };
}

/**
 * What of the sample partner is still in a text once the proposals are made: its head's surname in any case
 * («Сидорову», «С.В. Сидоров»), its names, ИНН and ОГРН. Each is what the office must replace by hand.
 */
export function partnerTraces(text: string, partner: SamplePartner): string[] {
  const d = partnerData(partner);
  const surname = d.person.trim().split(/\s+/)[0] ?? '';
  const stem =
    surname.length >= 4
      ? new RegExp(`${START}${letters(surname.replace(/[аяоеийь]$/iu, ''))}\\p{L}{0,3}${END}`, 'giu')
      : null;
  const found = [
    stem,
    namePattern(d.fullName),
    namePattern(d.shortName),
    digitsPattern(d.inn),
    digitsPattern(d.ogrn),
  ].flatMap((pattern) => [...matches(pattern, text)].map((m) => m.text));
  return [...new Set(found)];
}
