import { formatDateLong } from '../contract/dates';
import type { Block } from './model';

/** Russian typesetting and blanks shared by every printed document (ГОСТ Р 7.0.97-2016 conventions). */

/** A line to write on by hand where a name or a date is not known yet. */
export const BLANK_NAME = '________________';
export const BLANK_DATE = '«___» ________ 20__ г.';

const NBSP = '\u00A0';
const MONTHS = 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';

/**
 * Non-breaking spaces where Russian typesetting keeps words together: «26 ноября», «2026 г.», «№ 12», «М.П. Иванова»,
 * «г. Зверево», «д. 5», and before a dash. Applied when a document is laid out; the stored text stays as typed.
 */
export function typographic(text: string): string {
  return text
    .replace(new RegExp(`(\\d{1,2}»?) (${MONTHS})`, 'g'), `$1${NBSP}$2`)
    .replace(/(\d{4}) (г\.|год)/g, `$1${NBSP}$2`)
    .replace(/№ (?=\S)/g, `№${NBSP}`)
    .replace(/(^|[\s(«])((?:\p{Lu}\.){1,2}) (?=\p{Lu}\p{Ll})/gu, `$1$2${NBSP}`)
    .replace(/(^|[\s,(])(г|с|п|д|ул|пр|корп|стр|кв|оф|пер)\. (?=[\p{Lu}\d])/gu, `$1$2.${NBSP}`)
    .replace(/ (?=— )/g, NBSP);
}

/** «М.П. Иванова» from a full name; a name already written with initials stays as typed; none, a blank to fill. */
export function signerText(name: string): string {
  const text = name.trim();
  if (text === '') return BLANK_NAME;
  return /^\p{Lu}\./u.test(text) ? text : signerInitials(text);
}

/** «Иванова Мария Петровна» → «М.П. Иванова»: the transcript of a signature. One word stays as it is. */
export function signerInitials(fullName: string): string {
  const [surname, ...rest] = fullName.trim().split(/\s+/).filter(Boolean);
  if (!surname) return '';
  // «оглы», «кызы» and the like close a patronymic; they have no initial.
  const initials = rest
    .filter((word) => !/^(оглы|кызы|улы|уулу)$/i.test(word))
    .slice(0, 2)
    .map((word) =>
      word
        .split('-')
        .map((part) => `${[...part][0]?.toLocaleUpperCase('ru-RU') ?? ''}.`)
        .join('-'),
    )
    .join('');
  return initials ? `${initials} ${surname}` : surname;
}

/** «г. Зверево»: a bare name is a town; a name typed with its own abbreviation («с. Родионово») stays as typed. */
export function cityText(city: string): string {
  const text = city.trim();
  if (text === '') return `г. ${BLANK_NAME}`;
  return /^[\p{Ll}-]+\.\s*/u.test(text) ? text : `г. ${text}`;
}

/** ««26» ноября 2026 г.», or a blank to write the date by hand. */
export function signingDateText(iso: string | null): string {
  if (!iso) return BLANK_DATE;
  const [day = '', ...rest] = formatDateLong(iso).split(' ');
  return `«${day.padStart(2, '0')}» ${rest.join(' ')}`;
}

/** The city at the left, the date of signing at the right. */
export function cityAndDate(city: string, signedOn: string | null): Block {
  return { type: 'spread', left: typographic(cityText(city)), right: typographic(signingDateText(signedOn)) };
}
