import type Database from 'better-sqlite3';
import { compareClassNames } from '../contract/classes';
import { formatDate } from '../contract/dates';
import type { EventStatus } from '../contract/events';
import { planItemTiming, type HandEdit, type HandEditWinner, type PlanItemTiming } from '../contract/plan-calendar';
import type { PlanItemFields } from '../contract/plans';
import {
  addHistory,
  classesByEvent,
  deleteEventRow,
  detachHeldOccurrences,
  insertEventRow,
  listOverrideRows,
  partnersByEvent,
  partnerShortNames,
  planItemEventRows,
  setEventClasses,
  setEventPartners,
  updateEventRow,
  type EventRow,
} from './repository';

type Db = Database.Database;

/** What a plan item gives its events on the calendar. */
export interface PlanEventValues {
  title: string;
  venue: string;
  partnerIds: number[];
  classes: string[];
  /** The item's day on the calendar; null for an item with only a month. */
  timing: PlanItemTiming | null;
}

export function planEventValues(fields: PlanItemFields): PlanEventValues {
  return {
    title: fields.title,
    venue: fields.venueNote,
    partnerIds: [...fields.partnerIds].sort((a, b) => a - b),
    classes: fields.participants.flatMap((p) => (p.kind === 'class' ? [p.value] : [])).sort(compareClassNames),
    timing: planItemTiming(fields),
  };
}

/** Statuses of the events a plan's change reaches: those not yet held, and not cancelled. */
const FOLLOWING: readonly EventStatus[] = ['planned', 'moved'];

type Field = 'title' | 'timing' | 'venue' | 'classes' | 'partners';
const LABELS: Record<Field, string> = {
  title: 'Название',
  timing: 'Дата и время',
  venue: 'Место',
  classes: 'Классы',
  partners: 'Партнёры',
};

/** One event as the comparison sees it: its own values in the plan's terms. */
interface Current {
  row: EventRow;
  values: PlanEventValues;
}

function timingText(t: PlanItemTiming | null): string {
  if (!t) return 'только месяц — мероприятие уйдёт из календаря';
  if (t.allDay) return t.end === t.start ? formatDate(t.start) : `${formatDate(t.start)}–${formatDate(t.end)}`;
  const day = t.start.slice(0, 10);
  const to = t.end.slice(0, 10) === day ? t.end.slice(11) : `${formatDate(t.end.slice(0, 10))} ${t.end.slice(11)}`;
  return `${formatDate(day)}, ${t.start.slice(11)}–${to}`;
}

const sameTiming = (a: PlanItemTiming | null, b: PlanItemTiming | null) =>
  a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end && a.allDay === b.allDay);
const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function same(field: Field, a: PlanEventValues, b: PlanEventValues): boolean {
  switch (field) {
    case 'title':
      return a.title === b.title;
    case 'venue':
      return a.venue === b.venue;
    case 'classes':
      return sameList(a.classes, b.classes);
    case 'partners':
      return sameList(a.partnerIds, b.partnerIds);
    case 'timing':
      return sameTiming(a.timing, b.timing);
  }
}

/** What the plan's change does to one field of one event. */
type Outcome = 'unchanged' | 'follow' | 'handEdited';

function outcomeOf(field: Field, current: PlanEventValues, before: PlanEventValues, after: PlanEventValues): Outcome {
  if (same(field, before, after)) return 'unchanged';
  // The event still shows what the plan said: it follows. Changed by hand to what the plan now says: nothing to ask.
  if (same(field, current, before) || same(field, current, after)) return 'follow';
  return 'handEdited';
}

/**
 * The events a plan item keeps on the calendar. An item with a day has one event that follows its day and time; any
 * event of the item not yet held follows its title, place, classes and partners. An event's field differs from
 * what the plan said before the change only when it was changed on the calendar by hand: that is what the office
 * is asked about.
 */
export class PlanCalendar {
  constructor(private readonly db: Db) {}

  /** Puts an item with a day on the calendar: one planned event following its day. The caller holds the transaction. */
  place(itemId: number, values: PlanEventValues, stamp: string): number | null {
    if (!values.timing) return null;
    const { start, end, allDay } = values.timing;
    const id = insertEventRow(
      this.db,
      {
        planItemId: itemId,
        title: values.title,
        start,
        end,
        allDay,
        venue: values.venue,
        status: 'planned',
        cancelReason: '',
        rrule: null,
        exdates: [],
        seriesId: null,
        originalStart: null,
        notes: '',
        followsPlan: true,
      },
      stamp,
    );
    setEventPartners(this.db, id, values.partnerIds);
    setEventClasses(this.db, id, values.classes);
    addHistory(this.db, id, historyEntry('created', null, start, 'Из плана совместной деятельности'), stamp);
    return id;
  }

  /** Whether an item has any event on the calendar (a series, a further event, or the one that follows its day). */
  hasEvents(itemId: number): boolean {
    return planItemEventRows(this.db, itemId).length > 0;
  }

  private following(itemId: number): Current[] {
    const rows = planItemEventRows(this.db, itemId).filter((row) => FOLLOWING.includes(row.status));
    const ids = rows.map((row) => row.id);
    const partners = partnersByEvent(this.db, ids);
    const classes = classesByEvent(this.db, ids);
    return rows.map((row) => ({
      row,
      values: {
        title: row.title,
        venue: row.venue,
        partnerIds: (partners.get(row.id) ?? []).map((p) => p.id).sort((a, b) => a - b),
        classes: classes.get(row.id) ?? [],
        timing: row.followsPlan ? { start: row.start, end: row.end, allDay: row.allDay } : null,
      },
    }));
  }

  private fieldsOf(row: EventRow): Field[] {
    return row.followsPlan
      ? ['timing', 'title', 'venue', 'classes', 'partners']
      : ['title', 'venue', 'classes', 'partners'];
  }

  /** The events whose fields, changed on the calendar by hand, the item's change would overwrite. */
  handEdits(itemId: number, before: PlanEventValues, after: PlanEventValues): HandEdit[] {
    const names = this.partnerNames();
    const text = (field: Field, v: PlanEventValues): string => {
      switch (field) {
        case 'title':
          return v.title;
        case 'venue':
          return v.venue || '—';
        case 'classes':
          return v.classes.join(', ') || '—';
        case 'partners':
          return v.partnerIds.map((id) => names.get(id) ?? '').join(', ') || '—';
        case 'timing':
          return timingText(v.timing);
      }
    };
    const found: HandEdit[] = [];
    for (const { row, values } of this.following(itemId)) {
      const changes = this.fieldsOf(row)
        .filter((field) => outcomeOf(field, values, before, after) === 'handEdited')
        .map((field) => ({ label: LABELS[field], calendar: text(field, values), plan: text(field, after) }));
      if (changes.length > 0) {
        found.push({
          eventId: row.id,
          title: row.title,
          when: timingText({ start: row.start, end: row.end, allDay: row.allDay }),
          changes,
        });
      }
    }
    return found;
  }

  /**
   * Brings the item's events not yet held in line with its change; where a field was changed by hand, `winner`
   * decides. The event that follows the item's day leaves the calendar when the item keeps only a month (or stays,
   * no longer following, where its day was set by hand and the calendar wins). The caller holds the transaction.
   */
  follow(itemId: number, before: PlanEventValues, after: PlanEventValues, winner: HandEditWinner, stamp: string): void {
    for (const { row, values } of this.following(itemId)) {
      const next = { ...values };
      let changed = false;
      let followsPlan = row.followsPlan;
      let remove = false;
      for (const field of this.fieldsOf(row)) {
        const outcome = outcomeOf(field, values, before, after);
        if (outcome === 'unchanged' || (outcome === 'handEdited' && winner === 'calendar')) {
          if (outcome === 'handEdited' && field === 'timing' && after.timing === null) followsPlan = false;
          continue;
        }
        if (same(field, values, after)) continue;
        if (field === 'timing' && after.timing === null) {
          remove = true;
          continue;
        }
        changed = true;
        if (field === 'title') next.title = after.title;
        if (field === 'venue') next.venue = after.venue;
        if (field === 'classes') next.classes = after.classes;
        if (field === 'partners') next.partnerIds = after.partnerIds;
        if (field === 'timing') next.timing = after.timing;
      }
      if (remove && row.status === 'planned') {
        deleteEventRow(this.db, row.id);
        continue;
      }
      if (remove) followsPlan = false;
      if (!changed && followsPlan === row.followsPlan) continue;
      const timing = next.timing ?? { start: row.start, end: row.end, allDay: row.allDay };
      updateEventRow(this.db, row.id, { ...row, title: next.title, venue: next.venue, ...timing, followsPlan }, stamp);
      if (!sameList(next.partnerIds, values.partnerIds)) setEventPartners(this.db, row.id, next.partnerIds);
      if (!sameList(next.classes, values.classes)) setEventClasses(this.db, row.id, next.classes);
      if (changed) {
        const moved = timing.start !== row.start;
        addHistory(
          this.db,
          row.id,
          historyEntry('edited', moved ? row.start : null, moved ? timing.start : null, 'Изменено по плану'),
          stamp,
        );
      }
    }
  }

  /**
   * Deletes the item's events not yet held (planned, moved, cancelled); a held occurrence of a series that goes
   * stays as an event of its own. Answers the ids of the rows deleted. The caller holds the transaction.
   */
  removeUnheld(itemId: number): number[] {
    const rows = planItemEventRows(this.db, itemId);
    const deleted: number[] = [];
    for (const row of rows) {
      if (row.status === 'held' || (row.seriesId !== null && rows.some((r) => r.id === row.seriesId))) continue;
      if (row.rrule !== null) {
        // Occurrences edited apart go with their series, unless they were held: those are kept on their own.
        detachHeldOccurrences(this.db, row.id);
        deleted.push(...listOverrideRows(this.db, row.id).map((r) => r.id));
      }
      deleteEventRow(this.db, row.id);
      deleted.push(row.id);
    }
    return deleted;
  }

  private partnerNames(): Map<number, string> {
    return partnerShortNames(this.db);
  }
}

function historyEntry(kind: 'created' | 'edited', fromStart: string | null, toStart: string | null, note: string) {
  return {
    kind,
    fromStart,
    toStart,
    fromStatus: null,
    toStatus: kind === 'created' ? 'planned' : null,
    note,
  };
}
