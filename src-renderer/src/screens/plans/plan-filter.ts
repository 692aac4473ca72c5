import type { PlanGrouping, PlanItem } from '@contract/plans';
import type { PlanGroup } from './PlanTable';
import { monthLabel, monthsOfYear } from '@contract/plan-text';
import { compareRussian } from '@contract/russian-order';
import { sortedPlanItems } from '@contract/plan-order';
import { servesLevel } from './plan-text';

export type GroupBy = PlanGrouping;

/** What the office narrows the plan to on the screen; the store is not asked. */
export interface Filter {
  partnerId: string | null;
  directionId: string | null;
  audience: string | null;
  search: string;
}

export const NO_FILTER: Filter = { partnerId: null, directionId: null, audience: null, search: '' };
export const AUDIENCES = [
  { value: 'НОО', label: 'НОО (1–4 классы)' },
  { value: 'ООО', label: 'ООО (5–9 классы)' },
  { value: 'СОО', label: 'СОО (10–11 классы)' },
  { value: 'parents', label: 'Родители' },
  { value: 'teachers', label: 'Педагоги' },
];

export function matches(item: PlanItem, f: Filter): boolean {
  if (f.partnerId && !item.partnerIds.includes(Number(f.partnerId))) return false;
  if (f.directionId && item.directionId !== Number(f.directionId)) return false;
  if (f.audience === 'parents' || f.audience === 'teachers') {
    if (!item.participants.some((p) => p.kind === f.audience)) return false;
  } else if (f.audience && !servesLevel(item, f.audience)) return false;
  const search = f.search.trim().toLocaleLowerCase('ru');
  return search === '' || item.title.toLocaleLowerCase('ru').includes(search);
}

/** The table's groups: every month of the year (only those with items while filtered), or each partner. */
export function groupsOf(year: string, items: PlanItem[], groupBy: GroupBy, filtered: boolean): PlanGroup[] {
  const sorted = sortedPlanItems(items);
  if (groupBy === 'month') {
    const months = monthsOfYear(year);
    const extra = [...new Set(sorted.map((i) => i.planMonth))].filter((m) => !months.includes(m));
    return [...months, ...extra]
      .map((month) => ({
        key: month,
        title: monthLabel(month),
        month,
        partnerId: null,
        items: sorted.filter((i) => i.planMonth === month),
      }))
      .filter((g) => !filtered || g.items.length > 0);
  }
  const byPartner = new Map<number, PlanGroup>();
  const without: PlanItem[] = [];
  for (const item of sorted) {
    if (item.partnerIds.length === 0) without.push(item);
    item.partnerIds.forEach((id, i) => {
      const group = byPartner.get(id) ?? {
        key: `partner-${id}`,
        title: item.partnerNames[i] ?? `Партнёр ${id}`,
        month: null,
        partnerId: id,
        items: [],
      };
      group.items.push(item);
      byPartner.set(id, group);
    });
  }
  const groups = [...byPartner.values()].sort((a, b) => compareRussian(a.title, b.title));
  return without.length > 0
    ? [...groups, { key: 'no-partner', title: 'Без партнёра', month: null, partnerId: null, items: without }]
    : groups;
}

/** Filter choices taken from the plan itself, in alphabetical order. */
export function options(
  items: PlanItem[],
  pick: (item: PlanItem) => [number, string][],
): { value: string; label: string }[] {
  const seen = new Map<number, string>();
  items.forEach((item) => pick(item).forEach(([id, name]) => seen.set(id, name)));
  return [...seen.entries()]
    .map(([id, name]) => ({ value: String(id), label: name }))
    .sort((a, b) => compareRussian(a.label, b.label));
}
