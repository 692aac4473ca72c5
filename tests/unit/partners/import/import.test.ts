import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../../../src-main/app-core';
import type { DuplicateChoice, ImportMapping } from '../../../../src-main/contract/partner-import';
import { emptyMapping } from '../../../../src-main/partners/import/mapping';
import { call, useCores } from '../../../kit';
import { base64, utf8, windows1251 } from '../../../fixtures/partner-files';

const core = useCores();

const HEADER =
  'Полное наименование;Краткое наименование;Направление;ИНН;Статус;Контактное лицо;Телефон;Формы взаимодействия;Социальный эффект';

/** A CSV file of partners under the usual header; each row is its cells joined by «;». */
function file(...rows: string[]) {
  return { fileName: 'Партнёры.csv', content: base64(utf8([HEADER, ...rows].join('\r\n'))) };
}

async function mapped(app: AppCore, input: { fileName: string; content: string }) {
  const { suggestedMapping } = await call(app, 'partners:importRead', input);
  return { ...input, mapping: suggestedMapping };
}

async function commit(app: AppCore, input: { fileName: string; content: string }, onDuplicate: DuplicateChoice) {
  return call(app, 'partners:importCommit', { ...(await mapped(app, input)), onDuplicate });
}

const TABLES = ['partners', 'partner_categories', 'partner_contacts', 'partner_forms', 'partner_effects'] as const;

/** How many rows each table a partner import may touch holds. */
function storeCounts(app: AppCore): Record<(typeof TABLES)[number], number> {
  const count = (table: string) => (app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return Object.fromEntries(TABLES.map((t) => [t, count(t)])) as Record<(typeof TABLES)[number], number>;
}

function partnerNamed(app: AppCore, fullName: string) {
  const rows = app.db.prepare('SELECT id FROM partners WHERE full_name = ?').all(fullName) as { id: number }[];
  return rows;
}

async function detailOf(app: AppCore, fullName: string) {
  const [row] = partnerNamed(app, fullName);
  if (!row) throw new Error(`no partner ${fullName}`);
  return call(app, 'partners:get', { id: row.id });
}

async function addExisting(app: AppCore) {
  const category = (await call(app, 'partners:categories', {})).find((c) => c.name === 'Культура');
  return call(app, 'partners:create', {
    fullName: 'ООО «Ромашка»',
    shortName: 'Ромашка',
    categoryId: category?.id ?? 0,
    legalForm: '',
    inn: '7707083893',
    kpp: '',
    ogrn: '',
    legalAddress: 'г. Зверево, ул. Мира, 1',
    postalAddress: '',
    headName: '',
    headPosition: '',
    headBasis: '',
    website: '',
    notes: 'Давний партнёр',
    status: 'potential',
    contacts: [{ name: 'Петрова Ольга', role: '', phone: '', email: '' }],
    forms: [{ text: 'Экскурсии', taskIds: [] }],
    effects: ['Расширение кругозора'],
  });
}

describe('previewing an import', () => {
  it('gives a row with a bad ИНН the ИНН’s Russian message at its line, and nothing else', async () => {
    const app = await core();
    const preview = await call(
      app,
      'partners:importPreview',
      await mapped(
        app,
        file(
          'Центр «Радуга»;Радуга;Культура;7736207543;;;;;',
          'Клуб «Звезда»;;Спорт;7707083894;;;;;',
          'Школа искусств;;Культура;;Бывший;Иванов Иван;+7 900 1;"Концерты; Выставки\nМастер-классы";Развитие',
        ),
      ),
    );
    expect(preview.rows.map((r) => [r.line, r.errors])).toEqual([
      [2, {}],
      [3, { inn: 'ИНН: неверное контрольное число' }],
      [4, {}],
    ]);
    expect(preview.counts).toEqual({ rows: 3, valid: 2, invalid: 1, duplicates: 0 });
    expect(preview.rows[2]?.fields).toMatchObject({
      status: 'former',
      contact: { name: 'Иванов Иван', role: '', phone: '+7 900 1', email: '' },
      forms: ['Концерты', 'Выставки', 'Мастер-классы'],
      effects: ['Развитие'],
    });
    expect(preview.rows.map((r) => r.newCategory)).toEqual([null, null, null]);
  });

  it('explains an unknown status, a missing direction and a contact without a name', async () => {
    const app = await core();
    const preview = await call(
      app,
      'partners:importPreview',
      await mapped(app, file('Центр «Радуга»;;;;Закрыт;;+7 900 1;;')),
    );
    expect(preview.rows[0]?.errors).toEqual({
      category: 'Укажите направление',
      status: 'Статус «Закрыт» не известен: укажите Потенциальный, Действующий, Приостановлен, Бывший',
      contactName: 'Укажите контактное лицо: в строке есть его телефон, почта или должность',
    });
  });

  it('finds duplicates by ИНН and by name (case, quotes «», extra spaces) in the store and among earlier rows', async () => {
    const app = await core();
    const existing = await addExisting(app);
    const preview = await call(
      app,
      'partners:importPreview',
      await mapped(
        app,
        file(
          'Совсем другое имя;;Культура;7707083893;;;;;',
          '  ооо   "РОМАШКА" ;;Культура;;;;;;',
          'гибдд;;Безопасность;;;;;;',
          'Центр «Радуга»;;Культура;7736207543;;;;;',
          'Центр Радуга;;Культура;;;;;;',
          'Дом «Радуги»;;Культура;7736207543;;;;;',
        ),
      ),
    );
    const gibdd = partnerNamed(app, 'ГИБДД')[0]?.id;
    expect(preview.rows.map((r) => r.duplicates)).toEqual([
      [{ id: existing.id, line: null, fullName: 'ООО «Ромашка»', reason: 'inn' }],
      [{ id: existing.id, line: null, fullName: 'ООО «Ромашка»', reason: 'name' }],
      [{ id: gibdd, line: null, fullName: 'ГИБДД', reason: 'name' }],
      [],
      [{ id: null, line: 5, fullName: 'Центр «Радуга»', reason: 'name' }],
      [{ id: null, line: 5, fullName: 'Центр «Радуга»', reason: 'inn' }],
    ]);
    expect(preview.counts).toEqual({ rows: 6, valid: 6, invalid: 0, duplicates: 5 });
  });

  it('reads and previews without writing anything', async () => {
    const app = await core();
    const before = storeCounts(app);
    const input = file('Новый партнёр;;Новое направление;;;Иванов;;Экскурсии;Эффект', 'Плохой;;Спорт;123;;;;;');
    await call(app, 'partners:importRead', input);
    await call(app, 'partners:importPreview', await mapped(app, input));
    expect(storeCounts(app)).toEqual(before);
  });
});

describe('committing an import', () => {
  it('writes the valid rows only, with their new directions, statuses, contact, forms and effects', async () => {
    const app = await core();
    const before = storeCounts(app);
    const result = await commit(
      app,
      file(
        'Центр «Радуга»;Радуга;Туризм;7736207543;Потенциальный;Иванов Иван;+7 900 1;Секции;Здоровье',
        'Клуб «Звезда»;;Спорт;7707083894;;;;;',
        'Школа искусств;;  туризм ;;;;;"Концерты\nВыставки";',
      ),
      'skip',
    );
    expect(result).toEqual({ created: 2, updated: 0, skipped: 0, invalid: 1 });
    expect(storeCounts(app)).toEqual({
      ...before,
      partners: before.partners + 2,
      partner_categories: before.partner_categories + 1,
      partner_contacts: before.partner_contacts + 1,
      partner_forms: before.partner_forms + 3,
      partner_effects: before.partner_effects + 1,
    });
    expect(await detailOf(app, 'Центр «Радуга»')).toMatchObject({
      shortName: 'Радуга',
      category: 'Туризм',
      inn: '7736207543',
      status: 'potential',
      stage: 1,
      contacts: [{ name: 'Иванов Иван', role: '', phone: '+7 900 1', email: '' }],
      forms: [{ text: 'Секции', taskIds: [] }],
      effects: ['Здоровье'],
    });
    const school = await detailOf(app, 'Школа искусств');
    expect(school).toMatchObject({
      category: 'Туризм',
      // No status in the row: it follows the agreements, and there are none yet.
      status: 'potential',
      standing: { statusByHand: null },
      forms: [{ text: 'Концерты' }, { text: 'Выставки' }],
    });
    expect(partnerNamed(app, 'Клуб «Звезда»')).toEqual([]);
  });

  it('writes nothing at all when one row fails to be written: the whole file is one transaction', async () => {
    const app = await core();
    app.db.exec(
      "CREATE TRIGGER refuse_test BEFORE INSERT ON partners WHEN NEW.full_name = 'Сбой' BEGIN SELECT RAISE(ABORT, 'сбой'); END",
    );
    const before = storeCounts(app);
    const answer = await app.dispatch('partners:importCommit', {
      ...(await mapped(app, file('Центр «Радуга»;;Новое направление;;;;;Секции;', 'Сбой;;Культура;;;;;;'))),
      onDuplicate: 'add',
    });
    expect(answer.ok).toBe(false);
    expect(storeCounts(app)).toEqual(before);
  });

  it('skips duplicates when told to skip, leaving the existing partner as it was', async () => {
    const app = await core();
    const existing = await addExisting(app);
    const result = await commit(
      app,
      file('Ромашка;;Спорт;7707083893;Бывший;;;;', 'Центр «Радуга»;;Культура;;;;;;', 'центр радуга;;Культура;;;;;;'),
      'skip',
    );
    expect(result).toEqual({ created: 1, updated: 0, skipped: 2, invalid: 0 });
    expect(await call(app, 'partners:get', { id: existing.id })).toEqual(existing);
  });

  it('updates the matched partner with the file’s non-empty fields and keeps the lists the file has none of', async () => {
    const app = await core();
    const existing = await addExisting(app);
    const before = storeCounts(app);
    const result = await commit(
      app,
      file('ООО «Ромашка» (новое имя);Ромашка-2;Спорт;7707083893;Приостановлен;;;;'),
      'update',
    );
    expect(result).toEqual({ created: 0, updated: 1, skipped: 0, invalid: 0 });
    expect(await call(app, 'partners:get', { id: existing.id })).toMatchObject({
      fullName: 'ООО «Ромашка» (новое имя)',
      shortName: 'Ромашка-2',
      category: 'Спорт',
      status: 'suspended',
      legalAddress: 'г. Зверево, ул. Мира, 1',
      notes: 'Давний партнёр',
      contacts: existing.contacts,
      forms: existing.forms,
      effects: existing.effects,
    });
    expect(storeCounts(app).partners).toBe(before.partners);
  });

  it('replaces forms, effects and contacts on update when the file has them, keeps a name matched by name, and updates a partner added by a row above', async () => {
    const app = await core();
    const existing = await addExisting(app);
    const result = await commit(
      app,
      file(
        'Ромашка;;Культура;;;Сидоров Пётр;;Экскурсии\nКонцерты;Новый эффект',
        'Центр «Радуга»;;Культура;7736207543;;;;;',
        'Центр Радуга;;Культура;;Бывший;;;Секции;',
      ),
      'update',
    );
    expect(result).toEqual({ created: 1, updated: 2, skipped: 0, invalid: 0 });
    expect(await call(app, 'partners:get', { id: existing.id })).toMatchObject({
      fullName: 'ООО «Ромашка»',
      status: 'potential',
      contacts: [{ name: 'Сидоров Пётр' }],
      forms: [
        { text: 'Экскурсии', taskIds: [] },
        { text: 'Концерты', taskIds: [] },
      ],
      effects: ['Новый эффект'],
    });
    expect(partnerNamed(app, 'Центр Радуга')).toEqual([]);
    expect(await detailOf(app, 'Центр «Радуга»')).toMatchObject({
      inn: '7736207543',
      status: 'former',
      forms: [{ text: 'Секции' }],
    });
  });

  it('adds duplicates as new partners when told to add', async () => {
    const app = await core();
    await addExisting(app);
    const result = await commit(app, file('ООО «Ромашка»;;Культура;7707083893;;;;;'), 'add');
    expect(result).toEqual({ created: 1, updated: 0, skipped: 0, invalid: 0 });
    expect(partnerNamed(app, 'ООО «Ромашка»')).toHaveLength(2);
  });

  it('reads a Windows-1251 file the same way as UTF-8', async () => {
    const app = await core();
    const text = [HEADER, 'Центр «Радуга»;;Культура;7736207543;Действующий;Ёлкина Анна;;;'].join('\r\n');
    const input = { fileName: 'Партнёры.csv', content: base64(windows1251(text)) };
    const read = await call(app, 'partners:importRead', input);
    expect(read).toMatchObject({ format: 'csv', encoding: 'windows-1251', delimiter: ';', rowCount: 1 });
    expect(await commit(app, input, 'skip')).toEqual({ created: 1, updated: 0, skipped: 0, invalid: 0 });
    expect(await detailOf(app, 'Центр «Радуга»')).toMatchObject({ contacts: [{ name: 'Ёлкина Анна' }] });
  });
});

describe('refusals', () => {
  it('refuses a garbage file with a Russian message and writes nothing', async () => {
    const app = await core();
    const before = storeCounts(app);
    const garbage = base64(Uint8Array.from({ length: 2000 }, (_, i) => (i * 131 + 7) % 256));
    for (const channel of ['partners:importRead', 'partners:importPreview', 'partners:importCommit'] as const) {
      const answer = await app.dispatch(channel, {
        fileName: 'партнёры.csv',
        content: garbage,
        ...(channel === 'partners:importRead' ? {} : { mapping: { ...emptyMapping(), fullName: 0 } }),
        ...(channel === 'partners:importCommit' ? { onDuplicate: 'add' } : {}),
      });
      expect(answer).toEqual({
        ok: false,
        error: { code: 'invalid_input', message: expect.stringContaining('Файл не похож на таблицу') },
      });
    }
    expect(storeCounts(app)).toEqual(before);
  });

  it('refuses to import without the column of the full name, and a column the file does not have', async () => {
    const app = await core();
    const input = file('Центр «Радуга»;;Культура;;;;;;');
    const noName: ImportMapping = { ...emptyMapping(), category: 2 };
    expect(await app.dispatch('partners:importPreview', { ...input, mapping: noName })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'Выберите столбец с полным наименованием партнёра.' },
    });
    const outside: ImportMapping = { ...emptyMapping(), fullName: 0, notes: 40 };
    expect(
      await app.dispatch('partners:importCommit', { ...input, mapping: outside, onDuplicate: 'skip' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('нет столбца № 41') },
    });
  });

  it('refuses a file over 10 MB at the seam', async () => {
    const app = await core();
    const answer = await app.dispatch('partners:importRead', { fileName: 'big.csv', content: 'A'.repeat(14_000_000) });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { content: 'Файл больше 10 МБ: разделите его на части' } },
    });
  });
});
