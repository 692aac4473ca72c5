import type { EventDetail, EventFields } from '@contract/events';
import { fromRrule, toRrule, type Recurrence } from './recurrence';
import type { When } from './WhenFields';

/** What the event dialog edits: the contract's fields, with the recurrence as choices rather than an RRULE. */
export interface EventFormValues extends When {
  title: string;
  venue: string;
  partnerIds: string[];
  classes: string[];
  recurrence: Recurrence;
  notes: string;
  planItemId: number | null;
}

export function blankFormValues(when: When): EventFormValues {
  return {
    ...when,
    title: '',
    venue: '',
    partnerIds: [],
    classes: [],
    recurrence: { kind: 'none' },
    notes: '',
    planItemId: null,
  };
}

/** The form for a stored event; `shown` is the occurrence the office opened, whose dates the form shows. */
export function formValuesOf(detail: EventDetail, shown: When, seriesRule: string | null): EventFormValues {
  return {
    start: shown.start,
    end: shown.end,
    allDay: shown.allDay,
    title: detail.title,
    venue: detail.venue,
    partnerIds: detail.partnerIds.map(String),
    classes: detail.classes,
    recurrence: fromRrule(seriesRule),
    notes: detail.notes,
    planItemId: detail.planItemId,
  };
}

/** The fields to save for one event (or one occurrence): no rule. */
export function singleFields(v: EventFormValues): EventFields {
  return {
    title: v.title,
    start: v.start,
    end: v.end,
    allDay: v.allDay,
    venue: v.venue,
    partnerIds: v.partnerIds.map(Number),
    classes: v.classes,
    planItemId: v.planItemId,
    rrule: null,
    notes: v.notes,
  };
}

/** The fields to save for a new event or a whole series: its rule, counted from its start. */
export function seriesFields(v: EventFormValues): EventFields {
  return { ...singleFields(v), rrule: toRrule(v.recurrence, v.start) };
}
