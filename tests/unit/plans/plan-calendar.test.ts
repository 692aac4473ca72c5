import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../../src-main/app-core';
import { academicYearOf, academicYearStart, localIsoDate } from '../../../src-main/contract/academic-year';
import { migrations } from '../../../src-main/db/migrations';
import { planOnCalendar } from '../../../src-main/db/migrations/011-plan-on-calendar';
import { addItem, fieldsOf } from './fixtures';
import { call, partnerId, useCores, useTempDirs } from '../../kit';

const core = useCores();
const tempDir = useTempDirs();
const YEAR = '2026/2027';

async function withPlan(): Promise<AppCore> {
  const app = await core();
  await call(app, 'plans:create', { year: YEAR, copyFrom: null });
  return app;
}

/** The occurrences of a plan item between two days. */
async function eventsOf(app: AppCore, itemId: number, from = '2026-09-01', to = '2027-08-31') {
  return (await call(app, 'events:range', { from, to })).filter((o) => o.planItemId === itemId);
}

async function onlyEventOf(app: AppCore, itemId: number) {
  const [event, ...more] = await eventsOf(app, itemId);
  expect(more).toEqual([]);
  if (!event) throw new Error('the item is not on the calendar');
  return event;
}

describe('a plan item with a day', () => {
  it('is on the calendar as soon as it is saved, with its time, place, classes, partners and the responsible', async () => {
    const app = await withPlan();
    const gibdd = partnerId(app, 'ГИБДД');
    const item = await addItem(app, YEAR, {
      dateFrom: '2026-12-08',
      timeFrom: '10:00',
      timeTo: '11:30',
      partnerIds: [gibdd],
      participants: [
        { kind: 'class', value: '6Б' },
        { kind: 'class', value: '5А' },
        { kind: 'parents', value: '' },
      ],
      venueNote: 'Актовый зал',
      responsibleSchool: 'Петрова А.С.',
      responsiblePartner: 'Инспектор Сидоров',
    });

    expect(item.eventsCount).toBe(1);
    const event = await onlyEventOf(app, item.id);
    expect(event).toMatchObject({
      title: 'Беседа о безопасности на дорогах',
      start: '2026-12-08T10:00',
      end: '2026-12-08T11:30',
      allDay: false,
      status: 'planned',
      venue: 'Актовый зал',
      classes: ['5А', '6Б'],
      partnerIds: [gibdd],
    });
    const detail = await call(app, 'events:get', { id: event.eventId });
    expect(detail.plan).toEqual({
      itemId: item.id,
      year: YEAR,
      responsibleSchool: 'Петрова А.С.',
      responsiblePartner: 'Инспектор Сидоров',
      followsPlan: true,
    });
    expect(detail.history).toMatchObject([{ kind: 'created', note: 'Из плана совместной деятельности' }]);
  });

  it('is an hour long when the plan gives no end; a day without a time and a range of days are all-day', async () => {
    const app = await withPlan();
    const noEnd = await addItem(app, YEAR, { dateFrom: '2026-12-08', timeFrom: '23:30' });
    const noTime = await addItem(app, YEAR, { dateFrom: '2026-12-09', timeFrom: null });
    const range = await addItem(app, YEAR, { timing: 'range', dateFrom: '2026-12-14', dateTo: '2026-12-18' });
    expect(await onlyEventOf(app, noEnd.id)).toMatchObject({ start: '2026-12-08T23:30', end: '2026-12-08T23:59' });
    expect(await onlyEventOf(app, noTime.id)).toMatchObject({ start: '2026-12-09', end: '2026-12-09', allDay: true });
    expect(await onlyEventOf(app, range.id)).toMatchObject({ start: '2026-12-14', end: '2026-12-18', allDay: true });
  });

  it('with only a month stays off the calendar, a task of its month on Главная until it is given a day', async () => {
    const app = await withPlan();
    const month = { timing: 'month' as const, dateFrom: null, timeFrom: null };
    const task = await addItem(app, YEAR, { ...month, title: 'Экскурсия в музей', month: '2026-11' });
    await addItem(app, YEAR, { ...month, title: 'Декабрьская акция', month: '2026-12' });
    expect(task.eventsCount).toBe(0);
    expect(await eventsOf(app, task.id)).toEqual([]);
    // Today is 26 November 2026.
    expect((await call(app, 'plans:monthTasks', {})).map((i) => i.title)).toEqual(['Экскурсия в музей']);

    const dated = await call(app, 'planItems:update', {
      id: task.id,
      fields: { ...fieldsOf(task), timing: 'exact', month: null, dateFrom: '2026-11-27', timeFrom: '09:00' },
    });
    expect(dated.saved && dated.item.eventsCount).toBe(1);
    expect(await onlyEventOf(app, task.id)).toMatchObject({ start: '2026-11-27T09:00', end: '2026-11-27T10:00' });
    expect(await call(app, 'plans:monthTasks', {})).toEqual([]);
  });

  it('may still have further events or a series made from it, which the item counts', async () => {
    const app = await withPlan();
    const item = await addItem(app, YEAR, { dateFrom: '2026-12-08' });
    await call(app, 'planItems:generateEvents', {
      id: item.id,
      start: '2026-12-15T10:00',
      end: '2026-12-15T11:00',
      allDay: false,
      rrule: 'FREQ=WEEKLY;COUNT=3',
    });
    expect((await eventsOf(app, item.id)).map((o) => o.start)).toEqual([
      '2026-12-08T10:00',
      '2026-12-15T10:00',
      '2026-12-22T10:00',
      '2026-12-29T10:00',
    ]);
    expect((await call(app, 'plans:get', { year: YEAR })).items[0]?.eventsCount).toBe(2);
  });
});

describe('changing a plan item', () => {
  it('changes its events not yet held: the day and time, place, classes and partners', async () => {
    const app = await withPlan();
    const gibdd = partnerId(app, 'ГИБДД');
    const mchs = partnerId(app, 'МЧС');
    const item = await addItem(app, YEAR, { dateFrom: '2026-12-08', partnerIds: [gibdd] });
    const series = await call(app, 'planItems:generateEvents', {
      id: item.id,
      start: '2027-01-19T15:00',
      end: '2027-01-19T16:00',
      allDay: false,
      rrule: 'FREQ=WEEKLY;COUNT=2',
    });

    const saved = await call(app, 'planItems:update', {
      id: item.id,
      fields: {
        ...fieldsOf(item),
        dateFrom: '2026-12-10',
        timeFrom: '12:00',
        timeTo: '13:00',
        venueNote: 'Спортзал',
        participants: [{ kind: 'class', value: '7В' }],
        partnerIds: [gibdd, mchs],
      },
    });
    expect(saved.saved).toBe(true);
    const events = await eventsOf(app, item.id);
    expect(events.map((o) => [o.start, o.end, o.venue, o.classes, [...o.partnerIds].sort()])).toEqual([
      ['2026-12-10T12:00', '2026-12-10T13:00', 'Спортзал', ['7В'], [gibdd, mchs].sort()],
      // The series keeps its own days; it follows the place, classes and partners.
      ['2027-01-19T15:00', '2027-01-19T16:00', 'Спортзал', ['7В'], [gibdd, mchs].sort()],
      ['2027-01-26T15:00', '2027-01-26T16:00', 'Спортзал', ['7В'], [gibdd, mchs].sort()],
    ]);
    const first = await call(app, 'events:get', { id: events[0]?.eventId ?? 0 });
    expect(first.history.at(-1)).toMatchObject({
      kind: 'edited',
      fromStart: '2026-12-08T10:00',
      toStart: '2026-12-10T12:00',
      note: 'Изменено по плану',
    });
    expect((await call(app, 'events:get', { id: series.id })).history.at(-1)).toMatchObject({
      kind: 'edited',
      fromStart: null,
    });
  });

  it('leaves a held event as it was held', async () => {
    const app = await withPlan();
    const item = await addItem(app, YEAR, { dateFrom: '2026-11-10', venueNote: 'Актовый зал' });
    const { eventId } = await onlyEventOf(app, item.id);
    await call(app, 'events:setStatus', { id: eventId, status: 'held', reason: '' });

    const saved = await call(app, 'planItems:update', {
      id: item.id,
      fields: { ...fieldsOf(item), dateFrom: '2026-11-12', venueNote: 'Спортзал' },
    });
    expect(saved.saved).toBe(true);
    expect(await onlyEventOf(app, item.id)).toMatchObject({
      start: '2026-11-10T10:00',
      venue: 'Актовый зал',
      status: 'held',
    });
  });

  it('asks which wins where an event was changed on the calendar by hand, and saves nothing until told', async () => {
    const app = await withPlan();
    const item = await addItem(app, YEAR, { dateFrom: '2026-12-08', venueNote: 'Актовый зал' });
    const { eventId } = await onlyEventOf(app, item.id);
    // Moved on the calendar by hand, from Tuesday to Wednesday.
    await call(app, 'events:move', { id: eventId, start: '2026-12-09T10:00', end: '2026-12-09T11:00' });
    const fields = { ...fieldsOf(item), dateFrom: '2026-12-15', venueNote: 'Спортзал' };

    const asked = await call(app, 'planItems:update', { id: item.id, fields });
    expect(asked).toEqual({
      saved: false,
      handEdited: [
        {
          eventId,
          title: 'Беседа о безопасности на дорогах',
          when: '09.12.2026, 10:00–11:00',
          changes: [{ label: 'Дата и время', calendar: '09.12.2026, 10:00–11:00', plan: '15.12.2026, 10:00–11:00' }],
        },
      ],
    });
    // Nothing saved: neither the item nor its event.
    expect((await call(app, 'plans:get', { year: YEAR })).items[0]?.dateFrom).toBe('2026-12-08');
    expect(await onlyEventOf(app, item.id)).toMatchObject({ start: '2026-12-09T10:00', venue: 'Актовый зал' });

    // The calendar wins: the day set by hand stays; the place, not changed by hand, follows the plan.
    const kept = await call(app, 'planItems:update', { id: item.id, fields, handEdits: 'calendar' });
    expect(kept.saved && kept.item.dateFrom).toBe('2026-12-15');
    expect(await onlyEventOf(app, item.id)).toMatchObject({ start: '2026-12-09T10:00', venue: 'Спортзал' });

    // The next change asks again, as the day still differs from the plan's; the plan wins this time.
    const later = { ...fields, dateFrom: '2026-12-16' };
    const again = await call(app, 'planItems:update', { id: item.id, fields: later });
    expect(again.saved).toBe(false);
    await call(app, 'planItems:update', { id: item.id, fields: later, handEdits: 'plan' });
    expect(await onlyEventOf(app, item.id)).toMatchObject({ start: '2026-12-16T10:00', venue: 'Спортзал' });
  });

  it('does not ask when the hand-changed field is not what the plan changes, or already is the plan’s new value', async () => {
    const app = await withPlan();
    const item = await addItem(app, YEAR, { dateFrom: '2026-12-08', venueNote: 'Актовый зал' });
    const { eventId } = await onlyEventOf(app, item.id);
    const detail = await call(app, 'events:get', { id: eventId });
    await call(app, 'events:update', {
      id: eventId,
      scope: 'one',
      fields: {
        title: detail.title,
        start: detail.start,
        end: detail.end,
        allDay: detail.allDay,
        venue: 'Спортзал',
        partnerIds: detail.partnerIds,
        classes: detail.classes,
        planItemId: detail.planItemId,
        rrule: null,
        notes: '',
      },
    });
    const moved = await call(app, 'planItems:update', {
      id: item.id,
      fields: { ...fieldsOf(item), dateFrom: '2026-12-10' },
    });
    expect(moved.saved).toBe(true);
    expect(await onlyEventOf(app, item.id)).toMatchObject({ start: '2026-12-10T10:00', venue: 'Спортзал' });
    const same = await call(app, 'planItems:update', {
      id: item.id,
      fields: { ...fieldsOf(item), dateFrom: '2026-12-10', venueNote: 'Спортзал' },
    });
    expect(same.saved).toBe(true);
  });

  it('to only a month takes its untouched event off the calendar, and keeps one whose day was set by hand if told', async () => {
    const app = await withPlan();
    const month = { timing: 'month' as const, month: '2026-12', dateFrom: null, timeFrom: null };
    const plain = await addItem(app, YEAR, { dateFrom: '2026-12-08' });
    await call(app, 'planItems:update', { id: plain.id, fields: { ...fieldsOf(plain), ...month } });
    expect(await eventsOf(app, plain.id)).toEqual([]);

    const handMoved = await addItem(app, YEAR, { dateFrom: '2026-12-08', title: 'Перенесённое' });
    const { eventId } = await onlyEventOf(app, handMoved.id);
    await call(app, 'events:move', { id: eventId, start: '2026-12-11T10:00', end: '2026-12-11T11:00' });
    const asked = await call(app, 'planItems:update', {
      id: handMoved.id,
      fields: { ...fieldsOf(handMoved), ...month },
    });
    expect(asked.saved === false && asked.handEdited[0]?.changes).toEqual([
      {
        label: 'Дата и время',
        calendar: '11.12.2026, 10:00–11:00',
        plan: 'только месяц — мероприятие уйдёт из календаря',
      },
    ]);
    await call(app, 'planItems:update', {
      id: handMoved.id,
      fields: { ...fieldsOf(handMoved), ...month },
      handEdits: 'calendar',
    });
    expect(await onlyEventOf(app, handMoved.id)).toMatchObject({ start: '2026-12-11T10:00' });
    expect((await call(app, 'events:get', { id: eventId })).plan?.followsPlan).toBe(false);
  });
});

describe('deleting a plan item', () => {
  async function itemWithEvents(app: AppCore) {
    const item = await addItem(app, YEAR, { dateFrom: '2026-11-10' });
    const { eventId: held } = await onlyEventOf(app, item.id);
    await call(app, 'events:setStatus', { id: held, status: 'held', reason: '' });
    const series = await call(app, 'planItems:generateEvents', {
      id: item.id,
      start: '2026-11-17T15:00',
      end: '2026-11-17T16:00',
      allDay: false,
      rrule: 'FREQ=WEEKLY;COUNT=4',
    });
    // One occurrence of the series held: a row of its own.
    const heldOccurrence = await call(app, 'events:setStatus', {
      id: series.id,
      status: 'held',
      reason: '',
      occurrenceStart: '2026-11-24T15:00',
    });
    const planned = await call(app, 'planItems:generateEvents', {
      id: item.id,
      start: '2026-12-20T10:00',
      end: '2026-12-20T11:00',
      allDay: false,
      rrule: null,
    });
    return { item, held, series: series.id, heldOccurrence: heldOccurrence.id, planned: planned.id };
  }

  it('with «delete» deletes its events not yet held and keeps the held ones, outside the plan', async () => {
    const app = await withPlan();
    const { item, held, heldOccurrence } = await itemWithEvents(app);
    expect((await call(app, 'plans:get', { year: YEAR })).items[0]).toMatchObject({
      eventsCount: 3,
      heldCount: 2,
      unheldCount: 2,
    });
    await call(app, 'planItems:delete', { id: item.id, events: 'delete' });
    const left = await call(app, 'events:range', { from: '2026-09-01', to: '2027-08-31' });
    expect(left.map((o) => [o.eventId, o.start, o.status, o.planItemId, o.seriesId])).toEqual([
      [held, '2026-11-10T10:00', 'held', null, null],
      [heldOccurrence, '2026-11-24T15:00', 'held', null, null],
    ]);
  });

  it('with «keep» (the default) keeps every event, as events outside the plan', async () => {
    const app = await withPlan();
    const { item } = await itemWithEvents(app);
    const before = (await call(app, 'events:range', { from: '2026-09-01', to: '2027-08-31' })).length;
    await call(app, 'planItems:delete', { id: item.id, events: 'keep' });
    const left = await call(app, 'events:range', { from: '2026-09-01', to: '2027-08-31' });
    expect(left).toHaveLength(before);
    expect(left.every((o) => o.planItemId === null)).toBe(true);
  });
});

describe('a series in the school holidays', () => {
  it('names its occurrences that fall into the holidays of Настройки, and skips them when asked', async () => {
    const app = await core();
    // Weekly on Tuesdays from 20 October to 10 November 2026; the autumn holidays are 26.10–03.11.
    const series = await call(app, 'events:create', {
      title: 'Кружок «Юный инспектор»',
      start: '2026-10-20T15:00',
      end: '2026-10-20T16:00',
      allDay: false,
      venue: '',
      partnerIds: [],
      classes: [],
      planItemId: null,
      rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261110',
      notes: '',
    });
    expect(series.holidayClashes).toEqual([
      { start: '2026-10-27T15:00', holiday: 'Осенние каникулы' },
      { start: '2026-11-03T15:00', holiday: 'Осенние каникулы' },
    ]);

    const skipped = await call(app, 'events:skipHolidays', { id: series.id });
    expect(skipped.holidayClashes).toEqual([]);
    const starts = (await call(app, 'events:range', { from: '2026-10-01', to: '2026-11-30' })).map((o) => o.start);
    expect(starts).toEqual(['2026-10-20T15:00', '2026-11-10T15:00']);
    expect(skipped.history.at(-1)?.note).toBe('Пропущены дни каникул: 27.10.2026, 03.11.2026');
  });

  it('follows the holidays as Настройки keep them, and a single event has none to name', async () => {
    const app = await core();
    await call(app, 'settings:saveCalendar', {
      holidays: [{ name: 'Дополнительные', from: '2026-10-21', to: '2026-10-21' }],
    });
    const fields = {
      title: 'Зарядка',
      start: '2026-10-19',
      end: '2026-10-19',
      allDay: true,
      venue: '',
      partnerIds: [],
      classes: [],
      planItemId: null,
      rrule: 'FREQ=DAILY;COUNT=5',
      notes: '',
    };
    const daily = await call(app, 'events:create', fields);
    expect(daily.holidayClashes).toEqual([{ start: '2026-10-21', holiday: 'Дополнительные' }]);
    const single = await call(app, 'events:create', { ...fields, rrule: null, start: '2026-10-21', end: '2026-10-21' });
    expect(single.holidayClashes).toEqual([]);
    expect(await app.dispatch('events:skipHolidays', { id: single.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });
});

describe('migration 011', () => {
  it('puts the existing dated items of this year that have no event on the calendar, once, with their partners and classes', () => {
    // The migration reads the real clock: the dates are in the academic year of today, and one three years before.
    const start = academicYearStart(academicYearOf(localIsoDate(new Date())));
    const day = (iso: string) => `${start}${iso.slice(4)}`;
    const db = new Database(join(tempDir(), 'old.sqlite'));
    for (const m of migrations.filter((m) => m.version < planOnCalendar.version)) m.up(db);
    const stamp = '2026-09-01T00:00:00.000Z';
    db.prepare(`INSERT INTO partner_categories (id, name, position) VALUES (1, 'Безопасность', 1)`).run();
    db.prepare(
      `INSERT INTO partners (id, full_name, category_id, created_at, updated_at) VALUES (7, 'ГИБДД', 1, ?, ?)`,
    ).run(stamp, stamp);
    db.prepare(`INSERT INTO plans (id, year, created_at, updated_at) VALUES (1, '2026/2027', ?, ?)`).run(stamp, stamp);
    const item = (timing: string, dates: unknown[], title: string) =>
      db
        .prepare(
          `INSERT INTO plan_items (plan_id, title, timing, month, date_from, date_to, time_from, time_to, venue_note,
                                   created_at, updated_at)
           VALUES (1, ?, ?, ?, ?, ?, ?, ?, 'Актовый зал', ?, ?) RETURNING id`,
        )
        .pluck()
        .get(title, timing, ...dates, stamp, stamp) as number;
    const timed = item('exact', [null, day('2026-12-08'), null, '22:30', null], 'Вечер');
    const range = item('range', [null, day('2026-12-14'), day('2026-12-18'), null, null], 'Неделя');
    item('month', [day('2026-12'), null, null, null, null], 'Месяц');
    const withEvent = item('exact', [null, day('2026-12-09'), null, null, null], 'Уже в календаре');
    item('exact', [null, `${start - 3}-12-08`, null, null, null], 'Три года назад');
    db.prepare('INSERT INTO plan_item_partners (item_id, partner_id) VALUES (?, 7)').run(timed);
    db.prepare(`INSERT INTO plan_item_participants (item_id, kind, value) VALUES (?, 'class', '5А')`).run(timed);
    db.prepare(
      `INSERT INTO events (plan_item_id, title, starts_at, ends_at, all_day, created_at, updated_at)
       VALUES (?, 'Уже в календаре', ?, ?, 1, ?, ?)`,
    ).run(withEvent, day('2026-12-10'), day('2026-12-10'), stamp, stamp);

    planOnCalendar.up(db);
    const rows = db
      .prepare(
        `SELECT plan_item_id AS itemId, starts_at AS start, ends_at AS end, all_day AS allDay, venue, follows_plan AS f
         FROM events ORDER BY id`,
      )
      .all();
    expect(rows).toEqual([
      { itemId: withEvent, start: day('2026-12-10'), end: day('2026-12-10'), allDay: 1, venue: '', f: 0 },
      {
        itemId: timed,
        start: day('2026-12-08T22:30'),
        end: day('2026-12-08T23:30'),
        allDay: 0,
        venue: 'Актовый зал',
        f: 1,
      },
      { itemId: range, start: day('2026-12-14'), end: day('2026-12-18'), allDay: 1, venue: 'Актовый зал', f: 1 },
    ]);
    const placed = rows[1] ? db.prepare('SELECT id FROM events WHERE plan_item_id = ?').pluck().get(timed) : 0;
    expect(db.prepare('SELECT partner_id FROM event_partners WHERE event_id = ?').pluck().all(placed)).toEqual([7]);
    expect(db.prepare('SELECT class_name FROM event_classes WHERE event_id = ?').pluck().all(placed)).toEqual(['5А']);
    expect(db.prepare('SELECT count(*) FROM event_history').pluck().get()).toBe(2);
    db.close();
  });
});
