import type { AppCore } from '../../../src-main/app-core';
import type { Input } from '../../../src-main/contract';
import { blankPlanItemFields, type Plan, type PlanItem } from '../../../src-main/contract/plans';
import { call } from '../../kit';

export type ItemFields = Input<'planItems:create'>['fields'];

/** An exact-date item on Tuesday 15 September 2026 (week 3 of 2026/2027) at 10:00, for 5А at school. */
export function itemFields(patch: Partial<ItemFields> = {}): ItemFields {
  return {
    ...blankPlanItemFields('2026-09'),
    title: 'Беседа о безопасности на дорогах',
    form: 'Беседа',
    timing: 'exact',
    month: null,
    dateFrom: '2026-09-15',
    timeFrom: '10:00',
    participants: [{ kind: 'class', value: '5А' }],
    responsibleSchool: 'Петрова А.С., классный руководитель',
    ...patch,
  };
}

export function taskIds(core: AppCore): number[] {
  return (
    core.db.prepare("SELECT id FROM program_items WHERE kind = 'task' ORDER BY position").all() as { id: number }[]
  ).map((r) => r.id);
}

export async function addItem(core: AppCore, year: string, patch: Partial<ItemFields> = {}): Promise<PlanItem> {
  return call(core, 'planItems:create', { year, fields: itemFields(patch) });
}

/** Fields of a stored item, to send back with changes. */
export function fieldsOf(item: PlanItem): ItemFields {
  return {
    title: item.title,
    form: item.form,
    partnerIds: item.partnerIds,
    timing: item.timing,
    month: item.month,
    dateFrom: item.dateFrom,
    dateTo: item.dateTo,
    timeFrom: item.timeFrom,
    timeTo: item.timeTo,
    participants: item.participants,
    venue: item.venue,
    venueNote: item.venueNote,
    responsibleSchool: item.responsibleSchool,
    responsiblePartner: item.responsiblePartner,
    taskIds: item.taskIds,
    directionId: item.directionId,
    notes: item.notes,
  };
}

export function byTitle(plan: Plan, title: string): PlanItem {
  const item = plan.items.find((i) => i.title === title);
  if (!item) throw new Error(`no item ${title}`);
  return item;
}

/** An event of the calendar made from a plan item, written straight to the store (the events domain is apart). */
export function insertEvent(
  core: AppCore,
  planItemId: number | null,
  values: { start: string; status?: string; rrule?: string; seriesId?: number },
): number {
  const { id } = core.db
    .prepare(
      `INSERT INTO events (plan_item_id, title, starts_at, ends_at, status, rrule, series_id, original_start,
                           created_at, updated_at)
       VALUES (?, 'Мероприятие', ?, ?, ?, ?, ?, ?, '2026-11-26T07:00:00.000Z', '2026-11-26T07:00:00.000Z')
       RETURNING id`,
    )
    .get(
      planItemId,
      values.start,
      values.start,
      values.status ?? 'planned',
      values.rrule ?? null,
      values.seriesId ?? null,
      values.seriesId ? values.start : null,
    ) as { id: number };
  return id;
}
