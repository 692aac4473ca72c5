import { compareIso } from './dates';
import { PARTICIPANT_KINDS, type Participant, type PlanItem } from './plans';
import { compareRussian } from './russian-order';

/**
 * The plan's one order, for the screen and for every printed or exported plan: the store answers in it, and the
 * renderer keeps it when it groups or filters the items.
 */

const KIND_ORDER = new Map(PARTICIPANT_KINDS.map((kind, i) => [kind, i]));
const LEVEL_ORDER = new Map(['НОО', 'ООО', 'СОО'].map((level, i) => [level, i]));

/** Classes by grade, then letter («5А, 5Б, 10А»); then levels, parents, teachers. */
export function compareParticipants(a: Participant, b: Participant): number {
  const byKind = (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0);
  if (byKind !== 0) return byKind;
  if (a.kind === 'class' && b.kind === 'class') {
    return parseInt(a.value, 10) - parseInt(b.value, 10) || compareRussian(a.value, b.value);
  }
  return (LEVEL_ORDER.get(a.value) ?? 0) - (LEVEL_ORDER.get(b.value) ?? 0);
}

/**
 * The plan's order: by month, then the items without a day («в течение месяца») before the dated ones, then by
 * day and time, then by title.
 */
export function comparePlanItems(a: PlanItem, b: PlanItem): number {
  return (
    compareIso(a.planMonth, b.planMonth) ||
    compareIso(a.dateFrom ?? '', b.dateFrom ?? '') ||
    compareIso(a.timeFrom ?? '', b.timeFrom ?? '') ||
    compareRussian(a.title, b.title) ||
    a.id - b.id
  );
}

/**
 * The items in the plan's order (`comparePlanItems`), for a whole plan: each item's month, day and time made one
 * text once (each part has a fixed form, so the texts order as the parts do) and the items sorted by it; only the
 * items that share a day and time are then put in order of their titles, so the collator, the slow part, compares
 * just those.
 */
export function sortedPlanItems(items: readonly PlanItem[]): PlanItem[] {
  const keyed = items.map((item) => ({
    item,
    when: `${item.planMonth}\u0000${item.dateFrom ?? ''}\u0000${item.timeFrom ?? ''}`,
  }));
  keyed.sort((a, b) => compareIso(a.when, b.when));
  const sorted: PlanItem[] = [];
  for (let start = 0, end = 1; start < keyed.length; start = end, end = start + 1) {
    while (end < keyed.length && keyed[end]?.when === keyed[start]?.when) end++;
    const together = keyed.slice(start, end).map((k) => k.item);
    if (together.length > 1) together.sort((a, b) => compareRussian(a.title, b.title) || a.id - b.id);
    sorted.push(...together);
  }
  return sorted;
}
