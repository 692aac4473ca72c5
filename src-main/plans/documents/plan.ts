import { formatDate } from '../../contract/dates';
import { monthLabel, monthsOfYear, participantsText, timingText, venueText } from '../../contract/plan-text';
import { type Plan, type PlanApproval, type PlanGrouping, type PlanItem } from '../../contract/plans';
import { compareRussian } from '../../contract/russian-order';
import type { SchoolProfile } from '../../contract/settings';
import { BLANK_DATE, signerText } from '../../documents/russian-text';
import { directorApproval } from '../../documents/approval';
import type { ApprovalEntry, DocumentModel, TableRow } from '../../documents/model';

/** «План совместной деятельности с социальными партнёрами на 2026/2027 учебный год». */
export function planTitle(year: string): string {
  return `План совместной деятельности с социальными партнёрами на ${year} учебный год`;
}

/** The print job's and the file's name: «План совместной деятельности 2026/2027». */
export function planDocumentTitle(year: string): string {
  return `План совместной деятельности ${year}`;
}

/** Items without a partner are gathered under this heading when the plan is grouped by partner. */
export const NO_PARTNER = 'Без партнёра';

export interface PlanGroup {
  label: string;
  items: PlanItem[];
}

/**
 * The plan's items in groups. By month: September to August, a month without items left out. By partner: partners
 * in alphabetical order, and an item with several partners under each of them, so that every partner's part of
 * the plan is whole; items without a partner come last, under «Без партнёра». Within a group the plan's order.
 */
export function groupPlanItems(plan: Pick<Plan, 'year' | 'items'>, groupBy: PlanGrouping): PlanGroup[] {
  if (groupBy === 'month') {
    return monthsOfYear(plan.year)
      .map((month) => ({ label: monthLabel(month), items: plan.items.filter((i) => i.planMonth === month) }))
      .filter((g) => g.items.length > 0);
  }
  const byPartner = new Map<string, PlanItem[]>();
  for (const item of plan.items) {
    for (const name of item.partnerNames.length > 0 ? item.partnerNames : [NO_PARTNER]) {
      byPartner.set(name, [...(byPartner.get(name) ?? []), item]);
    }
  }
  const names = [...byPartner.keys()].sort((a, b) =>
    a === NO_PARTNER ? 1 : b === NO_PARTNER ? -1 : compareRussian(a, b),
  );
  return names.map((name) => ({ label: name, items: byPartner.get(name) ?? [] }));
}

/** «приказ от 29.08.2026 № 45»; none while neither the date nor the number is known. */
function orderLine(kind: 'приказ' | 'протокол', date: string | null, number: string): string | undefined {
  if (!date && number.trim() === '') return undefined;
  return `${kind} от ${date ? formatDate(date) : BLANK_DATE} № ${number.trim() || '______'}`;
}

/**
 * «УТВЕРЖДАЮ» at the right, and «СОГЛАСОВАНО» at the left when the plan is agreed. Where the plan names no approver,
 * the director of Настройки approves it: the position on one line, the school on the next. The director dates the
 * signature by hand; the order and the protocol print once their date or number is known.
 */
export function planApprovalEntries(
  approval: PlanApproval,
  school: Pick<SchoolProfile, 'directorName' | 'directorPosition' | 'shortName'>,
): [ApprovalEntry] | [ApprovalEntry, ApprovalEntry] {
  const position = approval.approverPosition.trim();
  const approved: ApprovalEntry = {
    ...directorApproval(school),
    ...(position ? { lines: [position] } : {}),
    signer: signerText(approval.approverName || school.directorName),
    order: orderLine('приказ', approval.approvalOrderDate, approval.approvalOrderNumber),
  };
  if (!approval.agreed) return [approved];
  const agreed: ApprovalEntry = {
    caption: 'СОГЛАСОВАНО',
    lines: [approval.agreedBy.trim() || 'Педагогический совет'],
    order: orderLine('протокол', approval.agreedProtocolDate, approval.agreedProtocolNumber),
  };
  return [agreed, approved];
}

export interface PlanDocumentData {
  plan: Pick<Plan, 'year' | 'approval' | 'items'>;
  school: SchoolProfile;
  groupBy: PlanGrouping;
}

/** The cells of an item's row, after its number. */
export function planItemCells(item: PlanItem, groupBy: PlanGrouping): string[][] {
  const venue = venueText(item);
  return [
    [timingText(item, groupBy !== 'month')],
    [item.title, ...(venue ? [venue] : [])],
    [item.form],
    [participantsText(item.participants)],
    item.partnerNames.length > 0 ? item.partnerNames : [''],
    [item.responsibleSchool, item.responsiblePartner].filter((s) => s.trim() !== ''),
  ];
}

/**
 * «План совместной деятельности с социальными партнёрами на 2026/2027 учебный год»: the approval block, the
 * title, and one landscape table of the items grouped by month or by partner, numbered through.
 */
export function buildPlanDocument({ plan, school, groupBy }: PlanDocumentData): DocumentModel {
  const rows: TableRow[] = [];
  let n = 0;
  for (const group of groupPlanItems(plan, groupBy)) {
    rows.push({ group: group.label });
    for (const item of group.items) {
      n += 1;
      rows.push({ cells: [`${n}.`, ...planItemCells(item, groupBy)] });
    }
  }
  return {
    title: planDocumentTitle(plan.year),
    orientation: 'landscape',
    blocks: [
      { type: 'approval', entries: planApprovalEntries(plan.approval, school) },
      { type: 'heading', level: 1, text: planTitle(plan.year) },
      { type: 'paragraph', align: 'center', runs: [school.fullName] },
      {
        type: 'table',
        columns: [
          { title: '№', width: 4, align: 'center' },
          { title: 'Сроки (месяц)', width: 11, align: 'center' },
          { title: 'Мероприятие', width: 22 },
          { title: 'Форма', width: 17 },
          { title: 'Участники (классы)', width: 12 },
          { title: 'Партнёр', width: 17 },
          { title: 'Ответственные', width: 17 },
        ],
        rows,
      },
    ],
  };
}
