import { unfilledIn, type PlaceholderPartner } from '../agreements/templates/placeholders';
import { parseAgreementText } from '../agreements/templates/text-format';
import type { AgreementFields, AgreementType } from '../contract/agreements';
import { formatDateLong } from '../contract/dates';
import type { SchoolProfile } from '../contract/settings';
import { AppError } from '../errors';
import type { Block, DocumentModel, Party } from './model';

/** What of a partner an agreement prints: its names, head, requisites and contacts (a PartnerDetail fits). */
export type AgreementPartner = Omit<PlaceholderPartner, 'contacts'> & {
  postalAddress?: string;
  contacts: readonly { phone: string; email?: string }[];
};

export interface AgreementDocumentData {
  agreement: AgreementFields & { id: number };
  partner: AgreementPartner;
  school: SchoolProfile;
}

/** A line to write on by hand where a name or a date is not known yet. */
export const BLANK_NAME = '________________';
export const BLANK_DATE = '«___» ________ 20__ г.';

const TYPE_IN_WORDS: Record<AgreementType, string> = {
  cooperation: 'о сотрудничестве (социальном партнёрстве)',
  network: 'о сетевом взаимодействии',
  other: '',
};

/** «ДОГОВОР», or «СОГЛАШЕНИЕ» for a network agreement, whose text calls itself «настоящее соглашение». */
export function agreementWord(type: AgreementType): 'Договор' | 'Соглашение' {
  return type === 'network' ? 'Соглашение' : 'Договор';
}

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

function requisites(
  lines: string[],
  o: { legalAddress: string; postalAddress?: string; inn: string; kpp: string; ogrn: string },
): void {
  const postal = o.postalAddress?.trim() ?? '';
  const legal = o.legalAddress.trim();
  if (legal && postal && postal !== legal) {
    lines.push(`Юридический адрес: ${legal}`, `Почтовый адрес: ${postal}`);
  } else if (legal || postal) {
    lines.push(`Адрес: ${legal || postal}`);
  }
  if (o.inn && o.kpp) lines.push(`ИНН/КПП: ${o.inn}/${o.kpp}`);
  else if (o.inn) lines.push(`ИНН: ${o.inn}`);
  else if (o.kpp) lines.push(`КПП: ${o.kpp}`);
  if (o.ogrn) lines.push(`${o.ogrn.length === 15 ? 'ОГРНИП' : 'ОГРН'}: ${o.ogrn}`);
}

/** The school and the partner with their requisites, positions and signature transcripts, «М.П.» under each. */
export function agreementParties(school: SchoolProfile, partner: AgreementPartner): [Party, Party] {
  const schoolLines = [school.fullName.trim()];
  requisites(schoolLines, school);
  if (school.phone.trim()) schoolLines.push(`Телефон: ${school.phone.trim()}`);
  if (school.email.trim()) schoolLines.push(`Эл. почта: ${school.email.trim()}`);

  const partnerLines = [partner.fullName.trim()];
  requisites(partnerLines, partner);
  const phone = partner.contacts.find((c) => c.phone.trim())?.phone.trim();
  const email = partner.contacts.find((c) => c.email?.trim())?.email?.trim();
  if (phone) partnerLines.push(`Телефон: ${phone}`);
  if (email) partnerLines.push(`Эл. почта: ${email}`);

  const parties: [Party, Party] = [
    {
      title: 'Школа',
      lines: schoolLines,
      signature: { position: school.directorPosition.trim(), name: signerInitials(school.directorName) || BLANK_NAME },
      stamp: true,
    },
    {
      title: 'Партнёр',
      lines: partnerLines,
      signature: { position: partner.headPosition.trim(), name: signerInitials(partner.headName) || BLANK_NAME },
      stamp: true,
    },
  ];
  for (const party of parties) {
    party.lines = party.lines.map(typographic);
    party.signature.name = typographic(party.signature.name);
  }
  return parties;
}

/** The city at the left, the date of signing at the right. */
export function cityAndDate(city: string, signedOn: string | null): Block {
  return { type: 'spread', left: typographic(cityText(city)), right: typographic(signingDateText(signedOn)) };
}

/** Section headings centred in bold, every other line a justified paragraph with its first line indented. */
export function agreementTextBlocks(text: string): { blocks: Block[]; lastSection: number } {
  let lastSection = 0;
  const blocks = parseAgreementText(text).map((line): Block => {
    if (line.kind === 'section') {
      lastSection = Math.max(lastSection, line.number);
      return { type: 'heading', level: 2, text: typographic(line.text) };
    }
    return { type: 'paragraph', firstLineIndent: true, runs: [typographic(line.text)] };
  });
  return { blocks, lastSection };
}

/** «Адреса, реквизиты и подписи Сторон», numbered after the text's last section when the text has sections. */
export function partiesHeading(lastSection: number): Block {
  const text = 'Адреса, реквизиты и подписи Сторон';
  return { type: 'heading', level: 2, text: lastSection > 0 ? `${lastSection + 1}. ${text}` : text };
}

/**
 * The agreement as the parties sign it: its number and kind, city and date, its own text (taken from a template and
 * edited for this agreement), then both parties' requisites and signatures side by side.
 */
export function buildAgreementDocument({ agreement, partner, school }: AgreementDocumentData): DocumentModel {
  if (agreement.text.trim() === '') {
    throw new AppError(
      'invalid_input',
      `В договоре № ${agreement.number} нет текста: выберите шаблон или напишите текст на странице изменения договора.`,
    );
  }
  const unfilled = unfilledIn(agreement.text);
  if (unfilled.length > 0) {
    throw new AppError(
      'invalid_input',
      `В тексте договора № ${agreement.number} неизвестные поля: ${unfilled.join(', ')}. ` +
        'Исправьте их написание или замените их текстом на странице изменения договора.',
    );
  }
  const word = agreementWord(agreement.type);
  const inWords = TYPE_IN_WORDS[agreement.type];
  const { blocks, lastSection } = agreementTextBlocks(agreement.text);
  const kind: Block[] = inWords ? [{ type: 'paragraph', align: 'center', runs: [{ text: inWords, bold: true }] }] : [];
  return {
    title: `${word} № ${agreement.number} — ${partner.shortName.trim() || partner.fullName.trim()}`,
    orientation: 'portrait',
    blocks: [
      { type: 'heading', level: 1, text: typographic(`${word.toLocaleUpperCase('ru-RU')} № ${agreement.number}`) },
      ...kind,
      cityAndDate(agreement.city, agreement.signedOn),
      ...blocks,
      partiesHeading(lastSection),
      { type: 'parties', parties: agreementParties(school, partner) },
    ],
  };
}
