import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { call, partnerId, useCores } from '../../kit';
import type { MemoryDocumentOutput } from '../../kit/memory-output';
import { createEvent, createWeeklyClub } from './fixtures';

const openCore = useCores();

/** A core on the tests' fixed clock whose saved files can be read back. */
async function core() {
  const app = await openCore();
  return { app, output: app.output };
}

/** The VEVENTs of a saved .ics file as a real iCalendar parser reads them. */
function parsedEvents(output: MemoryDocumentOutput) {
  const saved = output.saved.at(-1);
  if (!saved || !(saved.content instanceof Uint8Array)) throw new Error('no .ics saved');
  const text = new TextDecoder().decode(saved.content);
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    fileName: saved.fileName,
    kind: saved.kind,
    text,
    events: calendar.getAllSubcomponents('vevent').map((v) => ({
      uid: String(v.getFirstPropertyValue('uid')),
      summary: String(v.getFirstPropertyValue('summary')),
      start: String(v.getFirstPropertyValue('dtstart')),
      end: String(v.getFirstPropertyValue('dtend')),
      rrule: v.getFirstPropertyValue('rrule')?.toString() ?? null,
      exdates: v.getAllProperties('exdate').flatMap((p) => p.getValues().map(String)),
      recurrenceId: v.hasProperty('recurrence-id') ? String(v.getFirstPropertyValue('recurrence-id')) : null,
      status: v.getFirstPropertyValue('status') ?? null,
      location: v.getFirstPropertyValue('location') ?? null,
      description: String(v.getFirstPropertyValue('description') ?? ''),
      floating: (v.getFirstPropertyValue('dtstart') as ICAL.Time).zone?.tzid === 'floating',
    })),
  };
}

describe('the .ics export', () => {
  it('holds the same events, dates and RRULEs as the store, as a real parser reads them', async () => {
    const { app, output } = await core();
    const gibdd = partnerId(app, 'ГИБДД');
    const single = await createEvent(app, {
      title: 'Встреча с инспектором ГИБДД',
      start: '2026-12-01T10:00',
      end: '2026-12-01T11:00',
      venue: 'Актовый зал',
      partnerIds: [gibdd],
      classes: ['5А', '6Б'],
    });
    const club = await createWeeklyClub(app);
    await call(app, 'events:delete', { id: club.id, scope: 'one', occurrenceStart: '2026-10-13T15:00' });
    await call(app, 'events:reschedule', {
      id: club.id,
      occurrenceStart: '2026-11-17T15:00',
      start: '2026-11-19T16:00',
      end: '2026-11-19T17:00',
      note: '',
    });
    await call(app, 'events:setStatus', {
      id: club.id,
      occurrenceStart: '2026-11-24T15:00',
      status: 'cancelled',
      reason: 'Карантин',
    });
    const week = await createEvent(app, {
      title: 'Неделя здоровья',
      start: '2026-09-07',
      end: '2026-09-11',
      allDay: true,
      rrule: 'FREQ=MONTHLY;BYDAY=1MO;COUNT=3',
    });
    await call(app, 'events:move', {
      id: week.id,
      occurrenceStart: '2026-10-05',
      start: '2026-10-12',
      end: '2026-10-16',
    });
    const cancelled = await createEvent(app, {
      title: 'Субботник',
      start: '2026-10-03',
      end: '2026-10-03',
      allDay: true,
    });
    await call(app, 'events:setStatus', { id: cancelled.id, status: 'cancelled', reason: 'Дождь' });

    const answer = await call(app, 'events:exportIcs', { from: '2026-09-01', to: '2027-08-31' });
    expect(answer.path).toBe('/memory/Мероприятия 01.09.2026–31.08.2027.ics');
    const { events, kind, text } = parsedEvents(output);
    expect(kind).toBe('ics');
    expect(text).not.toMatch(/TZID|DTSTART:\d{8}T\d{6}Z/);

    const bySummary = (summary: string) => events.filter((e) => e.summary === summary);
    expect(bySummary('Встреча с инспектором ГИБДД')).toEqual([
      expect.objectContaining({
        start: '2026-12-01T10:00:00',
        end: '2026-12-01T11:00:00',
        rrule: null,
        location: 'Актовый зал',
        floating: true,
        uid: `event-${single.id}@sodruzhestvo`,
      }),
    ]);
    expect(bySummary('Встреча с инспектором ГИБДД')[0]?.description).toBe('Партнёры: ГИБДД\nКлассы: 5А, 6Б');

    const clubEvents = bySummary('Кружок «Юный пожарный»');
    expect(clubEvents.map((e) => [e.uid, e.start, e.rrule, e.exdates, e.recurrenceId, e.status])).toEqual([
      [
        `event-${club.id}@sodruzhestvo`,
        '2026-10-06T15:00:00',
        'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261124T235959',
        ['2026-10-13T15:00:00'],
        null,
        null,
      ],
      [`event-${club.id}@sodruzhestvo`, '2026-11-19T16:00:00', null, [], '2026-11-17T15:00:00', null],
      [`event-${club.id}@sodruzhestvo`, '2026-11-24T15:00:00', null, [], '2026-11-24T15:00:00', 'CANCELLED'],
    ]);

    expect(bySummary('Неделя здоровья').map((e) => [e.start, e.end, e.rrule, e.recurrenceId])).toEqual([
      ['2026-09-07', '2026-09-12', 'FREQ=MONTHLY;COUNT=3;BYDAY=1MO', null],
      ['2026-10-12', '2026-10-17', null, '2026-10-05'],
    ]);
    expect(text).toContain('RECURRENCE-ID;VALUE=DATE:20261005');
    expect(text).toContain('RRULE:FREQ=MONTHLY;COUNT=3;BYDAY=1MO\r\n');
    expect(text).toContain('EXDATE:20261013T150000\r\n');

    expect(bySummary('Субботник')).toEqual([
      expect.objectContaining({ start: '2026-10-03', end: '2026-10-04', status: 'CANCELLED' }),
    ]);
    expect(bySummary('Субботник')[0]?.description).toContain('Причина отмены: Дождь');
  });

  it('expands on a phone to the occurrences the calendar shows', async () => {
    const { app, output } = await core();
    const club = await createWeeklyClub(app);
    await call(app, 'events:delete', { id: club.id, scope: 'one', occurrenceStart: '2026-10-13T15:00' });
    await call(app, 'events:move', {
      id: club.id,
      occurrenceStart: '2026-11-17T15:00',
      start: '2026-11-18T15:00',
      end: '2026-11-18T16:00',
    });
    await call(app, 'events:exportIcs', { from: '2026-09-01', to: '2027-08-31' });
    const { text } = parsedEvents(output);
    const [master, ...exceptions] = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    if (!master) throw new Error('no series');
    for (const exception of exceptions) master.relateException(exception);
    const phone: string[] = [];
    const iterator = master.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      phone.push(master.getOccurrenceDetails(next).startDate.toString().slice(0, 16));
    }
    const app_ = (await call(app, 'events:range', { from: '2026-09-01', to: '2027-08-31' })).map((o) => o.start);
    expect(phone.sort()).toEqual(app_);
  });

  it('exports the events of one partner, named after it, and refuses an empty selection', async () => {
    const { app, output } = await core();
    const mchs = partnerId(app, 'МЧС');
    await createEvent(app, { title: 'Учебная эвакуация', partnerIds: [mchs] });
    await createEvent(app, { title: 'Другое', start: '2026-12-02T10:00', end: '2026-12-02T11:00' });
    await call(app, 'events:exportIcs', { from: '2026-09-01', to: '2027-08-31', partnerIds: [mchs] });
    const { events, fileName } = parsedEvents(output);
    expect(fileName).toBe('Мероприятия — МЧС 01.09.2026–31.08.2027.ics');
    expect(events.map((e) => e.summary)).toEqual(['Учебная эвакуация']);
    expect(await app.dispatch('events:exportIcs', { from: '2025-09-01', to: '2026-08-31' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'За выбранный период нет мероприятий: измените условия отбора.' },
    });
  });
});
