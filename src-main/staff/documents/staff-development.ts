import { formatDate } from '../../contract/dates';
import { STAFF_FORM_LABELS, type StaffCounts, type StaffRecord, type StaffSummary } from '../../contract/staff';
import { sectionedRows, yearListHead, type DocumentModel } from '../../documents/model';

/** «Повышение квалификации педагогов за 2026/2027 учебный год»: the title of the document, the export and their files. */
export function staffExportTitle(year: string): string {
  return `Повышение квалификации педагогов за ${year} учебный год`;
}

export interface SummaryRow {
  section: string;
  label: string;
  records: number | null;
  teachers: number | null;
  hours: number | null;
}

const row = (section: string, label: string, counts: StaffCounts): SummaryRow => ({ section, label, ...counts });

/** The summary as one table: the year's figures, then a row per form, then a row per partner and one without. */
export function summaryRows(summary: StaffSummary): SummaryRow[] {
  return [
    { section: 'Итого', label: 'Педагогов работает', records: null, teachers: summary.activeTeachers, hours: null },
    row('Итого', 'Повысили квалификацию', summary.total),
    row('Итого', 'В том числе через партнёров', summary.throughPartners),
    ...summary.byForm.map((f) => row('По формам', STAFF_FORM_LABELS[f.form], f)),
    ...summary.byPartner.map((p) => row('По партнёрам', p.partnerName, p)),
    ...(summary.withoutPartner.records > 0 ? [row('По партнёрам', 'Без партнёра', summary.withoutPartner)] : []),
  ];
}

/** «12.10.2026 — 23.10.2026», or the one day. */
function datesText(record: StaffRecord): string {
  const from = formatDate(record.dateFrom);
  return record.dateTo && record.dateTo !== record.dateFrom ? `${from} — ${formatDate(record.dateTo)}` : from;
}

const figure = (n: number | null) => (n === null ? '' : String(n));

/** The year's summary grouped as the screen shows it, then every record of the year. */
export function buildStaffDevelopment(data: {
  schoolFullName: string;
  summary: StaffSummary;
  records: readonly StaffRecord[];
}): DocumentModel {
  const { summary, records } = data;
  const summaryTable = sectionedRows(
    summaryRows(summary),
    (r) => r.section,
    (r) => [r.label, figure(r.records), figure(r.teachers), figure(r.hours)],
  );
  return {
    title: staffExportTitle(summary.year),
    orientation: 'landscape',
    blocks: [
      ...yearListHead(data.schoolFullName, 'Повышение квалификации педагогов', `за ${summary.year} учебный год`),
      { type: 'heading', level: 2, text: 'Итоги года' },
      {
        type: 'table',
        columns: [
          { title: 'Показатель', width: 55 },
          { title: 'Записей', width: 12, align: 'center' },
          { title: 'Педагогов', width: 12, align: 'center' },
          { title: 'Часов', width: 12, align: 'center' },
        ],
        rows: summaryTable,
      },
      { type: 'heading', level: 2, text: 'Мероприятия повышения квалификации' },
      {
        type: 'table',
        small: true,
        columns: [
          { title: '№', width: 4, align: 'center' },
          { title: 'Педагог', width: 15 },
          { title: 'Форма', width: 13 },
          { title: 'Тема, название', width: 21 },
          { title: 'Партнёр', width: 18 },
          { title: 'Сроки', width: 11, align: 'center' },
          { title: 'Часов', width: 8, align: 'center' },
          { title: 'Документ', width: 10 },
          { title: 'Результат', width: 13 },
        ],
        rows: records.map((r, i) => ({
          cells: [
            `${i + 1}.`,
            r.staffName,
            STAFF_FORM_LABELS[r.form],
            r.title,
            r.partnerName ?? '',
            datesText(r),
            r.hours ? String(r.hours) : '',
            r.certificate,
            r.result,
          ],
        })),
      },
    ],
  };
}
