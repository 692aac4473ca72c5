import { STAFF_FORM_LABELS, type StaffRecord, type StaffSummary } from '../contract/staff';
import { staffExportTitle, summaryRows, type SummaryRow } from './documents/staff-development';
import { tableSheet, tablesWorkbook, type WorkbookInfo, type XlsxColumn } from '../documents/xlsx-table';

const SUMMARY_COLUMNS: XlsxColumn<SummaryRow>[] = [
  { header: 'Раздел', width: 16, value: (r) => r.section },
  { header: 'Показатель', width: 56, value: (r) => r.label },
  { header: 'Записей', width: 11, value: (r) => r.records },
  { header: 'Педагогов', width: 12, value: (r) => r.teachers },
  { header: 'Часов', width: 10, value: (r) => r.hours },
];

const RECORD_COLUMNS: XlsxColumn<StaffRecord>[] = [
  { header: '№', width: 6, value: (_, i) => i + 1 },
  { header: 'Педагог', width: 30, value: (r) => r.staffName },
  { header: 'Форма', width: 28, value: (r) => STAFF_FORM_LABELS[r.form] },
  { header: 'Тема, название', width: 44, value: (r) => r.title },
  { header: 'Партнёр', width: 32, value: (r) => r.partnerName ?? '' },
  { header: 'Начало', width: 12, value: (r) => r.dateFrom, format: 'date' },
  { header: 'Окончание', width: 12, value: (r) => r.dateTo, format: 'date' },
  { header: 'Часов', width: 9, value: (r) => r.hours },
  { header: 'Удостоверение, сертификат', width: 26, value: (r) => r.certificate, format: 'text' },
  { header: 'Результат', width: 32, value: (r) => r.result },
];

/** The year's summary (sheet «Итоги») and its records (sheet «Записи») as one Excel workbook. */
export function staffXlsx(summary: StaffSummary, records: readonly StaffRecord[], info: WorkbookInfo) {
  const title = staffExportTitle(summary.year);
  return tablesWorkbook(
    [
      tableSheet({ sheetName: 'Итоги', title, columns: SUMMARY_COLUMNS, rows: summaryRows(summary) }),
      tableSheet({ sheetName: 'Записи', title, columns: RECORD_COLUMNS, rows: records }),
    ],
    info,
  );
}
