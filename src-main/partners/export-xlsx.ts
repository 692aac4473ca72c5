import { PARTNER_STATUS_LABELS, type Contact, type PartnerSummary } from '../contract/partners';
import { tableWorkbook, type WorkbookInfo, type XlsxColumn } from '../documents/xlsx-table';
import type { PartnerRecord } from './repository';

/** A partner of the list, with the requisites and contacts its card keeps. */
export interface PartnerExportRow {
  summary: PartnerSummary;
  record: PartnerRecord;
}

const lines = (...parts: string[]) => parts.filter((part) => part.trim() !== '').join('\n');

/** «Юридический: …» and «Почтовый: …», or the one address when both are the same. */
function addressText({ legalAddress, postalAddress }: PartnerRecord): string {
  if (postalAddress === '' || postalAddress === legalAddress) return legalAddress;
  if (legalAddress === '') return `Почтовый: ${postalAddress}`;
  return lines(`Юридический: ${legalAddress}`, `Почтовый: ${postalAddress}`);
}

/** «Иванова Мария Петровна, завуч, +7 …, mail@…»: one contact a line. */
function contactsText(contacts: readonly Contact[]): string {
  return lines(...contacts.map((c) => [c.name, c.role, c.phone, c.email].filter((part) => part !== '').join(', ')));
}

/**
 * Ten columns, as many as a landscape page holds at 9 pt: the names together, the status with the stage, the website
 * among the contacts; the numbers each in a column of its own, to copy from.
 */
const COLUMNS: XlsxColumn<PartnerExportRow>[] = [
  { header: '№', width: 4, value: (_, i) => i + 1 },
  {
    header: 'Наименование (полное, краткое)',
    width: 30,
    value: (p) => lines(p.record.fullName, p.record.shortName && `(${p.record.shortName})`),
  },
  { header: 'Направление', width: 13, value: (p) => p.summary.category },
  {
    header: 'Статус, этап',
    width: 15,
    value: (p) => `${PARTNER_STATUS_LABELS[p.summary.status]}, этап ${p.summary.stage}`,
  },
  // Text, so that Excel keeps a leading zero and never shows a long number in exponent form.
  { header: 'ИНН', width: 13, value: (p) => p.record.inn, format: 'text' },
  { header: 'КПП', width: 11, value: (p) => p.record.kpp, format: 'text' },
  { header: 'ОГРН', width: 16, value: (p) => p.record.ogrn, format: 'text' },
  { header: 'Адрес', width: 26, value: (p) => addressText(p.record) },
  {
    header: 'Руководитель',
    width: 20,
    value: (p) => lines(p.record.headPosition, p.record.headName, p.record.headBasis && `(${p.record.headBasis})`),
  },
  {
    header: 'Контактные лица, сайт',
    width: 28,
    value: (p) => lines(contactsText(p.record.contacts), p.record.website),
  },
];

/** The list of partners as an Excel table: their requisites, head and contacts, as the office sends them on. */
export function partnersWorkbook(
  partners: readonly PartnerExportRow[],
  title: string,
  info: WorkbookInfo,
): Promise<Uint8Array> {
  return tableWorkbook({ sheetName: 'Партнёры', title, columns: COLUMNS, rows: partners }, info);
}
