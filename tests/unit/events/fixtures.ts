import type { AppCore } from '../../../src-main/app-core';
import type { EventDetail, EventFields } from '../../../src-main/contract/events';
import { call } from '../../kit';

/** A single timed event with nothing but a title, to be patched. */
export function eventFields(patch: Partial<EventFields> = {}): EventFields {
  return {
    title: 'Встреча с инспектором ГИБДД',
    start: '2026-12-01T10:00',
    end: '2026-12-01T11:00',
    allDay: false,
    venue: '',
    partnerIds: [],
    classes: [],
    planItemId: null,
    rrule: null,
    notes: '',
    ...patch,
  };
}

export function createEvent(app: AppCore, patch: Partial<EventFields> = {}): Promise<EventDetail> {
  return call(app, 'events:create', eventFields(patch));
}

/** A weekly club on Tuesdays at 15:00–16:00 from 6 October to 24 November 2026 (8 meetings). */
export function createWeeklyClub(app: AppCore, patch: Partial<EventFields> = {}): Promise<EventDetail> {
  return createEvent(app, {
    title: 'Кружок «Юный пожарный»',
    start: '2026-10-06T15:00',
    end: '2026-10-06T16:00',
    rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261124',
    classes: ['5А'],
    venue: 'Кабинет ОБЖ',
    ...patch,
  });
}

/** The starts of the occurrences in a range, in order. */
export async function startsIn(app: AppCore, from: string, to: string): Promise<string[]> {
  return (await call(app, 'events:range', { from, to })).map((o) => o.start);
}
