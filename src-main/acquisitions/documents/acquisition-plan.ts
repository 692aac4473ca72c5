import {
  ACQUISITION_STATUS_LABELS,
  countsInTotal,
  formatRubles,
  planYearsText,
  sourceText,
  termText,
  totalKopecks,
  type Acquisition,
  type AcquisitionApproval,
  type PlanYears,
} from '../../contract/acquisitions';
import { formatDate } from '../../contract/dates';
import type { SchoolProfile } from '../../contract/settings';
import type { DocumentModel, TableRow } from '../../documents/model';
import { planApprovalEntries } from '../../plans/documents/plan';

/** «Перспективный план приобретения оборудования, учебных пособий и литературы … на 2026–2030 годы». */
export function acquisitionPlanTitle(years: PlanYears): string {
  return (
    'Перспективный план приобретения оборудования, учебных пособий и литературы ' +
    `для развития образовательной среды на ${planYearsText(years)}`
  );
}

/** The print job's and the file's name: «План приобретения 2026–2030». */
export function acquisitionPlanDocumentTitle({ fromYear, toYear }: PlanYears): string {
  return `План приобретения ${fromYear === toYear ? fromYear : `${fromYear}–${toYear}`}`;
}

/** «Приобретено 12.03.2027», «Отменено», or nothing while the item is planned. */
export function completionText(item: Pick<Acquisition, 'status' | 'acquiredOn'>): string {
  if (item.status === 'acquired') {
    return `${ACQUISITION_STATUS_LABELS.acquired}${item.acquiredOn ? ` ${formatDate(item.acquiredOn)}` : ''}`;
  }
  return item.status === 'cancelled' ? ACQUISITION_STATUS_LABELS.cancelled : '';
}

/** The label of a total, saying so when cancelled items are left out of it. */
function totalLabel(label: string, items: readonly Acquisition[]): string {
  return items.some((item) => !countsInTotal(item)) ? `${label} (без отменённых)` : label;
}

export interface AcquisitionPlanData {
  years: PlanYears;
  items: readonly Acquisition[];
  approval: AcquisitionApproval;
  school: SchoolProfile;
}

/** The items' rows under a heading for each year, with the year's total when the plan spans several years. */
function itemRows(items: readonly Acquisition[]): TableRow[] {
  const years = [...new Set(items.map((item) => item.plannedYear))].sort((a, b) => a - b);
  const rows: TableRow[] = [];
  let n = 0;
  for (const year of years) {
    const ofYear = items.filter((item) => item.plannedYear === year);
    rows.push({ group: `${year} год` });
    for (const item of ofYear) {
      n += 1;
      rows.push({
        cells: [
          `${n}.`,
          item.notes.trim() ? [item.name, item.notes.trim()] : item.name,
          item.category,
          `${item.quantity} ${item.unit}`,
          termText(item),
          sourceText(item),
          item.costKopecks === null ? '' : formatRubles(item.costKopecks),
          completionText(item),
        ],
      });
    }
    if (years.length > 1) {
      rows.push({
        cells: ['', totalLabel(`Итого за ${year} год`, ofYear), '', '', '', '', formatRubles(totalKopecks(ofYear)), ''],
      });
    }
  }
  return rows;
}

/**
 * «Перспективный план приобретения …»: «УТВЕРЖДАЮ» at the top right (as on the annual plan), the title, the school,
 * and one landscape table of the items by year, numbered through, with the total of the whole plan.
 */
export function buildAcquisitionPlanDocument({ years, items, approval, school }: AcquisitionPlanData): DocumentModel {
  const approved = { ...approval, agreed: false, agreedBy: '', agreedProtocolNumber: '', agreedProtocolDate: null };
  return {
    title: acquisitionPlanDocumentTitle(years),
    orientation: 'landscape',
    blocks: [
      { type: 'approval', entries: planApprovalEntries(approved, school) },
      { type: 'heading', level: 1, text: acquisitionPlanTitle(years) },
      { type: 'paragraph', align: 'center', runs: [school.fullName] },
      {
        type: 'table',
        columns: [
          { title: '№', width: 4, align: 'center' },
          { title: 'Наименование', width: 22 },
          { title: 'Категория', width: 16 },
          { title: 'Кол-во', width: 7, align: 'center' },
          { title: 'Срок (год, квартал)', width: 9, align: 'center' },
          { title: 'Источник', width: 15 },
          { title: 'Сумма, руб.', width: 11, align: 'right' },
          { title: 'Отметка о выполнении', width: 12, align: 'center' },
        ],
        rows: [
          ...itemRows(items),
          { cells: ['', totalLabel('Итого', items), '', '', '', '', formatRubles(totalKopecks(items)), ''] },
        ],
      },
    ],
  };
}
