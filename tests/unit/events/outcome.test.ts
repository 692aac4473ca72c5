import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../../src-main/contract/events';
import { JPEG, PDF, PNG } from '../attachments/samples';
import { call, useCores } from '../../kit';
import { createEvent } from './fixtures';

const core = useCores();

const outcome: Outcome = {
  parents: 12,
  teachers: 3,
  summary: 'Провели викторину по правилам дорожного движения.',
  classes: [
    { className: '10А', pupils: 20 },
    { className: '5А', pupils: 25 },
  ],
};

const achievement = {
  contest: 'Конкурс «Безопасное колесо»',
  level: 'municipal',
  result: 'winner',
  pupil: 'Иванов Иван',
  className: '5А',
} as const;

async function heldEvent(app: Awaited<ReturnType<typeof core>>) {
  const event = await createEvent(app, { start: '2026-11-20T10:00', end: '2026-11-20T11:00' });
  return call(app, 'events:setStatus', { id: event.id, status: 'held', reason: '' });
}

describe('the outcome of an event', () => {
  it('is refused for an event that was not held', async () => {
    const app = await core();
    const event = await createEvent(app, { start: '2026-11-20T10:00', end: '2026-11-20T11:00' });
    expect(await app.dispatch('events:saveOutcome', { id: event.id, outcome, achievements: [] })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/^Итоги записывают только для проведённого/) },
    });
  });

  it('keeps pupils per class, parents, teachers, the summary and achievements, each replaced whole', async () => {
    const app = await core();
    const event = await heldEvent(app);
    const saved = await call(app, 'events:saveOutcome', {
      id: event.id,
      outcome,
      achievements: [achievement, { ...achievement, result: 'participant', pupil: '', className: '' }],
    });
    expect(saved.outcome).toEqual({ ...outcome, classes: [outcome.classes[1], outcome.classes[0]] });
    expect(saved.achievements.map(({ id: _, ...a }) => a)).toEqual([
      achievement,
      { ...achievement, result: 'participant', pupil: '', className: '' },
    ]);
    const replaced = await call(app, 'events:saveOutcome', {
      id: event.id,
      outcome: { ...outcome, classes: [{ className: '6Б', pupils: 18 }] },
      achievements: [],
    });
    expect(replaced.outcome?.classes).toEqual([{ className: '6Б', pupils: 18 }]);
    expect(replaced.achievements).toEqual([]);
  });

  it('refuses the same class twice', async () => {
    const app = await core();
    const event = await heldEvent(app);
    const twice = { ...outcome, classes: [...outcome.classes, { className: '5А', pupils: 1 }] };
    expect(await app.dispatch('events:saveOutcome', { id: event.id, outcome: twice, achievements: [] })).toMatchObject({
      ok: false,
      error: { fields: { 'outcome.classes.2.className': 'Класс «5А» указан дважды' } },
    });
  });
});

describe('photos of an event', () => {
  it('attaches JPG and PNG photos, opens them in the system viewer and removes them', async () => {
    const app = await core();
    const event = await heldEvent(app);
    await call(app, 'events:attachPhoto', {
      id: event.id,
      fileName: 'викторина.jpg',
      content: JPEG.toString('base64'),
    });
    const withTwo = await call(app, 'events:attachPhoto', {
      id: event.id,
      fileName: 'награждение.png',
      content: PNG.toString('base64'),
    });
    expect(withTwo.photos.map((p) => [p.originalName, p.mime])).toEqual([
      ['викторина.jpg', 'image/jpeg'],
      ['награждение.png', 'image/png'],
    ]);
    const [first] = withTwo.photos;
    expect(await call(app, 'events:openPhoto', { id: first?.id ?? 0 })).toEqual({ opened: true });
    expect(app.openedFiles).toEqual([app.attachments.pathOf(first?.id ?? 0)]);
    const left = await call(app, 'events:removePhoto', { id: first?.id ?? 0 });
    expect(left.photos.map((p) => p.originalName)).toEqual(['награждение.png']);
  });

  it('refuses a PDF as a photo', async () => {
    const app = await core();
    const event = await heldEvent(app);
    expect(
      await app.dispatch('events:attachPhoto', { id: event.id, fileName: 'скан.pdf', content: PDF.toString('base64') }),
    ).toMatchObject({ ok: false, error: { message: 'Можно прикрепить только JPG или PNG.' } });
  });

  it('removes the photos with the event', async () => {
    const app = await core();
    const event = await heldEvent(app);
    const { photos } = await call(app, 'events:attachPhoto', {
      id: event.id,
      fileName: 'фото.jpg',
      content: JPEG.toString('base64'),
    });
    const path = app.attachments.pathOf(photos[0]?.id ?? 0);
    await call(app, 'events:delete', { id: event.id, scope: 'one' });
    expect(existsSync(path)).toBe(false);
    expect(app.attachments.list('event', event.id)).toEqual([]);
  });
});
