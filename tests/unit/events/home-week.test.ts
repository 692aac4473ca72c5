import { describe, expect, it } from 'vitest';
import { plannedEventsAfter } from '../../../src-main/events/occurrences';
import { call, partnerId, useCores } from '../../kit';
import { createEvent } from './fixtures';

const core = useCores();

// The clock of the tests reads Thursday, 26 November 2026, 10:00: the week runs from Monday 23 to Sunday 29.
describe('Главная', () => {
  it('lists this week’s occurrences, Monday to Sunday, and past ones not yet marked held', async () => {
    const app = await core();
    const at = (title: string, start: string, end: string, allDay = false) =>
      createEvent(app, { title, start, end, allDay });
    await at('Воскресенье до недели', '2026-11-22T12:00', '2026-11-22T13:00');
    await at('Понедельник', '2026-11-23T09:00', '2026-11-23T10:00');
    await at('Сегодня утром', '2026-11-26T09:00', '2026-11-26T09:30');
    await at('Сегодня сейчас', '2026-11-26T10:00', '2026-11-26T11:00');
    await at('Воскресенье, весь день', '2026-11-29', '2026-11-29', true);
    await at('Следующий понедельник', '2026-11-30T09:00', '2026-11-30T10:00');
    const held = await at('Проведённое', '2026-11-24T09:00', '2026-11-24T10:00');
    await call(app, 'events:setStatus', { id: held.id, status: 'held', reason: '' });
    const cancelled = await at('Отменённое', '2026-11-25T09:00', '2026-11-25T10:00');
    await call(app, 'events:setStatus', { id: cancelled.id, status: 'cancelled', reason: 'Карантин' });
    const moved = await at('Перенесённое', '2026-11-10T09:00', '2026-11-10T10:00');
    await call(app, 'events:reschedule', {
      id: moved.id,
      start: '2026-11-12T09:00',
      end: '2026-11-12T10:00',
      note: '',
    });
    const club = await createEvent(app, {
      title: 'Кружок',
      start: '2026-11-17T15:00',
      end: '2026-11-17T16:00',
      rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3',
    });

    const { thisWeek, overdue, overdueTotal } = await call(app, 'home:week', {});
    expect(thisWeek.map((o) => o.title)).toEqual([
      'Понедельник',
      'Проведённое',
      'Кружок',
      'Отменённое',
      'Сегодня утром',
      'Сегодня сейчас',
      'Воскресенье, весь день',
    ]);
    expect(overdue.map((o) => [o.title, o.start])).toEqual([
      ['Перенесённое', '2026-11-12T09:00'],
      ['Кружок', '2026-11-17T15:00'],
      ['Воскресенье до недели', '2026-11-22T12:00'],
      ['Понедельник', '2026-11-23T09:00'],
      ['Кружок', '2026-11-24T15:00'],
      ['Сегодня утром', '2026-11-26T09:00'],
    ]);
    expect(overdueTotal).toBe(6);
    expect(overdue.find((o) => o.title === 'Кружок')?.key).toBe(`${club.id}@2026-11-17T15:00`);

    // Years of unmarked events are counted, and only the latest are drawn.
    const latest = await call(app, 'home:week', { overdueShown: 2 });
    expect(latest.overdue.map((o) => o.start)).toEqual(['2026-11-24T15:00', '2026-11-26T09:00']);
    expect(latest.overdueTotal).toBe(6);
  });

  it('shows the latest 20 past unmarked events at first, of all there are', async () => {
    const app = await core();
    for (let day = 1; day <= 25; day += 1) {
      const date = `2026-10-${String(day).padStart(2, '0')}`;
      await createEvent(app, { title: `Событие ${day}`, start: `${date}T09:00`, end: `${date}T10:00` });
    }
    const { overdue, overdueTotal } = await call(app, 'home:week', {});
    expect(overdueTotal).toBe(25);
    expect(overdue.map((o) => o.title)).toEqual(Array.from({ length: 20 }, (_, i) => `Событие ${i + 6}`));
    await expect(call(app, 'home:week', { overdueShown: 0 })).rejects.toThrow('Не меньше 1');
  });
});

describe('planned events after a date', () => {
  it('counts a partner’s occurrences still to be held after the date, series included, cancelled and held not', async () => {
    const app = await core();
    const gibdd = partnerId(app, 'ГИБДД');
    const mchs = partnerId(app, 'МЧС');
    await createEvent(app, { start: '2026-12-01T10:00', end: '2026-12-01T11:00', partnerIds: [gibdd, mchs] });
    await createEvent(app, { start: '2026-08-31T10:00', end: '2026-08-31T11:00', partnerIds: [gibdd] });
    const club = await createEvent(app, {
      start: '2026-11-03T15:00',
      end: '2026-11-03T16:00',
      partnerIds: [gibdd],
      rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=6',
    });
    await call(app, 'events:setStatus', {
      id: club.id,
      occurrenceStart: '2026-12-01T15:00',
      status: 'cancelled',
      reason: 'Каникулы',
    });
    await call(app, 'events:setStatus', {
      id: club.id,
      occurrenceStart: '2026-11-03T15:00',
      status: 'held',
      reason: '',
    });
    // After 31 August: the single event of 1 December and the club's five occurrences left, less the cancelled one.
    expect(plannedEventsAfter(app.db, gibdd, '2026-08-31')).toBe(5);
    expect(plannedEventsAfter(app.db, gibdd, '2026-11-30')).toBe(2);
    expect(plannedEventsAfter(app.db, mchs, '2026-11-30')).toBe(1);
    expect(plannedEventsAfter(app.db, mchs, '2026-12-01')).toBe(0);
  });
});
