import { unfilledIn, type PlaceholderPartner } from '../templates/placeholders';
import { parseAgreementText } from '../templates/text-format';
import type { AgreementFields, AgreementType } from '../../contract/agreements';
import type { SchoolProfile } from '../../contract/settings';
import { AppError } from '../../errors';
import type { Block, DocumentModel, Party } from '../../documents/model';
import { BLANK_NAME, cityAndDate, signerInitials, typographic } from '../../documents/russian-text';

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

const TYPE_IN_WORDS: Record<AgreementType, string> = {
  cooperation: 'о сотрудничестве (социальном партнёрстве)',
  network: 'о сетевом взаимодействии',
  other: '',
};

/** «ДОГОВОР», or «СОГЛАШЕНИЕ» for a network agreement, whose text calls itself «настоящее соглашение». */
export function agreementWord(type: AgreementType): 'Договор' | 'Соглашение' {
  return type === 'network' ? 'Соглашение' : 'Договор';
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
