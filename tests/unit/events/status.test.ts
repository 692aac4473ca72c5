import { describe, expect, it } from 'vitest';
import { call, useCores } from '../../kit';
import { createEvent, createWeeklyClub, startsIn } from './fixtures';

const core = useCores();

// The clock of the tests reads 26 November 2026, 10:00.
const PAST = { start: '2026-11-20T10:00', end: '2026-11-20T11:00' };
const FUTURE = { start: '2026-12-01T10:00', end: '2026-12-01T11:00' };

describe('the status of an event', () => {
  it('is planned when created, with the creation in its history', async () => {
    const app = await core();
    const event = await createEvent(app, PAST);
    expect(event).toMatchObject({ status: 'planned', cancelReason: '' });
    expect(event.history).toEqual([
      expect.objectContaining({ kind: 'created', toStart: PAST.start, toStatus: 'planned' }),
    ]);
  });

  it('becomes held on its day or later, never before', async () => {
    const app = await core();
    const past = await createEvent(app, PAST);
    const held = await call(app, 'events:setStatus', { id: past.id, status: 'held', reason: '' });
    expect(held.status).toBe('held');
    expect(held.history.at(-1)).toMatchObject({ kind: 'status', fromStatus: 'planned', toStatus: 'held' });
    const today = await createEvent(app, { start: '2026-11-26T15:00', end: '2026-11-26T16:00' });
    expect((await call(app, 'events:setStatus', { id: today.id, status: 'held', reason: '' })).status).toBe('held');
    const future = await createEvent(app, FUTURE);
    expect(await app.dispatch('events:setStatus', { id: future.id, status: 'held', reason: '' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/^Мероприятие ещё не наступило/) },
    });
  });

  it('is cancelled only with a reason, and a cancelled event is not held without being planned again', async () => {
    const app = await core();
    const event = await createEvent(app, PAST);
    expect(await app.dispatch('events:setStatus', { id: event.id, status: 'cancelled', reason: '' })).toMatchObject({
      ok: false,
      error: { fields: { reason: 'Укажите причину отмены' } },
    });
    const cancelled = await call(app, 'events:setStatus', { id: event.id, status: 'cancelled', reason: 'Карантин' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Карантин' });
    expect(await app.dispatch('events:setStatus', { id: event.id, status: 'held', reason: '' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/^Отменённое мероприятие нельзя сразу/) },
    });
    const planned = await call(app, 'events:setStatus', { id: event.id, status: 'planned', reason: '' });
    expect(planned).toMatchObject({ status: 'planned', cancelReason: '' });
    expect((await call(app, 'events:setStatus', { id: event.id, status: 'held', reason: '' })).status).toBe('held');
  });

  it('refuses to cancel a held event', async () => {
    const app = await core();
    const event = await createEvent(app, PAST);
    await call(app, 'events:setStatus', { id: event.id, status: 'held', reason: '' });
    expect(
      await app.dispatch('events:setStatus', { id: event.id, status: 'cancelled', reason: 'Ошибка' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/^Проведённое мероприятие нельзя отменить/) },
    });
  });

  it('marks one occurrence of a series held, not the whole series', async () => {
    const app = await core();
    const club = await createWeeklyClub(app);
    expect(await app.dispatch('events:setStatus', { id: club.id, status: 'held', reason: '' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const held = await call(app, 'events:setStatus', {
      id: club.id,
      occurrenceStart: '2026-11-17T15:00',
      status: 'held',
      reason: '',
    });
    expect(held).toMatchObject({ status: 'held', seriesId: club.id, originalStart: '2026-11-17T15:00' });
    const november = await call(app, 'events:range', { from: '2026-11-01', to: '2026-11-30' });
    expect(november.map((o) => o.status)).toEqual(['planned', 'planned', 'held', 'planned']);
  });

  it('cancels a whole series, which then books nothing', async () => {
    const app = await core();
    const club = await createWeeklyClub(app);
    await call(app, 'events:setStatus', { id: club.id, status: 'cancelled', reason: 'Руководитель в отпуске' });
    const november = await call(app, 'events:range', { from: '2026-11-01', to: '2026-11-30', statuses: ['cancelled'] });
    expect(november).toHaveLength(4);
    const booking = { start: '2026-11-17T15:00', end: '2026-11-17T16:00', classes: ['5А'], venue: 'Кабинет ОБЖ' };
    expect(await call(app, 'events:conflicts', booking)).toEqual([]);
  });
});

describe('rescheduling', () => {
  it('moves an event to a new date as «перенесено», keeps the old date in its history and counts it once', async () => {
    const app = await core();
    const event = await createEvent(app, FUTURE);
    const moved = await call(app, 'events:reschedule', {
      id: event.id,
      start: '2026-12-08T10:00',
      end: '2026-12-08T11:00',
      note: 'Инспектор заболел',
    });
    expect(moved).toMatchObject({ id: event.id, status: 'moved', start: '2026-12-08T10:00' });
    expect(moved.history.at(-1)).toEqual(
      expect.objectContaining({
        kind: 'moved',
        fromStart: '2026-12-01T10:00',
        toStart: '2026-12-08T10:00',
        fromStatus: 'planned',
        toStatus: 'moved',
        note: 'Инспектор заболел',
      }),
    );
    expect(await startsIn(app, '2026-12-01', '2026-12-31')).toEqual(['2026-12-08T10:00']);
  });

  it('moves one occurrence of a series to its own row, so that it shows once at its new date', async () => {
    const app = await core();
    const club = await createWeeklyClub(app);
    const moved = await call(app, 'events:reschedule', {
      id: club.id,
      occurrenceStart: '2026-11-17T15:00',
      start: '2026-11-19T15:00',
      end: '2026-11-19T16:00',
      note: '',
    });
    expect(moved).toMatchObject({ status: 'moved', originalStart: '2026-11-17T15:00' });
    expect(moved.history.at(-1)).toMatchObject({ fromStart: '2026-11-17T15:00', toStart: '2026-11-19T15:00' });
    const november = await call(app, 'events:range', { from: '2026-11-01', to: '2026-11-30' });
    expect(november.map((o) => [o.start, o.status])).toEqual([
      ['2026-11-03T15:00', 'planned'],
      ['2026-11-10T15:00', 'planned'],
      ['2026-11-19T15:00', 'moved'],
      ['2026-11-24T15:00', 'planned'],
    ]);
    // Held on its new date, it stays one event.
    await call(app, 'events:setStatus', { id: moved.id, status: 'held', reason: '' });
    const held = await call(app, 'events:range', { from: '2026-11-01', to: '2026-11-30', statuses: ['held'] });
    expect(held).toHaveLength(1);
  });

  it('keeps a held event in the past when it is dragged', async () => {
    const app = await core();
    const event = await createEvent(app, PAST);
    await call(app, 'events:setStatus', { id: event.id, status: 'held', reason: '' });
    expect(await app.dispatch('events:move', { id: event.id, ...FUTURE })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/^Проведённое мероприятие нельзя перенести на день/) },
    });
    const earlier = await call(app, 'events:move', {
      id: event.id,
      start: '2026-11-19T10:00',
      end: '2026-11-19T11:00',
    });
    expect(earlier.event).toMatchObject({ status: 'held', start: '2026-11-19T10:00' });
  });

  it('refuses to reschedule a held event', async () => {
    const app = await core();
    const event = await createEvent(app, PAST);
    await call(app, 'events:setStatus', { id: event.id, status: 'held', reason: '' });
    expect(await app.dispatch('events:reschedule', { id: event.id, ...FUTURE, note: '' })).toMatchObject({
      ok: false,
      error: { message: 'Проведённое мероприятие нельзя перенести.' },
    });
  });
});

describe('drag and drop', () => {
  it('moves an event and undoes the move exactly', async () => {
    const app = await core();
    const event = await createEvent(app, FUTURE);
    const before = await call(app, 'events:get', { id: event.id });
    const { event: moved, undoToken } = await call(app, 'events:move', {
      id: event.id,
      start: '2026-12-03T12:00',
      end: '2026-12-03T13:00',
    });
    expect(moved).toMatchObject({ start: '2026-12-03T12:00', status: 'planned' });
    expect(moved.history.at(-1)).toMatchObject({ kind: 'moved', fromStart: FUTURE.start, toStart: '2026-12-03T12:00' });
    expect(await call(app, 'events:undo', { undoToken })).toEqual({ undone: true });
    expect(await call(app, 'events:get', { id: event.id })).toEqual(before);
    expect(await app.dispatch('events:undo', { undoToken })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('moves one occurrence of a series and undoes it back into the series', async () => {
    const app = await core();
    const club = await createWeeklyClub(app);
    const { event, undoToken } = await call(app, 'events:move', {
      id: club.id,
      occurrenceStart: '2026-11-10T15:00',
      start: '2026-11-10T17:00',
      end: '2026-11-10T18:00',
    });
    expect(event).toMatchObject({ seriesId: club.id, originalStart: '2026-11-10T15:00', start: '2026-11-10T17:00' });
    await call(app, 'events:undo', { undoToken });
    const november = await call(app, 'events:range', { from: '2026-11-01', to: '2026-11-30' });
    expect(november.map((o) => o.key)).toEqual(
      ['2026-11-03T15:00', '2026-11-10T15:00', '2026-11-17T15:00', '2026-11-24T15:00'].map((s) => `${club.id}@${s}`),
    );
    expect(november.every((o) => o.eventId === club.id)).toBe(true);
  });

  it('moves a whole series in time and undoes it, the occurrences edited apart included', async () => {
    const app = await core();
    const club = await createWeeklyClub(app);
    await call(app, 'events:setStatus', {
      id: club.id,
      occurrenceStart: '2026-11-03T15:00',
      status: 'held',
      reason: '',
    });
    const before = await call(app, 'events:range', { from: '2026-10-01', to: '2026-11-30' });
    const { undoToken } = await call(app, 'events:move', {
      id: club.id,
      start: '2026-10-06T14:00',
      end: '2026-10-06T15:00',
    });
    const moved = await call(app, 'events:range', { from: '2026-11-01', to: '2026-11-30' });
    expect(moved.map((o) => [o.start, o.status])).toEqual([
      ['2026-11-03T15:00', 'held'],
      ['2026-11-10T14:00', 'planned'],
      ['2026-11-17T14:00', 'planned'],
      ['2026-11-24T14:00', 'planned'],
    ]);
    await call(app, 'events:undo', { undoToken });
    expect(await call(app, 'events:range', { from: '2026-10-01', to: '2026-11-30' })).toEqual(before);
  });

  it('refuses to undo a move once the event has changed since', async () => {
    const app = await core();
    const event = await createEvent(app, PAST);
    const { undoToken } = await call(app, 'events:move', {
      id: event.id,
      start: '2026-11-21T10:00',
      end: '2026-11-21T11:00',
    });
    await call(app, 'events:setStatus', { id: event.id, status: 'held', reason: '' });
    expect(await app.dispatch('events:undo', { undoToken })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Отменить перенос нельзя: мероприятие с тех пор изменено.' },
    });
  });
});
