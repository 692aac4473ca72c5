import { describe, expect, it } from 'vitest';
import { venueKey } from '../../../src-main/events/conflicts';
import { call, useCores } from '../../kit';
import { createEvent, createWeeklyClub } from './fixtures';

const core = useCores();

const check = { classes: [] as string[], venue: '' };

describe('conflicts', () => {
  it('warns when a class is booked twice at overlapping times, and not for back-to-back events', async () => {
    const app = await core();
    const lesson = await createEvent(app, {
      title: 'Урок безопасности',
      start: '2026-12-01T10:00',
      end: '2026-12-01T11:00',
      classes: ['5А', '6Б'],
    });
    const found = await call(app, 'events:conflicts', {
      ...check,
      start: '2026-12-01T10:30',
      end: '2026-12-01T12:00',
      classes: ['6Б', '7В'],
    });
    expect(found).toEqual([
      {
        eventId: lesson.id,
        title: 'Урок безопасности',
        start: '2026-12-01T10:00',
        end: '2026-12-01T11:00',
        reason: 'class',
        what: '6Б',
      },
    ]);
    const after = await call(app, 'events:conflicts', {
      ...check,
      start: '2026-12-01T11:00',
      end: '2026-12-01T12:00',
      classes: ['6Б'],
    });
    expect(after).toEqual([]);
  });

  it('compares venues without case and spaces', async () => {
    const app = await core();
    await createEvent(app, { start: '2026-12-01T10:00', end: '2026-12-01T11:00', venue: 'Актовый зал' });
    const found = await call(app, 'events:conflicts', {
      ...check,
      start: '2026-12-01T09:00',
      end: '2026-12-01T10:30',
      venue: ' актовый  ЗАЛ',
    });
    expect(found.map((c) => [c.reason, c.what])).toEqual([['venue', 'Актовый зал']]);
    expect(venueKey('Актовый  зал')).toBe(venueKey('актовыйзал'));
    expect(venueKey('Актовый зал')).not.toBe(venueKey('Спортивный зал'));
  });

  it('takes an all-day event to book its days whole', async () => {
    const app = await core();
    const trip = await createEvent(app, {
      title: 'Экскурсия в музей',
      start: '2026-12-02',
      end: '2026-12-03',
      allDay: true,
      classes: ['8А'],
    });
    const during = await call(app, 'events:conflicts', {
      ...check,
      start: '2026-12-03T18:00',
      end: '2026-12-03T19:00',
      classes: ['8А'],
    });
    expect(during.map((c) => c.eventId)).toEqual([trip.id]);
    const dayAfter = await call(app, 'events:conflicts', {
      ...check,
      start: '2026-12-04T00:00',
      end: '2026-12-04T01:00',
      classes: ['8А'],
    });
    expect(dayAfter).toEqual([]);
    const allDay = await call(app, 'events:conflicts', {
      ...check,
      start: '2026-12-01',
      end: '2026-12-02',
      classes: ['8А'],
    });
    expect(allDay).toHaveLength(1);
  });

  it('finds occurrences of a series, but not its deleted ones', async () => {
    const app = await core();
    const club = await createWeeklyClub(app);
    const found = await call(app, 'events:conflicts', {
      ...check,
      start: '2026-11-17T15:30',
      end: '2026-11-17T17:00',
      classes: ['5А'],
      venue: 'кабинет обж',
    });
    expect(found.map((c) => [c.eventId, c.start, c.reason])).toEqual([
      [club.id, '2026-11-17T15:00', 'class'],
      [club.id, '2026-11-17T15:00', 'venue'],
    ]);
    await call(app, 'events:delete', { id: club.id, scope: 'one', occurrenceStart: '2026-11-17T15:00' });
    expect(
      await call(app, 'events:conflicts', {
        ...check,
        start: '2026-11-17T15:30',
        end: '2026-11-17T17:00',
        classes: ['5А'],
      }),
    ).toEqual([]);
  });

  it('ignores cancelled events and the event itself', async () => {
    const app = await core();
    const first = await createEvent(app, { start: '2026-12-01T10:00', end: '2026-12-01T11:00', classes: ['5А'] });
    const second = await createEvent(app, { start: '2026-12-01T10:00', end: '2026-12-01T11:00', classes: ['5А'] });
    const booking = { ...check, start: '2026-12-01T10:00', end: '2026-12-01T11:00', classes: ['5А'] };
    expect((await call(app, 'events:conflicts', { ...booking, excludeId: first.id })).map((c) => c.eventId)).toEqual([
      second.id,
    ]);
    await call(app, 'events:setStatus', { id: second.id, status: 'cancelled', reason: 'Перенесли в другой класс' });
    expect(await call(app, 'events:conflicts', { ...booking, excludeId: first.id })).toEqual([]);
    const club = await createWeeklyClub(app);
    const ownSeries = await call(app, 'events:conflicts', {
      ...check,
      start: '2026-11-17T15:00',
      end: '2026-11-17T16:00',
      classes: ['5А'],
      excludeId: club.id,
    });
    expect(ownSeries).toEqual([]);
  });
});
