import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../../../src-main/app-core';
import type { ModelImportRow } from '../../../../src-main/contract/model-import';
import { partnerFieldsOf } from '../../../../src-main/contract/partners';
import { call, partnerId, refusal, useCores } from '../../../kit';
import { excelModel, wordModel } from '../../../fixtures/model-files';
import { compoundFile } from '../../../fixtures/office-files';
import { base64, utf8 } from '../../../fixtures/partner-files';

const core = useCores();

const CDB = 'МБУК «Центральная детская библиотека» г. Зверево';
const MAYAK = 'ДК «Маяк» г. Зверево';
const RDK = 'РДК г. Красный Сулин';

const picked = (fileName: string, bytes: Uint8Array) => ({ fileName, content: base64(bytes) });

/** A row of the preview as the user reads it: lines, the name, where it goes, what it adds, what is wrong. */
function seen(row: ModelImportRow) {
  const match =
    row.match.kind === 'found'
      ? row.match.partner.fullName
      : row.match.kind === 'new'
        ? 'будет добавлен'
        : row.match.candidates.map((c) => c.fullName);
  return [row.line, row.lastLine, row.partnerText, match, row.forms, row.effects, row.problems];
}

async function formsAndEffects(app: AppCore, fullName: string) {
  const detail = await call(app, 'partners:get', { id: partnerId(app, fullName) });
  return { forms: detail.forms.map((f) => f.text), effects: detail.effects };
}

function partnerCount(app: AppCore): number {
  return (app.db.prepare('SELECT count(*) AS n FROM partners').get() as { n: number }).n;
}

describe('«Импорт модели»: preview', () => {
  it('reads a Word model row by row as the file says, merged partner cells and sections included', async () => {
    const app = await core();
    const preview = await call(app, 'partners:modelImportPreview', picked('Модель.docx', await wordModel()));
    expect(preview.source).toBe('Таблица 1');
    expect(preview.columns).toEqual({
      partner: 'Социальные партнёры',
      forms: 'Формы взаимодействия',
      effects: 'Социальный эффект',
    });
    expect(preview.rows.map(seen)).toEqual([
      [
        3,
        4,
        'МБУК «ЦДБ»',
        CDB,
        ['Библиотечные уроки', 'Книжные выставки', 'Экскурсии', 'Встречи с писателями'],
        ['Повышение интереса к чтению', 'Расширение кругозора'],
        [],
      ],
      [5, 5, 'ДК «Маяк»', MAYAK, ['Концерты', 'Конкурсы'], ['Развитие творческих способностей'], []],
      [7, 7, 'ГИБДД', 'ГИБДД', ['Беседы о ПДД'], ['Снижение детского травматизма'], []],
      [
        8,
        8,
        'Пожарная часть № 5',
        'будет добавлен',
        ['Экскурсия в пожарную часть'],
        ['Навыки безопасного поведения'],
        [],
      ],
      [9, 9, 'Дом культуры', [MAYAK, RDK], ['Концерт ко Дню матери'], [], []],
      [
        10,
        10,
        'Родительский комитет',
        'будет добавлен',
        [],
        [],
        ['Нет ни форм взаимодействия, ни социального эффекта'],
      ],
    ]);
  });

  it('reads an Excel model with its columns in another order, and leaves out what the partner already has', async () => {
    const app = await core();
    const cdb = partnerId(app, CDB);
    const detail = await call(app, 'partners:get', { id: cdb });
    await call(app, 'partners:update', {
      id: cdb,
      fields: { ...partnerFieldsOf(detail), forms: [{ text: 'Библиотечные уроки', taskIds: [] }], effects: [] },
    });
    const preview = await call(app, 'partners:modelImportPreview', picked('модель.xlsx', await excelModel()));
    expect(preview.source).toBe('Модель');
    expect(preview.columns).toEqual({ partner: 'Партнёр', forms: 'Формы работы', effects: 'Социальный эффект' });
    expect(preview.rows.map(seen)).toEqual([
      [
        3,
        5,
        'Центральная детская библиотека',
        CDB,
        ['Читательская конференция', 'Краеведческие чтения'],
        ['Интерес к чтению', 'Любовь к родному краю'],
        [],
      ],
      [
        6,
        6,
        'Госавтоинспекция (ГИБДД)',
        'ГИБДД',
        ['Беседы', 'Игра «Светофор»'],
        ['Безопасное поведение на дорогах'],
        [],
      ],
    ]);
    expect(preview.rows[0]?.formsKnown).toBe(1);
  });

  it('refuses a Word 97–2003 file, a file without the model’s table, and changes nothing', async () => {
    const app = await core();
    const before = partnerCount(app);
    const doc = await refusal(app, 'partners:modelImportPreview', picked('Модель.doc', compoundFile()));
    expect(doc.message).toMatch(/^Это документ Word старого формата \(Word 97–2003\).*«Документ Word \(\*\.docx\)»/);
    const other = await refusal(
      app,
      'partners:modelImportPreview',
      picked('план.csv', utf8('Дата;Мероприятие\n01.09.2025;Линейка\n')),
    );
    expect(other.message).toMatch(
      /^В файле не найдена таблица модели взаимодействия.*«план\.csv» \(«Дата», «Мероприятие»\)/,
    );
    expect(partnerCount(app)).toBe(before);
  });
});

describe('«Импорт модели»: commit and undo', () => {
  it('writes every row without problems in one go, as chosen, and takes it all back', async () => {
    const app = await core();
    const file = picked('Модель.docx', await wordModel());
    const safety = (await call(app, 'partners:categories', {})).find((c) => c.name === 'Безопасность');
    const before = {
      count: partnerCount(app),
      cdb: await formsAndEffects(app, CDB),
      rdk: await formsAndEffects(app, RDK),
      gibdd: await formsAndEffects(app, 'ГИБДД'),
    };

    // An ambiguous row left unchosen: refused, nothing written.
    const unchosen = await refusal(app, 'partners:modelImportCommit', {
      ...file,
      choices: [],
      categoryId: safety?.id ?? null,
    });
    expect(unchosen.message).toBe(
      'Строка 9: название «Дом культуры» подходит нескольким партнёрам — выберите, какой это.',
    );
    expect(partnerCount(app)).toBe(before.count);

    const result = await call(app, 'partners:modelImportCommit', {
      ...file,
      choices: [{ line: 9, target: partnerId(app, RDK) }],
      categoryId: safety?.id ?? null,
    });
    expect(result).toMatchObject({ created: 1, updated: 4, forms: 9, effects: 5, skipped: 1 });
    expect(await formsAndEffects(app, CDB)).toEqual({
      forms: [...before.cdb.forms, 'Библиотечные уроки', 'Книжные выставки', 'Экскурсии', 'Встречи с писателями'],
      effects: [...before.cdb.effects, 'Повышение интереса к чтению', 'Расширение кругозора'],
    });
    expect((await formsAndEffects(app, RDK)).forms).toEqual([...before.rdk.forms, 'Концерт ко Дню матери']);
    const fire = await call(app, 'partners:get', { id: partnerId(app, 'Пожарная часть № 5') });
    expect(fire.category).toBe('Безопасность');
    expect(fire.forms.map((f) => f.text)).toEqual(['Экскурсия в пожарную часть']);
    expect(() => partnerId(app, 'Родительский комитет')).toThrow();

    // The same file again adds nothing new.
    const again = await call(app, 'partners:modelImportPreview', file);
    expect(again.rows.slice(0, 3).map((r) => [r.forms, r.effects])).toEqual([
      [[], []],
      [[], []],
      [[], []],
    ]);

    expect(await call(app, 'partners:undoModelImport', { undoToken: result.undoToken })).toEqual({ partners: 5 });
    expect(partnerCount(app)).toBe(before.count);
    expect(await formsAndEffects(app, CDB)).toEqual(before.cdb);
    expect(await formsAndEffects(app, RDK)).toEqual(before.rdk);
    expect(await formsAndEffects(app, 'ГИБДД')).toEqual(before.gibdd);
    const twice = await refusal(app, 'partners:undoModelImport', { undoToken: result.undoToken });
    expect(twice.message).toBe('Импорт уже отменён или запись о нём не сохранилась.');
  });

  it('asks for a direction when the import adds partners, and lets a row be skipped', async () => {
    const app = await core();
    const file = picked('Модель.docx', await wordModel());
    const noCategory = await refusal(app, 'partners:modelImportCommit', {
      ...file,
      choices: [{ line: 9, target: 'skip' }],
      categoryId: null,
    });
    expect(noCategory.message).toBe('Выберите направление, в которое войдут новые партнёры.');
    const skipped = await call(app, 'partners:modelImportCommit', {
      ...file,
      choices: [
        { line: 8, target: 'skip' },
        { line: 9, target: 'skip' },
      ],
      categoryId: null,
    });
    expect(skipped).toMatchObject({ created: 0, updated: 3, skipped: 3 });
  });
});
