import type { AgreementFields, AgreementType } from '../../contract/agreements';
import { addDays, addYears, daysBetween, formatDateLong } from '../../contract/dates';
import { partnerSigner, type PartnerFields } from '../../contract/partners';
import { schoolSigner, type SchoolProfile } from '../../contract/settings';
import { AppError } from '../../errors';
import { countOf } from '../../contract/plural';
import { quoted } from '../../contract/quote';
import { authorityText, inPersonOf, positionInSentence } from '../../contract/signer';
import { foldForSearch } from '../../contract/text-folding';

export type PlaceholderGroup = 'Школа' | 'Партнёр' | 'Договор';

export interface PlaceholderDefinition {
  key: string;
  /** What the user sees in the list to insert from. */
  label: string;
  group: PlaceholderGroup;
  /** The value named in plain words when it is missing: «ИНН школы». */
  missing: string;
}

const school = (key: string, label: string, missing: string): PlaceholderDefinition => ({
  key: `школа.${key}`,
  label,
  group: 'Школа',
  missing,
});
const partner = (key: string, label: string, missing: string): PlaceholderDefinition => ({
  key: `партнёр.${key}`,
  label,
  group: 'Партнёр',
  missing,
});
const agreement = (key: string, label: string, missing: string): PlaceholderDefinition => ({
  key: `договор.${key}`,
  label,
  group: 'Договор',
  missing,
});

/** Every placeholder a template may hold, written `{{группа.имя}}`, in the order the list shows them. */
export const PLACEHOLDERS: readonly PlaceholderDefinition[] = [
  school('полное_наименование', 'Полное наименование', 'полное наименование школы'),
  school('краткое_наименование', 'Краткое наименование', 'краткое наименование школы'),
  school('директор', 'Директор (ФИО)', 'ФИО директора школы'),
  school('должность_директора', 'Должность директора (со строчной буквы: «директор»)', 'должность директора школы'),
  school(
    'в_лице',
    'В лице: должность и ФИО директора в родительном падеже и основание («директора Ивановой Марии Петровны, действующей на основании Устава»)',
    'ФИО директора школы',
  ),
  school(
    'основание',
    'Директор действует на основании (в родительном падеже: «Устава»)',
    'на основании чего действует директор школы',
  ),
  school('юридический_адрес', 'Юридический адрес', 'юридический адрес школы'),
  school('почтовый_адрес', 'Почтовый адрес', 'почтовый адрес школы'),
  school('инн', 'ИНН', 'ИНН школы'),
  school('кпп', 'КПП', 'КПП школы'),
  school('огрн', 'ОГРН', 'ОГРН школы'),
  school('телефон', 'Телефон', 'телефон школы'),
  school('email', 'Электронная почта', 'электронная почта школы'),
  partner('полное_наименование', 'Полное наименование', 'полное наименование партнёра'),
  partner('краткое_наименование', 'Краткое наименование', 'краткое наименование партнёра'),
  partner('руководитель', 'Руководитель (ФИО)', 'руководитель партнёра'),
  partner(
    'должность_руководителя',
    'Должность руководителя (со строчной буквы: «директор»)',
    'должность руководителя партнёра',
  ),
  partner(
    'в_лице',
    'В лице: должность и ФИО руководителя в родительном падеже и основание («директора Петрова Ивана Сергеевича, действующего на основании Устава»)',
    'руководитель партнёра',
  ),
  partner(
    'основание',
    'Действует на основании (в родительном падеже: «Устава», «доверенности № 12 от 01.09.2026»)',
    'на основании чего действует руководитель партнёра',
  ),
  partner('юридический_адрес', 'Юридический адрес', 'юридический адрес партнёра'),
  partner('инн', 'ИНН', 'ИНН партнёра'),
  partner('кпп', 'КПП', 'КПП партнёра'),
  partner('огрн', 'ОГРН', 'ОГРН партнёра'),
  partner('телефон', 'Телефон (первого контактного лица, у которого он указан)', 'телефон контактного лица партнёра'),
  agreement('номер', 'Номер', 'номер договора'),
  agreement('город', 'Город заключения', 'город заключения договора'),
  agreement('дата', 'Дата подписания («26 ноября 2026 г.»)', 'дата подписания договора'),
  agreement('дата_начала', 'Дата начала действия', 'дата начала действия договора'),
  agreement('дата_окончания', 'Дата окончания действия (или «бессрочно»)', 'дата окончания действия договора'),
  agreement(
    'срок_действия',
    'Срок действия: «с 1 сентября 2026 г. по 31 августа 2029 г.» (или «… бессрочно»)',
    'срок действия договора',
  ),
  agreement('срок_лет', 'Срок в годах: «3 года» (или «бессрочно»)', 'дата начала действия или подписания договора'),
  agreement('предмет', 'Предмет договора', 'предмет договора'),
  agreement('обязанности_школы', 'Обязанности школы', 'обязанности школы'),
  agreement('обязанности_партнёра', 'Обязанности партнёра', 'обязанности партнёра'),
  agreement(
    'ответственность',
    'Ответственность за жизнь и здоровье детей',
    'ответственность за жизнь и здоровье детей',
  ),
  agreement('приложения', 'Приложения (нумерованным списком)', 'приложения к договору'),
  agreement('пролонгация', 'Порядок продления (предложение)', 'порядок продления договора'),
];

export type PlaceholderKey = string;
export type PlaceholderValues = Readonly<Record<PlaceholderKey, string>>;

export const WHERE_TO_FILL: Record<PlaceholderGroup, string> = {
  Школа: 'в Настройках',
  Партнёр: 'в карточке партнёра',
  Договор: 'в карточке договора',
};

/** The list the template editor offers to insert from; a key is inserted as `{{key}}`. */
export function placeholderList(): { key: string; label: string; group: PlaceholderGroup }[] {
  return PLACEHOLDERS.map(({ key, label, group }) => ({ key, label, group }));
}

/**
 * How a name written between the braces is compared: spaces around it and around the dot ignored, other runs of
 * spaces read as «_», case ignored, «ё» read as «е».
 */
export function normalizePlaceholderName(name: string): string {
  return foldForSearch(name.replace(/\s*\.\s*/g, '.')).replaceAll(' ', '_');
}

const BY_NAME = new Map(PLACEHOLDERS.map((p) => [normalizePlaceholderName(p.key), p]));

export function findPlaceholder(name: string): PlaceholderDefinition | undefined {
  return BY_NAME.get(normalizePlaceholderName(name));
}

// ---------------------------------------------------------------------------------------------------------------
// Values

/** What of a partner the placeholders use; a PartnerDetail or PartnerFields fits. */
export type PlaceholderPartner = Pick<
  PartnerFields,
  | 'fullName'
  | 'shortName'
  | 'headName'
  | 'headPosition'
  | 'headBasis'
  | 'headNameGenitive'
  | 'headPositionGenitive'
  | 'headAttorneyNumber'
  | 'headAttorneyDate'
  | 'legalAddress'
  | 'inn'
  | 'kpp'
  | 'ogrn'
> & { contacts: readonly { phone: string }[] };

/** What of an agreement the placeholders use; AgreementFields or an AgreementDetail fits. */
export type PlaceholderAgreement = Pick<
  AgreementFields,
  | 'type'
  | 'number'
  | 'city'
  | 'signedOn'
  | 'startsOn'
  | 'endsOn'
  | 'prolongation'
  | 'prolongationYears'
  | 'noticeDays'
  | 'subject'
  | 'schoolObligations'
  | 'partnerObligations'
  | 'safetyResponsibility'
  | 'appendices'
>;

export interface PlaceholderSources {
  school: SchoolProfile;
  partner: PlaceholderPartner;
  agreement: PlaceholderAgreement;
}

/** The agreement named as its type calls it: «договор» or, for a network agreement, «соглашение». */
export function agreementNoun(type: AgreementType): { nominative: string; genitive: string } {
  return type === 'network'
    ? { nominative: 'соглашение', genitive: 'соглашения' }
    : { nominative: 'договор', genitive: 'договора' };
}

const BULLET = /^[-–—•*]\s*/;
const NUMBERED = /^\d+(\.\d+)*[.)]\s/;

/**
 * Several lines become a list of lines each starting with a dash (unless typed with a dash or a number);
 * one line stays as it is; empty lines are dropped.
 */
export function listLines(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length <= 1) return lines.join('');
  return lines.map((line) => (NUMBERED.test(line) ? line : `– ${line.replace(BULLET, '')}`)).join('\n');
}

/** The number of whole years of the term (its last day included), or else months, or else days. */
function termLength(from: string, to: string): string {
  const end = addDays(to, 1);
  let years = 0;
  while (addYears(from, years + 1) <= end) years += 1;
  if (years > 0) return countOf(years, ['год', 'года', 'лет']);
  const [fy, fm] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [ty, tm] = [Number(end.slice(0, 4)), Number(end.slice(5, 7))];
  let months = (ty - fy) * 12 + (tm - fm);
  if (end.slice(8) < from.slice(8)) months -= 1;
  if (months > 0) return countOf(months, ['месяц', 'месяца', 'месяцев']);
  return countOf(Math.max(1, daysBetween(from, end)), ['день', 'дня', 'дней']);
}

/** The sentence on extending the term, from the agreement's prolongation, years and days of notice. */
export function prolongationSentence(agreement: PlaceholderAgreement): string {
  const network = agreement.type === 'network';
  const noun = agreementNoun(agreement.type);
  if (agreement.endsOn === null) {
    return network
      ? 'Соглашение заключено на неопределённый срок и действует до его расторжения.'
      : 'Договор заключён на неопределённый срок и действует до его расторжения.';
  }
  const years = countOf(agreement.prolongationYears, ['год', 'года', 'лет']);
  switch (agreement.prolongation) {
    case 'auto': {
      const notice =
        agreement.noticeDays > 0
          ? `не позднее чем за ${countOf(agreement.noticeDays, ['день', 'дня', 'дней'])} до окончания срока его действия`
          : 'до окончания срока его действия';
      return (
        `Если ни одна из Сторон не заявит о прекращении ${noun.genitive} ${notice}, ` +
        `${noun.nominative} считается продлённым на ${years} на тех же условиях.`
      );
    }
    case 'byAgreement':
      return (
        `Срок действия ${noun.genitive} может быть продлён по договорённости Сторон, ` +
        'оформленной дополнительным соглашением.'
      );
    case 'none':
      return (
        `По окончании срока действия ${noun.nominative} прекращается; ` +
        `продолжение сотрудничества оформляется новым ${network ? 'соглашением' : 'договором'}.`
      );
  }
}

function term(agreement: PlaceholderAgreement): string {
  const from = agreement.startsOn ? `с ${formatDateLong(agreement.startsOn)}` : 'со дня его подписания Сторонами';
  return agreement.endsOn ? `${from} по ${formatDateLong(agreement.endsOn)}` : `${from} бессрочно`;
}

/**
 * The value of every placeholder from today's data. A value the office has not typed stays empty, never invented:
 * `fillTemplate` names it as missing.
 */
export function placeholderValues({ school: s, partner: p, agreement: a }: PlaceholderSources): PlaceholderValues {
  const start = a.startsOn ?? a.signedOn;
  const date = (iso: string | null) => (iso ? formatDateLong(iso) : '');
  return {
    'школа.полное_наименование': s.fullName,
    'школа.краткое_наименование': s.shortName,
    'школа.директор': s.directorName,
    'школа.должность_директора': positionInSentence(s.directorPosition),
    'школа.в_лице': s.directorName.trim() ? inPersonOf(schoolSigner(s), BLANK) : '',
    'школа.основание': authorityText(schoolSigner(s)),
    'школа.юридический_адрес': s.legalAddress,
    'школа.почтовый_адрес': s.postalAddress,
    'школа.инн': s.inn,
    'школа.кпп': s.kpp,
    'школа.огрн': s.ogrn,
    'школа.телефон': s.phone,
    'школа.email': s.email,
    'партнёр.полное_наименование': p.fullName,
    'партнёр.краткое_наименование': p.shortName,
    'партнёр.руководитель': p.headName,
    'партнёр.должность_руководителя': positionInSentence(p.headPosition),
    'партнёр.в_лице': p.headName.trim() ? inPersonOf(partnerSigner(p), BLANK) : '',
    'партнёр.основание': p.headBasis.trim() === '' ? '' : authorityText(partnerSigner(p)),
    'партнёр.юридический_адрес': p.legalAddress,
    'партнёр.инн': p.inn,
    'партнёр.кпп': p.kpp,
    'партнёр.огрн': p.ogrn,
    'партнёр.телефон': p.contacts.find((c) => c.phone.trim() !== '')?.phone.trim() ?? '',
    'договор.номер': a.number,
    'договор.город': a.city,
    'договор.дата': date(a.signedOn),
    'договор.дата_начала': date(a.startsOn),
    'договор.дата_окончания': a.endsOn ? formatDateLong(a.endsOn) : 'бессрочно',
    'договор.срок_действия': term(a),
    'договор.срок_лет': a.endsOn === null ? 'бессрочно' : start ? termLength(start, a.endsOn) : '',
    'договор.предмет': a.subject.trim(),
    'договор.обязанности_школы': listLines(a.schoolObligations),
    'договор.обязанности_партнёра': listLines(a.partnerObligations),
    'договор.ответственность': listLines(a.safetyResponsibility),
    'договор.приложения': a.appendices
      .map((name) => name.trim())
      .filter((name) => name !== '')
      .map((name, i) => `Приложение № ${i + 1}. ${name}`)
      .join('\n'),
    'договор.пролонгация': prolongationSentence(a),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Filling and checking

export const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** A blank to write the value in by hand, when a document is printed before everything is known. */
export const BLANK = '________________';
export const BLANK_DATE = '«___» ________ 20__ г.';

export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} и ${items[items.length - 1]}`;
}

/** Refuses braces that do not make a placeholder: «{{школа.инн}», «{школа.инн}}», a lone «}». */
function checkBraces(body: string): void {
  const lines = body.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    const rest = line.replace(PLACEHOLDER, '');
    const at = rest.search(/[{}]/);
    if (at === -1) continue;
    const fragment = line.length > 60 ? `${line.slice(0, 57)}…` : line;
    throw new AppError(
      'invalid_input',
      `В строке ${i + 1} шаблона непарные фигурные скобки: ${quoted(fragment.trim())}. ` +
        'Поле записывается в двойных скобках, например {{школа.инн}}.',
      { body: 'Непарные фигурные скобки' },
    );
  }
}

/** The `{{…}}` of a text that name no known placeholder, each once: «{{договор.срок}}». */
export function unknownPlaceholders(body: string): string[] {
  const unknown = new Set<string>();
  for (const match of body.matchAll(PLACEHOLDER)) {
    if (!findPlaceholder(match[1] ?? '')) unknown.add(`{{${(match[1] ?? '').trim()}}}`);
  }
  return [...unknown];
}

function refuseUnknown(body: string): void {
  const unknown = unknownPlaceholders(body);
  if (unknown.length === 0) return;
  throw new AppError(
    'invalid_input',
    `В шаблоне ${unknown.length === 1 ? 'неизвестное поле' : 'неизвестные поля'}: ${unknown.join(', ')}. ` +
      'Исправьте написание или вставьте поле из списка.',
    { body: 'Неизвестные поля' },
  );
}

/** For saving a template: every placeholder known, every brace paired. */
export function checkTemplate(body: string): void {
  checkBraces(body);
  refuseUnknown(body);
}

/** The keys of the placeholders a body holds, each once, in the order they first appear. */
export function placeholdersIn(body: string): string[] {
  const keys: string[] = [];
  for (const match of body.matchAll(PLACEHOLDER)) {
    const key = findPlaceholder(match[1] ?? '')?.key;
    if (key && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

export interface FillOptions {
  /**
   * What a missing value does: `refuse` (the default) throws, naming every missing value and where to fill it in;
   * `blank` leaves a line to write on by hand; `keep` leaves the placeholder itself in the text, to be filled later.
   */
  missing?: 'refuse' | 'blank' | 'keep';
}

/**
 * The template's text with every `{{…}}` replaced by its value. Refuses unknown placeholders, unpaired braces and,
 * unless told to leave blanks, placeholders whose value is empty.
 */
export function fillTemplate(body: string, values: PlaceholderValues, options: FillOptions = {}): string {
  checkTemplate(body);
  const missing: PlaceholderDefinition[] = [];
  const filled = body.replace(PLACEHOLDER, (match, name: string, offset: number) => {
    const definition = findPlaceholder(name);
    if (!definition) return '';
    const value = values[definition.key] ?? '';
    // «по 31 августа 2029 г.» before the template's own full stop ends the sentence once.
    if (value.trim() !== '')
      return value.endsWith('.') && body[offset + match.length] === '.' ? value.slice(0, -1) : value;
    if (!missing.includes(definition)) missing.push(definition);
    if (options.missing === 'keep') return `{{${definition.key}}}`;
    return definition.key.startsWith('договор.дата') ? BLANK_DATE : BLANK;
  });
  if (missing.length > 0 && (options.missing ?? 'refuse') === 'refuse') {
    const names = [...new Set(missing.map((m) => m.missing))];
    const places = [...new Set(missing.map((m) => WHERE_TO_FILL[m.group]))];
    throw new AppError(
      'invalid_input',
      `Не заполнено: ${names.join(', ')}. Заполните ${names.length === 1 ? 'это поле' : 'их'} ${joinWords(places)}.`,
    );
  }
  return filled;
}

/** What the placeholders still standing in a text stand for, in plain words: «руководитель партнёра». */
export function unfilledIn(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = findPlaceholder(match[1] ?? '')?.missing ?? `{{${(match[1] ?? '').trim()}}}`;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}
