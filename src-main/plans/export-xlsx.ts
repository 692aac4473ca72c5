import { VENUE_LABELS, type Plan, type PlanGrouping, type PlanItem } from '../contract/plans';
import { participantsText, timingText } from '../contract/plan-text';
import { groupPlanItems, planTitle } from './documents/plan';
import { tableWorkbook, type WorkbookInfo, type XlsxColumn } from '../documents/xlsx-table';

interface PlanRow {
  /** The month («Октябрь 2026») or the partner the row is listed under. */
  group: string;
  item: PlanItem;
}

/**
 * The plan as an Excel table: the rows in the order of the printed plan, and instead of its group rows a first
 * column naming the month or the partner, so that the table can be filtered and sorted.
 */
export function planXlsx(plan: Pick<Plan, 'year' | 'items'>, groupBy: PlanGrouping, info: WorkbookInfo) {
  const rows: PlanRow[] = groupPlanItems(plan, groupBy).flatMap((g) =>
    g.items.map((item) => ({ group: g.label, item })),
  );
  const columns: XlsxColumn<PlanRow>[] = [
    { header: '№', width: 6, value: (_, i) => i + 1 },
    { header: groupBy === 'month' ? 'Месяц' : 'Партнёр', width: 24, value: (r) => r.group },
    { header: 'Сроки', width: 22, value: (r) => timingText(r.item, groupBy !== 'month') },
    { header: 'Начало', width: 12, value: (r) => r.item.dateFrom, format: 'date' },
    { header: 'Мероприятие', width: 44, value: (r) => r.item.title },
    { header: 'Форма', width: 24, value: (r) => r.item.form },
    { header: 'Участники (классы)', width: 24, value: (r) => participantsText(r.item.participants) },
    { header: 'Партнёры', width: 32, value: (r) => r.item.partnerNames.join('; ') },
    { header: 'Место проведения', width: 22, value: (r) => placeText(r.item) },
    { header: 'Ответственные от школы', width: 26, value: (r) => r.item.responsibleSchool },
    { header: 'Ответственные от партнёра', width: 26, value: (r) => r.item.responsiblePartner },
    { header: 'Направление воспитания', width: 26, value: (r) => r.item.directionName ?? '' },
    { header: 'Мероприятий', width: 13, value: (r) => r.item.eventsCount },
    { header: 'Проведено', width: 12, value: (r) => r.item.heldCount },
    { header: 'Примечание', width: 30, value: (r) => r.item.notes },
  ];
  return tableWorkbook({ sheetName: 'План', title: planTitle(plan.year), columns, rows }, info);
}

function placeText(item: PlanItem): string {
  const note = item.venueNote.trim();
  return note ? `${VENUE_LABELS[item.venue]}: ${note}` : VENUE_LABELS[item.venue];
}
