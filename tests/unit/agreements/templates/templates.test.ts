import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, ensureBuiltInTemplates } from '../../../../src-main/agreements/templates/defaults';
import { call, useCores } from '../../../kit';

const core = useCores();
const NOW = new Date(Date.UTC(2026, 10, 26, 7, 0));

const own = {
  name: 'Договор с музеем',
  type: 'other' as const,
  body: 'Договор № {{договор.номер}} с {{партнёр.полное_наименование}}.',
};

describe('agreement templates', () => {
  it('hold both bundled templates after start, marked built in, and starting again adds none', async () => {
    const app = await core();
    ensureBuiltInTemplates(app.db, () => NOW);
    const list = await call(app, 'templates:list', {});
    expect(list.map((t) => [t.name, t.type, t.builtIn])).toEqual([
      ['Договор о сотрудничестве (социальном партнёрстве)', 'cooperation', true],
      ['Соглашение о сетевом взаимодействии', 'network', true],
    ]);
    expect(list[0]?.body).toBe(DEFAULT_TEMPLATES[0]?.body);
    expect(list[0]?.updatedAt).toBe(new Date(2026, 10, 26, 10, 0).toISOString());
  });

  it('offer the placeholders to insert, in groups', async () => {
    const app = await core();
    const placeholders = await call(app, 'templates:placeholders', {});
    expect(placeholders).toContainEqual({ key: 'школа.инн', label: 'ИНН', group: 'Школа' });
    expect(placeholders).toContainEqual({ key: 'договор.номер', label: 'Номер', group: 'Договор' });
    expect(placeholders.filter((p) => p.group === 'Партнёр').length).toBe(11);
  });

  it('keep a new template of the office after the built-in ones', async () => {
    const app = await core();
    const created = await call(app, 'templates:create', own);
    expect(created).toMatchObject({ ...own, builtIn: false });
    expect((await call(app, 'templates:list', {})).map((t) => t.name)).toEqual([
      'Договор о сотрудничестве (социальном партнёрстве)',
      'Соглашение о сетевом взаимодействии',
      'Договор с музеем',
    ]);
  });

  it('refuse a template with an unknown placeholder, naming it, and save nothing', async () => {
    const app = await core();
    const answer = await app.dispatch('templates:create', { ...own, body: 'В лице {{партнёр.фио}}' });
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'В шаблоне неизвестное поле: {{партнёр.фио}}. Исправьте написание или вставьте поле из списка.',
        fields: { body: 'Неизвестные поля' },
      },
    });
    expect(await call(app, 'templates:list', {})).toHaveLength(2);
  });

  it('refuse unpaired braces and a second template of the same name', async () => {
    const app = await core();
    const braces = await app.dispatch('templates:create', { ...own, body: 'ИНН {{школа.инн}' });
    expect(braces.ok ? '' : braces.error.message).toMatch(/^В строке 1 шаблона непарные фигурные скобки/);
    await call(app, 'templates:create', own);
    const twin = await app.dispatch('templates:create', { ...own, name: '  договор с  МУЗЕЕМ ' });
    expect(twin).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Шаблон «Договор с музеем» уже есть. Назовите шаблон иначе.' },
    });
  });

  it('let the office edit a built-in template, which stays built in and is not put back at the next start', async () => {
    const app = await core();
    const [cooperation] = await call(app, 'templates:list', {});
    if (!cooperation) throw new Error('no template');
    const body = `${cooperation.body}\n7. Особые условия\n7.1. Стороны проводят совместный фестиваль.`;
    const updated = await call(app, 'templates:update', {
      id: cooperation.id,
      fields: { name: 'Договор о сотрудничестве (наш)', type: 'cooperation', body },
    });
    expect(updated).toMatchObject({ id: cooperation.id, name: 'Договор о сотрудничестве (наш)', body, builtIn: true });
    ensureBuiltInTemplates(app.db, () => NOW);
    const list = await call(app, 'templates:list', {});
    expect(list).toHaveLength(2);
    expect(list[0]?.body).toBe(body);
  });

  it('keep the kind of a built-in template and refuse an unknown placeholder on update', async () => {
    const app = await core();
    const [cooperation] = await call(app, 'templates:list', {});
    if (!cooperation) throw new Error('no template');
    const retyped = await app.dispatch('templates:update', {
      id: cooperation.id,
      fields: { name: cooperation.name, type: 'other', body: cooperation.body },
    });
    expect(retyped).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { type: expect.any(String) } },
    });
    const unknown = await app.dispatch('templates:update', {
      id: cooperation.id,
      fields: { name: cooperation.name, type: 'cooperation', body: '{{школа.фио}}' },
    });
    expect(unknown).toMatchObject({ ok: false, error: { message: expect.stringContaining('{{школа.фио}}') } });
    expect((await call(app, 'templates:list', {}))[0]?.body).toBe(cooperation.body);
  });

  it('refuse to delete a built-in template, in Russian', async () => {
    const app = await core();
    const [, network] = await call(app, 'templates:list', {});
    const answer = await app.dispatch('templates:delete', { id: network?.id ?? 0 });
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message:
          'Шаблон «Соглашение о сетевом взаимодействии» встроен в программу, его нельзя удалить. Его текст можно изменить.',
      },
    });
    expect(await call(app, 'templates:list', {})).toHaveLength(2);
  });

  it('delete a template of the office; agreements made from it keep their own text', async () => {
    const app = await core();
    const created = await call(app, 'templates:create', own);
    const partner = app.db.prepare('SELECT id FROM partners ORDER BY id LIMIT 1').get() as { id: number };
    app.db
      .prepare(
        `INSERT INTO agreements (partner_id, type, number, number_key, text, template_id, created_at, updated_at)
         VALUES (?, 'other', 'М-1', 'м-1', 'Договор № М-1 с музеем.', ?, '2026-11-26', '2026-11-26')`,
      )
      .run(partner.id, created.id);

    expect(await call(app, 'templates:delete', { id: created.id })).toEqual({ deleted: true });

    expect((await call(app, 'templates:list', {})).map((t) => t.id)).not.toContain(created.id);
    expect(app.db.prepare(`SELECT text, template_id AS templateId FROM agreements WHERE number = 'М-1'`).get()).toEqual(
      {
        text: 'Договор № М-1 с музеем.',
        templateId: null,
      },
    );
    const again = await app.dispatch('templates:delete', { id: created.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
