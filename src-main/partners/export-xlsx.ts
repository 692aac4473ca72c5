import ExcelJS from 'exceljs';
import { PARTNER_STATUS_LABELS, type PartnerSummary } from '../contract/partners';

const COLUMNS: { header: string; width: number; value: (p: PartnerSummary, index: number) => string | number }[] = [
  { header: '№', width: 6, value: (_, i) => i + 1 },
  { header: 'Полное наименование', width: 52, value: (p) => p.fullName },
  { header: 'Краткое наименование', width: 26, value: (p) => p.shortName },
  { header: 'Направление', width: 28, value: (p) => p.category },
  { header: 'Статус', width: 16, value: (p) => PARTNER_STATUS_LABELS[p.status] },
  { header: 'Этап', width: 8, value: (p) => p.stage },
  // Text, so that Excel keeps a leading zero and never shows a long number in exponent form.
  { header: 'ИНН', width: 15, value: (p) => p.inn },
  { header: 'Формы', width: 9, value: (p) => p.formsCount },
  { header: 'Эффекты', width: 10, value: (p) => p.effectsCount },
];

/** The list of partners as an Excel table: a bold, frozen header row with a filter, and sized columns. */
export async function partnersWorkbook(partners: readonly PartnerSummary[], createdAt: Date): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Содружество';
  workbook.created = createdAt;
  const sheet = workbook.addWorksheet('Партнёры', { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  // An empty text stays an empty cell rather than a cell holding an empty string.
  partners.forEach((partner, index) =>
    sheet.addRow(COLUMNS.map((c) => c.value(partner, index)).map((v) => (v === '' ? null : v))),
  );

  const header = sheet.getRow(1);
  header.font = { name: 'Calibri', size: 11, bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9EEF5' } };
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  sheet.getColumn(7).numFmt = '@';
  // Printed, the table fits the width of a landscape A4 page and repeats its header on every page.
  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  sheet.pageSetup.printTitlesRow = '1:1';
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: partners.length + 1, column: COLUMNS.length } };

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
