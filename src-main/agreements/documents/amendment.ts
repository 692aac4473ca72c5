import { PARTIES_PREAMBLE } from '../templates/defaults';
import { fillTemplate, placeholderValues } from '../templates/placeholders';
import type { AgreementFields, Amendment } from '../../contract/agreements';
import { formatDate, formatDateLong } from '../../contract/dates';
import type { SchoolProfile } from '../../contract/settings';
import { agreementParties, partiesHeading, type AgreementPartner } from './agreement';
import { cityAndDate, typographic } from '../../documents/russian-text';
import type { Block, DocumentModel } from '../../documents/model';

export interface AmendmentDocumentData {
  agreement: AgreementFields & { id: number };
  amendment: Pick<Amendment, 'number' | 'signedOn' | 'newEndsOn' | 'makesOpenEnded' | 'text'>;
  partner: AgreementPartner;
  school: SchoolProfile;
}

const NUMBERED = /^\d+(\.\d+)*\.\s/;

/** «к договору № 12 от 1 сентября 2026 г.»: the agreement amended, in the dative, and its defined name. */
function amended(agreement: AgreementFields): { dative: string; defined: string; genitive: string } {
  const network = agreement.type === 'network';
  const date = agreement.signedOn ? ` от ${formatDateLong(agreement.signedOn)}` : '';
  return {
    dative: `${network ? 'соглашению' : 'договору'} № ${agreement.number}${date}`,
    defined: network ? 'Соглашение' : 'Договор',
    genitive: network ? 'Соглашения' : 'Договора',
  };
}

/** Whether the amendment's own text already states the new term, so that it is not said twice. */
function textStatesTerm(text: string, amendment: AmendmentDocumentData['amendment']): boolean {
  const lower = text.toLocaleLowerCase('ru-RU');
  if (amendment.makesOpenEnded) return lower.includes('бессрочн');
  if (!amendment.newEndsOn) return true;
  const long = formatDateLong(amendment.newEndsOn).replace(/ г\.$/, '');
  return [amendment.newEndsOn, formatDate(amendment.newEndsOn), long].some((form) => lower.includes(form));
}

/**
 * «Дополнительное соглашение № N к договору № … от …»: city and date, a preamble naming both parties, the
 * amendment's own text as numbered clauses, a clause on the new term when the amendment changes it and its text
 * does not already say so, the clause that every other term stays unchanged, two copies, then requisites and
 * signatures. A value the office has not filled in is printed as a blank to write on.
 */
export function buildAmendmentDocument({
  agreement,
  amendment,
  partner,
  school,
}: AmendmentDocumentData): DocumentModel {
  const target = amended(agreement);
  const preamble =
    fillTemplate(PARTIES_PREAMBLE, placeholderValues({ school, partner, agreement }), { missing: 'blank' }) +
    `, заключили настоящее дополнительное соглашение к ${target.dative} (далее — ${target.defined}) ` +
    'о нижеследующем:';

  const own = amendment.text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const alreadyNumbered = own.some((line) => NUMBERED.test(line));
  const clauses: string[] = alreadyNumbered ? [...own] : own.map((line, i) => `${i + 1}. ${line}`);
  let n = alreadyNumbered ? own.filter((line) => NUMBERED.test(line) && !/^\d+\.\d/.test(line)).length : own.length;
  const clause = (text: string) => clauses.push(`${++n}. ${text}`);

  if ((amendment.newEndsOn || amendment.makesOpenEnded) && !textStatesTerm(amendment.text, amendment)) {
    clause(
      amendment.newEndsOn
        ? `Срок действия ${target.genitive} устанавливается до ${formatDateLong(amendment.newEndsOn)} включительно.`
        : `Со дня подписания настоящего дополнительного соглашения ${target.defined} действует бессрочно.`,
    );
  }
  clause(
    `Все остальные условия ${target.genitive}, не затронутые настоящим дополнительным соглашением, остаются ` +
      'неизменными, и Стороны подтверждают по ним свои обязательства.',
  );
  clause(
    'Настоящее дополнительное соглашение вступает в силу со дня его подписания Сторонами и является ' +
      `неотъемлемой частью ${target.genitive}.`,
  );
  clause(
    'Настоящее дополнительное соглашение составлено в двух экземплярах, имеющих равную юридическую силу, ' +
      'по одному экземпляру для каждой из Сторон.',
  );

  const paragraphs: Block[] = [preamble, ...clauses].map((text) => ({
    type: 'paragraph',
    firstLineIndent: true,
    runs: [typographic(text)],
  }));
  return {
    title: `Дополнительное соглашение № ${amendment.number} к ${target.dative.replace(/ от .*/, '')}`,
    orientation: 'portrait',
    blocks: [
      { type: 'heading', level: 1, text: typographic(`ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № ${amendment.number}`) },
      { type: 'paragraph', align: 'center', runs: [{ text: typographic(`к ${target.dative}`), bold: true }] },
      cityAndDate(agreement.city, amendment.signedOn),
      ...paragraphs,
      partiesHeading(0),
      { type: 'parties', parties: agreementParties(school, partner) },
    ],
  };
}
