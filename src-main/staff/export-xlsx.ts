import { STAFF_FORM_LABELS, type StaffCounts, type StaffRecord, type StaffSummary } from '../contract/staff';
import { tableSheet, tablesWorkbook, type XlsxColumn } from '../documents/xlsx-table';

/** «Повышение квалификации педагогов за 2026/2027 учебный год»: the title of the export and its file. */
export function staffExportTitle(year: string): string {
  return `Повышение квалификации педагогов за ${year} учебный год`;
}

interface SummaryRow {
  section: string;
  label: string;
  records: number | null;
  teachers: number | null;
  hours: number | null;
}

const row = (section: string, label: string, counts: StaffCounts): SummaryRow => ({ section, label, ...counts });

/** The summary as one table: the year's figures, then a row per form, then a row per partner and one without. */
function summaryRows(summary: StaffSummary): SummaryRow[] {
  return [
    { section: 'Итого', label: 'Педагогов работает', records: null, teachers: summary.activeTeachers, hours: null },
    row('Итого', 'Повысили квалификацию', summary.total),
    row('Итого', 'В том числе через партнёров', summary.throughPartners),
    ...summary.byForm.map((f) => row('По формам', STAFF_FORM_LABELS[f.form], f)),
    ...summary.byPartner.map((p) => row('По партнёрам', p.partnerName, p)),
    ...(summary.withoutPartner.records > 0 ? [row('По партнёрам', 'Без партнёра', summary.withoutPartner)] : []),
  ];
}

const SUMMARY_COLUMNS: XlsxColumn<SummaryRow>[] = [
  { header: 'Раздел', width: 16, value: (r) => r.section },
  { header: 'Показатель', width: 56, value: (r) => r.label, wrap: true },
  { header: 'Записей', width: 11, value: (r) => r.records },
  { header: 'Педагогов', width: 12, value: (r) => r.teachers },
  { header: 'Часов', width: 10, value: (r) => r.hours },
];

const RECORD_COLUMNS: XlsxColumn<StaffRecord>[] = [
  { header: '№', width: 6, value: (_, i) => i + 1 },
  { header: 'Педагог', width: 30, value: (r) => r.staffName, wrap: true },
  { header: 'Форма', width: 28, value: (r) => STAFF_FORM_LABELS[r.form], wrap: true },
  { header: 'Тема, название', width: 44, value: (r) => r.title, wrap: true },
  { header: 'Партнёр', width: 32, value: (r) => r.partnerName ?? '', wrap: true },
  { header: 'Начало', width: 12, value: (r) => r.dateFrom, format: 'date' },
  { header: 'Окончание', width: 12, value: (r) => r.dateTo, format: 'date' },
  { header: 'Часов', width: 9, value: (r) => r.hours },
  { header: 'Удостоверение, сертификат', width: 26, value: (r) => r.certificate, format: 'text', wrap: true },
  { header: 'Результат', width: 32, value: (r) => r.result, wrap: true },
];

/** The year's summary (sheet «Итоги») and its records (sheet «Записи») as one Excel workbook. */
export function staffXlsx(summary: StaffSummary, records: readonly StaffRecord[], createdAt?: Date) {
  const title = staffExportTitle(summary.year);
  return tablesWorkbook(
    [
      tableSheet({ sheetName: 'Итоги', title, columns: SUMMARY_COLUMNS, rows: summaryRows(summary) }),
      tableSheet({ sheetName: 'Записи', title, columns: RECORD_COLUMNS, rows: records }),
    ],
    createdAt,
  );
}
