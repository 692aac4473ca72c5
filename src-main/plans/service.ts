import type Database from 'better-sqlite3';
import { academicYearBounds, academicYearOf, localIsoDate } from '../contract/academic-year';
import type { AttachmentsService } from '../attachments/service';
import type { HandEdit, HandEditWinner, ItemEventsFate } from '../contract/plan-calendar';
import { planEventValues, type PlanCalendar } from '../events/plan-sync';
import { formatDate } from '../contract/dates';
import { type Plan, type PlanApproval, type PlanItem, type PlanItemFields, planItemFieldsOf } from '../contract/plans';
import { compareParticipants, sortedPlanItems } from '../contract/plan-order';
import type { SchoolProfile } from '../contract/settings';
import { AppError } from '../errors';
import { comparableName } from '../contract/text-folding';
import { moveMonth, moveSpan } from './copy-forward';
import {
  deleteEmptyPlan,
  deleteItem,
  existingIds,
  findDirection,
  findItemRow,
  findPlan,
  insertDirection,
  insertItem,
  insertPlan,
  itemLinks,
  listDirections,
  listItemRows,
  listPlanYears,
  updateApproval,
  updateItem,
  type DirectionRow,
  type ItemLinks,
  type ItemRow,
  type PlanRow,
} from './repository';
import { quoted } from '../contract/quote';

export interface PlansDeps {
  db: Database.Database;
  now: () => Date;
  /** The school profile from Настройки: the director approves a new plan by default. */
  school: () => SchoolProfile;
  /** The items' events on the calendar: placed, kept in step with their items, deleted with them. */
  calendar: PlanCalendar;
  /** Photos of the events deleted with an item go with them. */
  attachments: AttachmentsService;
}

export type ItemSaved = { saved: true; item: PlanItem } | { saved: false; handEdited: HandEdit[] };

const CHECK_INPUT = 'Проверьте введённые данные.';
const ITEM_NOT_FOUND = 'Пункт плана не найден: возможно, он уже удалён.';
/** The body that agrees a plan in most schools; it prints only when the office ticks «СОГЛАСОВАНО». */
const DEFAULT_AGREED_BY = 'Педагогический совет';

function noPlan(year: string): AppError {
  return new AppError(
    'not_found',
    `План на ${year} учебный год ещё не создан: создайте его — пустым или копией плана другого года.`,
  );
}

/**
 * Only what the timing uses is kept: a month item has no days and times, a dated one no month, an exact date no
 * end date. Repeated partners, tasks and participants are kept once.
 */
function normalized(fields: PlanItemFields): PlanItemFields {
  const seen = new Set<string>();
  const participants = fields.participants.filter((p) => {
    const key = `${p.kind}:${p.value}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const common = {
    ...fields,
    partnerIds: [...new Set(fields.partnerIds)],
    taskIds: [...new Set(fields.taskIds)],
    participants,
  };
  switch (fields.timing) {
    case 'month':
      return { ...common, dateFrom: null, dateTo: null, timeFrom: null, timeTo: null };
    case 'range':
      return { ...common, month: null };
    case 'exact':
      return { ...common, month: null, dateTo: null };
  }
}

/**
 * An item's fields moved from one academic year to another: days to the same week and weekday (see
 * copy-forward.ts), times as they were, a month to the same month. Events and their outcomes stay behind.
 */
export function movedFields(item: PlanItem, fromYear: string, toYear: string): PlanItemFields {
  const fields = planItemFieldsOf(item);
  if (fields.timing === 'month') return { ...fields, month: fields.month && moveMonth(fields.month, toYear) };
  if (fields.dateFrom === null) return fields;
  const span = moveSpan({ from: fields.dateFrom, to: fields.dateTo }, fromYear, toYear);
  return { ...fields, dateFrom: span.from, dateTo: span.to };
}

function toItem(row: ItemRow, links: ItemLinks): PlanItem {
  const partners = links.partners.get(row.id);
  const counts = links.events.get(row.id);
  return {
    id: row.id,
    title: row.title,
    form: row.form,
    partnerIds: partners?.ids ?? [],
    partnerNames: partners?.names ?? [],
    timing: row.timing,
    month: row.month,
    dateFrom: row.dateFrom,
    dateTo: row.dateTo,
    timeFrom: row.timeFrom,
    timeTo: row.timeTo,
    participants: links.participants.get(row.id)?.sort(compareParticipants) ?? [],
    venue: row.venue,
    venueNote: row.venueNote,
    responsibleSchool: row.responsibleSchool,
    responsiblePartner: row.responsiblePartner,
    taskIds: links.tasks.get(row.id) ?? [],
    directionId: row.directionId,
    directionName: row.directionId === null ? null : (links.directions.get(row.directionId) ?? null),
    notes: row.notes,
    planMonth: (row.timing === 'month' ? row.month : row.dateFrom?.slice(0, 7)) ?? '',
    eventsCount: counts?.eventsCount ?? 0,
    heldCount: counts?.heldCount ?? 0,
    unheldCount: counts?.unheldCount ?? 0,
  };
}

function approvalOf(row: PlanRow): PlanApproval {
  return {
    approverPosition: row.approverPosition,
    approverName: row.approverName,
    approvalOrderNumber: row.approvalOrderNumber,
    approvalOrderDate: row.approvalOrderDate,
    agreed: row.agreed,
    agreedBy: row.agreedBy,
    agreedProtocolNumber: row.agreedProtocolNumber,
    agreedProtocolDate: row.agreedProtocolDate,
  };
}

export class PlansService {
  constructor(private readonly deps: PlansDeps) {}

  private get db() {
    return this.deps.db;
  }

  private stamp(): string {
    return this.deps.now().toISOString();
  }

  /** A new plan is approved by the school's director as Настройки name them. */
  defaultApproval(): PlanApproval {
    const school = this.deps.school();
    return {
      approverPosition: [school.directorPosition.trim() || 'Директор', school.shortName.trim()].join(' ').trim(),
      approverName: school.directorName.trim(),
      approvalOrderNumber: '',
      approvalOrderDate: null,
      agreed: false,
      agreedBy: DEFAULT_AGREED_BY,
      agreedProtocolNumber: '',
      agreedProtocolDate: null,
    };
  }

  years(): { year: string; itemsCount: number }[] {
    return listPlanYears(this.db);
  }

  private items(planId: number): PlanItem[] {
    const links = itemLinks(this.db, { planId });
    return sortedPlanItems(listItemRows(this.db, planId).map((row) => toItem(row, links)));
  }

  /** The year's plan; a year without one answers with no items and the approval a new plan would get. */
  get(year: string): Plan {
    const row = findPlan(this.db, year);
    if (!row) return { year, exists: false, approval: this.defaultApproval(), items: [] };
    return { year, exists: true, approval: approvalOf(row), items: this.items(row.id) };
  }

  /** A plan to print or export: it exists and has items. */
  printable(year: string): Plan {
    const plan = this.get(year);
    if (!plan.exists) throw noPlan(year);
    if (plan.items.length === 0) {
      throw new AppError(
        'not_found',
        `В плане на ${year} учебный год нет мероприятий: добавьте их, чтобы напечатать план.`,
      );
    }
    return plan;
  }

  item(id: number): PlanItem {
    const row = findItemRow(this.db, id);
    if (!row) throw new AppError('not_found', ITEM_NOT_FOUND);
    return toItem(row, itemLinks(this.db, { itemId: id }));
  }

  /**
   * Starts a year's plan, empty or as a copy of another year's: every item with its partners, participants,
   * tasks and direction, its days moved to the same week and weekday. Events, their statuses and outcomes are
   * not copied. The approval is the director's, as for a new plan; whether and by whom the plan is agreed is
   * kept from the source, the order and protocol (numbers and dates) are the new year's to fill.
   */
  create(year: string, copyFrom: string | null): Plan {
    if (findPlan(this.db, year)) throw new AppError('conflict', `План на ${year} учебный год уже есть.`);
    let source: PlanRow | undefined;
    if (copyFrom !== null) {
      if (copyFrom === year) {
        throw new AppError('invalid_input', CHECK_INPUT, { copyFrom: 'Выберите план другого учебного года' });
      }
      source = findPlan(this.db, copyFrom);
      if (!source) {
        throw new AppError('not_found', `План на ${copyFrom} учебный год не найден.`, {
          copyFrom: `Плана на ${copyFrom} учебный год нет`,
        });
      }
    }
    const approval = this.defaultApproval();
    if (source) Object.assign(approval, { agreed: source.agreed, agreedBy: source.agreedBy });
    const sourceItems = source ? this.items(source.id) : [];
    const stamp = this.stamp();
    this.db.transaction(() => {
      const planId = insertPlan(this.db, year, approval, stamp);
      for (const item of sourceItems) {
        const fields = movedFields(item, copyFrom ?? year, year);
        // The copy's dated items are on the new year's calendar at once, as a new item would be.
        this.deps.calendar.place(insertItem(this.db, planId, fields, stamp), planEventValues(fields), stamp);
      }
    })();
    return this.get(year);
  }

  saveApproval(year: string, approval: PlanApproval): Plan {
    const row = findPlan(this.db, year);
    if (!row) throw noPlan(year);
    updateApproval(this.db, row.id, approval, this.stamp());
    return this.get(year);
  }

  /** Every date of an item lies in its plan's academic year; what it refers to exists. */
  private check(fields: PlanItemFields, year: string): void {
    const errors: Record<string, string> = {};
    const { from, to } = academicYearBounds(year);
    const outside = `Дата должна быть в пределах ${year} учебного года: с ${formatDate(from)} по ${formatDate(to)}`;
    if (fields.month !== null && academicYearOf(`${fields.month}-01`) !== year) {
      errors['fields.month'] = `Месяц должен быть в пределах ${year} учебного года: с сентября по август`;
    }
    if (fields.dateFrom !== null && (fields.dateFrom < from || fields.dateFrom > to)) {
      errors['fields.dateFrom'] = outside;
    }
    if (fields.dateTo !== null && (fields.dateTo < from || fields.dateTo > to)) errors['fields.dateTo'] = outside;
    if (fields.timeTo !== null && fields.timeFrom === null) errors['fields.timeFrom'] = 'Укажите время начала';

    const partners = existingIds(this.db, 'partners', fields.partnerIds);
    if (fields.partnerIds.some((id) => !partners.has(id))) {
      errors['fields.partnerIds'] = 'Партнёр не найден: выберите партнёров из списка';
    }
    const tasks = existingIds(this.db, 'tasks', fields.taskIds);
    if (fields.taskIds.some((id) => !tasks.has(id))) {
      errors['fields.taskIds'] = 'Задача программы не найдена: выберите задачи из списка';
    }
    if (fields.directionId !== null && !findDirection(this.db, fields.directionId)) {
      errors['fields.directionId'] = 'Направление воспитания не найдено: выберите его из списка';
    }
    if (Object.keys(errors).length > 0) throw new AppError('invalid_input', CHECK_INPUT, errors);
  }

  /** Adds an item to the plan; an item with a day is on the calendar as soon as it is saved. */
  createItem(year: string, input: PlanItemFields): PlanItem {
    const plan = findPlan(this.db, year);
    if (!plan) throw noPlan(year);
    const fields = normalized(input);
    this.check(fields, year);
    const id = this.db.transaction(() => {
      const stamp = this.stamp();
      const id = insertItem(this.db, plan.id, fields, stamp);
      this.deps.calendar.place(id, planEventValues(fields), stamp);
      return id;
    })();
    return this.item(id);
  }

  /**
   * Saves an item; its events not yet held follow it. Where one of them was changed on the calendar by hand and the
   * change would overwrite that, nothing is saved until `winner` says which wins: the answer names those events.
   * An item given a day (or a new day) that has no event yet is put on the calendar.
   */
  updateItem(id: number, input: PlanItemFields, winner?: HandEditWinner): ItemSaved {
    const stored = this.item(id);
    const row = findItemRow(this.db, id);
    if (!row) throw new AppError('not_found', ITEM_NOT_FOUND);
    const fields = normalized(input);
    this.check(fields, row.year);
    const before = planEventValues(planItemFieldsOf(stored));
    const after = planEventValues(fields);
    if (winner === undefined) {
      const handEdited = this.deps.calendar.handEdits(id, before, after);
      if (handEdited.length > 0) return { saved: false, handEdited };
    }
    this.db.transaction(() => {
      const stamp = this.stamp();
      updateItem(this.db, id, fields, stamp);
      this.deps.calendar.follow(id, before, after, winner ?? 'plan', stamp);
      const newDay = after.timing !== null && JSON.stringify(after.timing) !== JSON.stringify(before.timing);
      if (newDay && !this.deps.calendar.hasEvents(id)) this.deps.calendar.place(id, after, stamp);
    })();
    return { saved: true, item: this.item(id) };
  }

  /**
   * Deletes an item. Its events not yet held are deleted with it (`'delete'`, with their photos), or every event of
   * it stays on the calendar as an event outside the plan (`'keep'`); held events always stay.
   */
  async deleteItem(id: number, events: ItemEventsFate = 'keep'): Promise<void> {
    if (!findItemRow(this.db, id)) throw new AppError('not_found', ITEM_NOT_FOUND);
    await this.deps.attachments.removeWith('event', () => {
      const removed = events === 'delete' ? this.deps.calendar.removeUnheld(id) : [];
      deleteItem(this.db, id);
      return removed;
    });
  }

  /**
   * Deletes items an import made, with their events not yet held (and those events' photos), in one transaction
   * with `alongside` (what else the undo takes back); a plan left empty that the import made goes too.
   */
  async removeImported(ids: readonly number[], planMade: string | null, alongside: () => void): Promise<number> {
    let items = 0;
    await this.deps.attachments.removeWith('event', () => {
      const removed: number[] = [];
      for (const id of ids) {
        if (!findItemRow(this.db, id)) continue;
        removed.push(...this.deps.calendar.removeUnheld(id));
        deleteItem(this.db, id);
        items += 1;
      }
      alongside();
      if (planMade !== null) deleteEmptyPlan(this.db, planMade);
      return removed;
    });
    return items;
  }

  /** Главная: this month's items of the plan that have only a month and nothing on the calendar yet. */
  monthTasks(): PlanItem[] {
    const today = localIsoDate(this.deps.now());
    const plan = findPlan(this.db, academicYearOf(today));
    if (!plan) return [];
    const month = today.slice(0, 7);
    return this.items(plan.id).filter((i) => i.timing === 'month' && i.month === month && i.eventsCount === 0);
  }

  directions(): DirectionRow[] {
    return listDirections(this.db);
  }

  /** Adds a direction of upbringing; a name already in the list (in any case) is refused. */
  addDirection(name: string): DirectionRow {
    const key = comparableName(name);
    if (listDirections(this.db).some((d) => comparableName(d.name) === key)) {
      throw new AppError('conflict', `Направление ${quoted(name)} уже есть в списке.`, {
        name: 'Такое направление уже есть',
      });
    }
    return insertDirection(this.db, name);
  }
}
