import { describe, expect, it } from 'vitest';
import { call, useCores } from '../../kit';
import { createEvent, createWeeklyClub, eventFields, startsIn } from './fixtures';

const core = useCores();

const NOVEMBER_TUESDAYS = ['2026-11-03T15:00', '2026-11-10T15:00', '2026-11-17T15:00', '2026-11-24T15:00'];

describe('a recurring series on the calendar', () => {
  it('shows a weekly club every Tuesday of the month at its wall-clock time in any time zone', async () => {
    const app = await core();
    const club = await createWeeklyClub(app);
    expect(club.rrule).toBe('FREQ=WEEKLY;BYDAY=TU;UNTIL=20261124');
    for (const zone of ['UTC', 'America/New_York']) {
      const saved = process.env.TZ;
      process.env.TZ = zone;
      try {
        const november = await call(app, 'events:range', { from: '2026-11-01', to: '2026-11-30' });
        expect(november.map((o) => o.start)).toEqual(NOVEMBER_TUESDAYS);
        expect(november[0]).toMatchObject({
          key: `${club.id}@2026-11-03T15:00`,
          eventId: club.id,
          seriesId: club.id,
          occurrenceStart: '2026-11-03T15:00',
          end: '2026-11-03T16:00',
          classes: ['5А'],
          status: 'planned',
        });
      } finally {
        process.env.TZ = saved;
      }
    }
  });

  it('refuses a rule it cannot expand, at the field rrule, in Russian', async () => {
    const app = await core();
    const answer = await app.dispatch('events:create', eventFields({ rrule: 'FREQ=WEEKLY;BYDAY=TU' }));
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { rrule: expect.stringMatching(/когда повторение заканчивается/) } },
    });
  });

  it('shows an occurrence edited apart once, with its new time, and the rest unchanged', async () => {
    const app = await core();
    const club = await createWeeklyClub(app);
    const apart = await call(app, 'events:update', {
      id: club.id,
      scope: 'one',
      occurrenceStart: '2026-11-10T15:00',
      fields: eventFields({
        title: 'Кружок «Юный пожарный»: экскурсия в пожарную часть',
        start: '2026-11-11T12:00',
        end: '2026-11-11T14:00',
        classes: ['5А'],
        rrule: 'FREQ=DAILY;COUNT=3',
      }),
    });
    expect(apart).toMatchObject({ seriesId: club.id, originalStart: '2026-11-10T15:00', rrule: null });
    const november = await call(app, 'events:range', { from: '2026-11-01', to: '2026-11-30' });
    expect(november.map((o) => [o.start, o.title])).toEqual([
      ['2026-11-03T15:00', 'Кружок «Юный пожарный»'],
      ['2026-11-11T12:00', 'Кружок «Юный пожарный»: экскурсия в пожарную часть'],
      ['2026-11-17T15:00', 'Кружок «Юный пожарный»'],
      ['2026-11-24T15:00', 'Кружок «Юный пожарный»'],
    ]);
    expect(november[1]).toMatchObject({ key: `${club.id}@2026-11-10T15:00`, eventId: apart.id });
    // Editing it again changes the same row, found by the series and the occurrence's start.
    const again = await call(app, 'events:update', {
      id: club.id,
      scope: 'one',
      occurrenceStart: '2026-11-10T15:00',
      fields: eventFields({ title: 'Экскурсия', start: '2026-11-11T12:00', end: '2026-11-11T13:00' }),
    });
    expect(again.id).toBe(apart.id);
    // As in iCalendar, an occurrence edited apart is no EXDATE of its series.
    expect(app.db.prepare('SELECT exdates FROM events WHERE id = ?').get(club.id)).toEqual({ exdates: '[]' });
  });

  it('deletes one occurrence as an EXDATE and the rest stay', async () => {
    const app = await core();
    const club = await createWeeklyClub(app);
    await call(app, 'events:delete', { id: club.id, scope: 'one', occurrenceStart: '2026-11-17T15:00' });
    expect(await startsIn(app, '2026-11-01', '2026-11-30')).toEqual([
      '2026-11-03T15:00',
      '2026-11-10T15:00',
      '2026-11-24T15:00',
    ]);
    const row = app.db.prepare('SELECT exdates FROM events WHERE id = ?').get(club.id) as { exdates: string };
    expect(JSON.parse(row.exdates)).toEqual(['2026-11-17T15:00']);
  });

  it('deletes an occurrence edited apart together with its place in the series', async () => {
    const app = await core();
    const club = await createWeeklyClub(app);
    const { event } = await call(app, 'events:move', {
      id: club.id,
      occurrenceStart: '2026-11-10T15:00',
      start: '2026-11-12T15:00',
      end: '2026-11-12T16:00',
    });
    await call(app, 'events:delete', { id: event.id, scope: 'one' });
    expect(await startsIn(app, '2026-11-01', '2026-11-30')).toEqual([
      '2026-11-03T15:00',
      '2026-11-17T15:00',
      '2026-11-24T15:00',
    ]);
    expect(app.db.prepare('SELECT count(*) AS n FROM events WHERE series_id = ?').get(club.id)).toEqual({ n: 0 });
  });

  it('refuses to delete «one» occurrence without saying which', async () => {
    const app = await core();
    const club = await createWeeklyClub(app);
    expect(await app.dispatch('events:delete', { id: club.id, scope: 'one' })).toMatchObject({
      ok: false,
      error: { fields: { occurrenceStart: 'Выберите занятие серии, которое нужно удалить' } },
    });
  });

  it('deletes a whole series with its occurrences edited apart', async () => {
    const app = await core();
    const club = await createWeeklyClub(app);
    await call(app, 'events:setStatus', {
      id: club.id,
      occurrenceStart: '2026-11-03T15:00',
      status: 'held',
      reason: '',
    });
    await call(app, 'events:delete', { id: club.id, scope: 'series' });
    expect(await startsIn(app, '2026-10-01', '2026-11-30')).toEqual([]);
    expect(app.db.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 0 });
  });

  it('edits the whole series and keeps the occurrences edited apart as they were', async () => {
    const app = await core();
    const club = await createWeeklyClub(app);
    await call(app, 'events:move', {
      id: club.id,
      occurrenceStart: '2026-11-10T15:00',
      start: '2026-11-12T15:00',
      end: '2026-11-12T16:00',
    });
    await call(app, 'events:delete', { id: club.id, scope: 'one', occurrenceStart: '2026-11-17T15:00' });
    // From the occurrence of 3 November the user moves the whole series to 16:00 and renames it.
    const edited = await call(app, 'events:update', {
      id: club.id,
      scope: 'series',
      occurrenceStart: '2026-11-03T15:00',
      fields: eventFields({
        title: 'Дружина юных пожарных',
        start: '2026-11-03T16:00',
        end: '2026-11-03T17:30',
        classes: ['5А', '6Б'],
        rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261124',
      }),
    });
    expect(edited).toMatchObject({ start: '2026-10-06T16:00', end: '2026-10-06T17:30', classes: ['5А', '6Б'] });
    const november = await call(app, 'events:range', { from: '2026-11-01', to: '2026-11-30' });
    expect(november.map((o) => [o.start, o.end, o.title])).toEqual([
      ['2026-11-03T16:00', '2026-11-03T17:30', 'Дружина юных пожарных'],
      ['2026-11-12T15:00', '2026-11-12T16:00', 'Кружок «Юный пожарный»'],
      ['2026-11-24T16:00', '2026-11-24T17:30', 'Дружина юных пожарных'],
    ]);
    // The moved occurrence and the deleted one still replace the right dates of the shifted rule.
    expect(november[1]?.occurrenceStart).toBe('2026-11-10T16:00');
  });

  it('turns a single event into a series when it is given a rule, starting on the first day the rule gives', async () => {
    const app = await core();
    const single = await createEvent(app, { start: '2026-12-01T10:00', end: '2026-12-01T11:00' });
    const series = await call(app, 'events:update', {
      id: single.id,
      scope: 'series',
      fields: eventFields({
        start: '2026-12-01T10:00',
        end: '2026-12-01T11:00',
        rrule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=2',
      }),
    });
    expect(series).toMatchObject({ start: '2026-12-02T10:00', end: '2026-12-02T11:00' });
    expect(await startsIn(app, '2026-12-01', '2026-12-31')).toEqual(['2026-12-02T10:00', '2026-12-09T10:00']);
  });

  it('refuses an occurrence the rule does not give', async () => {
    const app = await core();
    const club = await createWeeklyClub(app);
    const answer = await app.dispatch('events:setStatus', {
      id: club.id,
      occurrenceStart: '2026-11-04T15:00',
      status: 'cancelled',
      reason: 'Карантин',
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
