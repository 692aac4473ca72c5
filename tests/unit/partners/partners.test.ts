import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../../src-main/app-core';
import type { PartnerFields, PartnerSummary } from '../../../src-main/contract/partners';
import { REFERENCE_LABELS } from '../../../src-main/partners/service';
import { call, useCores } from '../../kit';

const core = useCores();

async function categoryId(app: AppCore, name: string): Promise<number> {
  const found = (await call(app, 'partners:categories', {})).find((c) => c.name === name);
  if (!found) throw new Error(`no category ${name}`);
  return found.id;
}

async function fields(app: AppCore, overrides: Partial<PartnerFields> = {}): Promise<PartnerFields> {
  return {
    fullName: 'МБУ ДО «Детско-юношеская спортивная школа»',
    shortName: 'ДЮСШ',
    categoryId: await categoryId(app, 'Спорт'),
    legalForm: 'Муниципальное бюджетное учреждение',
    inn: '7707083893',
    kpp: '773601001',
    ogrn: '1027700132195',
    legalAddress: 'г. Зверево, ул. Обухова, 1',
    postalAddress: '',
    headName: 'Сидоров Пётр Иванович',
    headPosition: 'Директор',
    headBasis: 'Устава',
    headNameGenitive: '',
    headPositionGenitive: '',
    headAttorneyNumber: '',
    headAttorneyDate: null,
    website: '',
    notes: '',
    status: 'active',
    contacts: [{ name: 'Ёлкина Анна', role: 'Методист', phone: '+7 900 000-00-00', email: 'dush@example.ru' }],
    forms: [{ text: 'Соревнования «Весёлые старты»', taskIds: [] }],
    effects: ['Укрепление здоровья обучающихся'],
    ...overrides,
  };
}

const names = (rows: { fullName: string }[]) => rows.map((r) => r.fullName);

describe('the partner registry', () => {
  it('creates a partner with contacts, forms and effects and records its first stage', async () => {
    const app = await core();
    const created = await call(app, 'partners:create', await fields(app));
    expect(created).toMatchObject({
      fullName: 'МБУ ДО «Детско-юношеская спортивная школа»',
      stage: 1,
      category: 'Спорт',
    });
    expect(created.contacts).toHaveLength(1);
    expect(created.stageHistory).toEqual([
      expect.objectContaining({ fromStage: null, toStage: 1, date: '2026-11-26', comment: 'Внесён в реестр' }),
    ]);
    expect(await call(app, 'partners:get', { id: created.id })).toEqual(created);
  });

  it('keeps forms and effects in the order given and links a form to the program’s tasks', async () => {
    const app = await core();
    const { tasks } = await call(app, 'program:get', {});
    const taskIds = [tasks[1]?.id ?? 0, tasks[0]?.id ?? 0];
    const created = await call(
      app,
      'partners:create',
      await fields(app, {
        forms: [
          { text: 'Третья', taskIds: [] },
          { text: 'Первая', taskIds },
          { text: 'Вторая', taskIds: [] },
        ],
        effects: ['Б', 'А'],
      }),
    );
    expect(created.forms).toEqual([
      { text: 'Третья', taskIds: [] },
      { text: 'Первая', taskIds: [...taskIds].sort((a, b) => a - b) },
      { text: 'Вторая', taskIds: [] },
    ]);
    expect(created.effects).toEqual(['Б', 'А']);
  });

  it('refuses a form linked to a task the program does not have', async () => {
    const app = await core();
    const answer = await app.dispatch(
      'partners:create',
      await fields(app, { forms: [{ text: 'X', taskIds: [99999] }] }),
    );
    expect(answer).toMatchObject({
      ok: false,
      error: { fields: { 'forms.0.taskIds': 'Такой задачи нет в программе' } },
    });
  });

  it('checks ИНН, КПП and ОГРН by their control digits', async () => {
    const app = await core();
    const answer = await app.dispatch(
      'partners:create',
      await fields(app, { inn: '7707083894', kpp: '77360100', ogrn: '1027700132196' }),
    );
    expect(answer).toMatchObject({
      ok: false,
      error: {
        fields: {
          inn: 'ИНН: неверное контрольное число',
          kpp: expect.stringMatching(/^КПП: 9 знаков/),
          ogrn: 'ОГРН (ОГРНИП): неверное контрольное число',
        },
      },
    });
    const person = await app.dispatch(
      'partners:create',
      await fields(app, { inn: '500100732259', ogrn: '304500116000157' }),
    );
    expect(person.ok).toBe(true);
  });
});

describe('search', () => {
  it('finds partners by any part of the name in any Cyrillic case', async () => {
    const app = await core();
    expect(names(await call(app, 'partners:list', { search: 'библиотека' }))).toEqual([
      'МБУК «Центральная детская библиотека» г. Зверево',
    ]);
    expect(names(await call(app, 'partners:list', { search: 'гибдд' }))).toEqual(['ГИБДД']);
    expect(names(await call(app, 'partners:list', { search: 'ЦЕНТРАЛЬНАЯ ДЕТСКАЯ' }))).toHaveLength(1);
    expect(names(await call(app, 'partners:list', { search: 'красный сулин' }))).toHaveLength(4);
  });

  it('finds partners by contacts, forms and effects, with ё and е alike', async () => {
    const app = await core();
    await call(app, 'partners:create', await fields(app));
    expect(names(await call(app, 'partners:list', { search: 'елкина' }))).toEqual([
      'МБУ ДО «Детско-юношеская спортивная школа»',
    ]);
    expect(names(await call(app, 'partners:list', { search: 'ВЕСЕЛЫЕ СТАРТЫ' }))).toHaveLength(1);
    expect(names(await call(app, 'partners:list', { search: 'пожарной охраны' }))).toEqual(['МЧС']);
    expect(names(await call(app, 'partners:list', { search: 'детско-родительских' }))).toEqual([
      'Родители (законные представители) обучающихся',
    ]);
  });

  it('filters by category, status and stage and sorts by name both ways', async () => {
    const app = await core();
    const culture = await categoryId(app, 'Культура');
    const byCategory = await call(app, 'partners:list', { categoryIds: [culture], sort: 'name' });
    expect(names(byCategory)).toEqual([
      'ДК «Маяк» г. Зверево',
      'МБУК «Центральная детская библиотека» г. Зверево',
      'РДК г. Красный Сулин',
    ]);
    const reversed = await call(app, 'partners:list', { categoryIds: [culture], sort: 'name', descending: true });
    expect(names(reversed)).toEqual(names(byCategory).reverse());
    expect(await call(app, 'partners:list', { statuses: ['former'] })).toEqual([]);
    expect(await call(app, 'partners:list', { stages: [1] })).toHaveLength(11);
  });

  it('filters by several categories at once, with a search too', async () => {
    const app = await core();
    const [first, second] = (await call(app, 'partners:categories', {})).filter((c) => c.partnersCount > 0);
    const chosen = [first?.id ?? 0, second?.id ?? 0];
    const inChosen = (list: PartnerSummary[]) => names(list.filter((p) => chosen.includes(p.categoryId)));
    const both = await call(app, 'partners:list', { categoryIds: chosen, sort: 'name' });
    expect(names(both)).toEqual(inChosen(await call(app, 'partners:list', { sort: 'name' })));
    expect(new Set(both.map((p) => p.categoryId))).toEqual(new Set(chosen));
    const searched = await call(app, 'partners:list', { categoryIds: chosen, search: 'г.', sort: 'name' });
    expect(searched.length).toBeGreaterThan(0);
    expect(names(searched)).toEqual(inChosen(await call(app, 'partners:list', { search: 'г.', sort: 'name' })));
  });
});

describe('duplicates', () => {
  it('warns of the same name without case, quotes and extra spaces, and of the same ИНН', async () => {
    const app = await core();
    const library = await call(app, 'partners:findDuplicates', {
      fullName: '  мбук  "центральная ДЕТСКАЯ библиотека"   г. зверево ',
      inn: '',
    });
    expect(library).toEqual([
      expect.objectContaining({ fullName: 'МБУК «Центральная детская библиотека» г. Зверево', reason: 'name' }),
    ]);
    const created = await call(app, 'partners:create', await fields(app));
    expect(await call(app, 'partners:findDuplicates', { fullName: 'Другое имя', inn: '7707083893' })).toEqual([
      { id: created.id, fullName: created.fullName, reason: 'inn' },
    ]);
    expect(
      await call(app, 'partners:findDuplicates', { id: created.id, fullName: created.fullName, inn: created.inn }),
    ).toEqual([]);
  });
});

describe('deleting and archiving', () => {
  it('deletes an unreferenced partner and undoes the deletion with everything it had', async () => {
    const app = await core();
    const created = await call(app, 'partners:create', await fields(app));
    const { undoToken } = await call(app, 'partners:delete', { id: created.id });
    expect(await app.dispatch('partners:get', { id: created.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const restored = await call(app, 'partners:undoDelete', { undoToken });
    expect({ ...restored, updatedAt: '' }).toEqual({ ...created, updatedAt: '' });
    expect(await app.dispatch('partners:undoDelete', { undoToken })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('refuses to delete a partner that another record refers to, naming it, and changes nothing', async () => {
    const app = await core();
    const gibdd = (await call(app, 'partners:list', { search: 'ГИБДД' }))[0];
    if (!gibdd) throw new Error('no ГИБДД');
    const [template] = await call(app, 'templates:list', {});
    for (let i = 0; i < 2; i++) {
      await call(app, 'agreements:createFromTemplate', { partnerId: gibdd.id, templateId: template?.id ?? 0 });
    }
    const answer = await app.dispatch('partners:delete', { id: gibdd.id });
    expect(answer).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (answer.ok) return;
    expect(answer.error.message).toContain('на него ссылаются договоры (2)');
    expect(answer.error.message).toContain('«Бывший»');
    expect(await call(app, 'partners:get', { id: gibdd.id })).toMatchObject({ fullName: 'ГИБДД', status: 'potential' });

    const archived = await call(app, 'partners:archive', { id: gibdd.id });
    expect(archived.status).toBe('former');
  });

  it('names in Russian every kind of record that can refer to a partner', async () => {
    const app = await core();
    const tables = app.db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    const referring = tables.filter((table) =>
      (app.db.pragma(`foreign_key_list("${table}")`) as { table: string; on_delete: string }[]).some(
        // The partner's own parts (forms, contacts, history) go with it; every other reference stops the deletion.
        (fk) => fk.table === 'partners' && fk.on_delete !== 'CASCADE',
      ),
    );
    expect(referring.length).toBeGreaterThan(5);
    expect(referring.filter((table) => !(table in REFERENCE_LABELS))).toEqual([]);
  });
});

describe('stages', () => {
  it('lists what the data of the year show for each stage and which of it is missing', async () => {
    const app = await core();
    const gibdd = (await call(app, 'partners:list', { search: 'ГИБДД' }))[0];
    const detail = await call(app, 'partners:get', { id: gibdd?.id ?? 0, year: '2026/2027' });
    expect(detail.stageChecks.map((c) => [c.stage, c.label, c.met])).toEqual([
      [2, 'Договор с партнёром подготовлен или подписан', false],
      [2, 'В плане на 2026/2027 учебный год есть пункты с партнёром', false],
      [3, 'Действует договор с партнёром', false],
      [3, 'Проведены совместные мероприятия, получены ресурсы или работают кружки партнёра', false],
      [4, 'Аналитическая справка за 2026/2027 учебный год утверждена с решением по партнёру', false],
    ]);
  });

  it('refuses an impossible date for a stage set by hand', async () => {
    const app = await core();
    const answer = await app.dispatch('partners:setStage', { id: 1, stage: 1, date: '2026-02-30', reason: 'Проверка' });
    expect(answer).toMatchObject({ ok: false, error: { fields: { date: 'Такой даты нет' } } });
  });
});

describe('bad input', () => {
  test.prop([fc.string({ maxLength: 12_000 })], { numRuns: 60 })(
    'any full name is either stored as typed (trimmed) or refused with a message, and a refusal changes nothing',
    async (name) => {
      const app = await core();
      const before = await call(app, 'partners:list', {});
      const answer = await app.dispatch('partners:create', await fields(app, { fullName: name }));
      if (answer.ok) {
        expect(name.trim().length).toBeGreaterThan(0);
        expect(name.trim().length).toBeLessThanOrEqual(500);
        expect(answer.value).toMatchObject({ fullName: name.trim() });
      } else {
        expect(answer.error.fields?.['fullName']).toMatch(/^(Укажите полное наименование|Не более 500 символов)$/);
        expect(await call(app, 'partners:list', {})).toEqual(before);
      }
    },
  );

  test.prop(
    [
      fc.record({
        key: fc.constantFrom('inn', 'kpp', 'ogrn', 'website', 'notes', 'headBasis'),
        value: fc.string({ maxLength: 6000 }),
      }),
    ],
    {
      numRuns: 80,
    },
  )(
    'any string in a bounded field is accepted within bounds or refused with a Russian message',
    async ({ key, value }) => {
      const app = await core();
      const countBefore = app.db.prepare('SELECT count(*) AS n FROM partners').get();
      const answer = await app.dispatch('partners:create', await fields(app, { [key]: value }));
      if (!answer.ok) {
        expect(answer.error.fields?.[key]).toMatch(/[А-Яа-яЁё]/);
        expect(app.db.prepare('SELECT count(*) AS n FROM partners').get()).toEqual(countBefore);
      }
    },
  );
});
