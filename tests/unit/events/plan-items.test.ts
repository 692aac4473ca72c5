import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../../src-main/app-core';
import { call, partnerId, useCores } from '../../kit';

const core = useCores();

/** A plan item written straight into the store, as the plan screen would have saved it. */
function insertPlanItem(app: AppCore, partnerNames: string[], classes: string[]): number {
  const stamp = '2026-09-01T00:00:00.000Z';
  const { id: planId } = app.db
    .prepare('INSERT INTO plans (year, created_at, updated_at) VALUES (?, ?, ?) RETURNING id')
    .get('2026/2027', stamp, stamp) as { id: number };
  const { id } = app.db
    .prepare(
      `INSERT INTO plan_items (plan_id, title, timing, month, venue, venue_note, created_at, updated_at)
       VALUES (?, 'Неделя безопасности дорожного движения', 'month', '2026-12', 'school', 'Актовый зал', ?, ?)
       RETURNING id`,
    )
    .get(planId, stamp, stamp) as { id: number };
  for (const name of partnerNames) {
    app.db.prepare('INSERT INTO plan_item_partners (item_id, partner_id) VALUES (?, ?)').run(id, partnerId(app, name));
  }
  for (const value of classes) {
    app.db.prepare(`INSERT INTO plan_item_participants (item_id, kind, value) VALUES (?, 'class', ?)`).run(id, value);
  }
  app.db.prepare(`INSERT INTO plan_item_participants (item_id, kind, value) VALUES (?, 'parents', '')`).run(id);
  return id;
}

describe('events of a plan item', () => {
  it('makes one event with the item title, partners, classes and place', async () => {
    const app = await core();
    const itemId = insertPlanItem(app, ['МЧС', 'ГИБДД'], ['6Б', '5А']);
    const event = await call(app, 'planItems:generateEvents', {
      id: itemId,
      start: '2026-12-01T10:00',
      end: '2026-12-01T11:00',
      allDay: false,
      rrule: null,
    });
    expect(event).toMatchObject({
      title: 'Неделя безопасности дорожного движения',
      planItemId: itemId,
      partnerIds: [partnerId(app, 'ГИБДД'), partnerId(app, 'МЧС')],
      partnerNames: ['ГИБДД', 'МЧС'],
      classes: ['5А', '6Б'],
      venue: 'Актовый зал',
      rrule: null,
      status: 'planned',
    });
    const [occurrence] = await call(app, 'events:range', { from: '2026-12-01', to: '2026-12-01' });
    expect(occurrence).toMatchObject({ planItemId: itemId, category: 'Безопасность' });
  });

  it('makes a series when given a rule', async () => {
    const app = await core();
    const itemId = insertPlanItem(app, ['ГИБДД'], ['5А']);
    const series = await call(app, 'planItems:generateEvents', {
      id: itemId,
      start: '2026-12-07',
      end: '2026-12-07',
      allDay: true,
      rrule: 'FREQ=DAILY;COUNT=5',
    });
    expect(series.rrule).toBe('FREQ=DAILY;COUNT=5');
    const days = await call(app, 'events:range', { from: '2026-12-01', to: '2026-12-31' });
    expect(days.map((o) => o.start)).toEqual(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11']);
  });

  it('refuses a plan item that does not exist, and times that do not fit «all day»', async () => {
    const app = await core();
    const timing = { start: '2026-12-01T10:00', end: '2026-12-01T11:00', allDay: false, rrule: null };
    expect(await app.dispatch('planItems:generateEvents', { id: 999, ...timing })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'Пункт плана не найден: возможно, он уже удалён.' },
    });
    const itemId = insertPlanItem(app, [], []);
    expect(await app.dispatch('planItems:generateEvents', { id: itemId, ...timing, allDay: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { start: expect.any(String) } },
    });
  });

  it('refuses an event naming a partner or a plan item that does not exist, field by field', async () => {
    const app = await core();
    const answer = await app.dispatch('events:create', {
      title: 'Встреча',
      start: '2026-12-01T10:00',
      end: '2026-12-01T11:00',
      allDay: false,
      venue: '',
      partnerIds: [999_999],
      classes: [],
      planItemId: 999_999,
      rrule: null,
      notes: '',
    });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        fields: {
          partnerIds: 'Партнёр не найден: выберите партнёров из списка',
          planItemId: 'Пункт плана не найден: возможно, он удалён',
        },
      },
    });
  });
});
