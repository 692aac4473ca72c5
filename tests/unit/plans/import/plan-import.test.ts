import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../../../src-main/app-core';
import type { PlanImportPreview, PlanImportRow } from '../../../../src-main/contract/plan-import';
import { blankPlanItemFields, type Participant } from '../../../../src-main/contract/plans';
import { compoundFile, docxFile, wordTable } from '../../../fixtures/office-files';
import { call, partnerId, refusal, useCores } from '../../../kit';
import { base64, csvPlan, excelPlan, wordPlan } from './plan-files';

const core = useCores();
const YEAR = '2025/2026';
const CLASSES = ['1А', '1Б', '2А', '5А', '5Б', '6А', '7А', '7Б', '8А', '9А', '10А', '11А'];
const CDB = 'МБУК «Центральная детская библиотека» г. Зверево';

async function school(): Promise<AppCore> {
  const app = await core();
  await call(app, 'classes:save', { year: YEAR, classes: CLASSES.map((name) => ({ name, pupils: 25 })) });
  return app;
}

async function preview(app: AppCore, fileName: string, bytes: Uint8Array, year: string | null = null) {
  return call(app, 'plans:importPreview', { fileName, content: base64(bytes), year, tableIndex: null });
}

const cls = (...names: string[]): Participant[] => names.map((value) => ({ kind: 'class', value }));
const lvl = (...names: ('НОО' | 'ООО' | 'СОО')[]): Participant[] => names.map((value) => ({ kind: 'level', value }));
const PARENTS: Participant = { kind: 'parents', value: '' };
const TEACHERS: Participant = { kind: 'teachers', value: '' };

const month = (m: string) => ({
  timing: 'month',
  month: m,
  dateFrom: null,
  dateTo: null,
  timeFrom: null,
  timeTo: null,
});
const day = (d: string, timeFrom: string | null = null) => ({
  timing: 'exact',
  month: null,
  dateFrom: d,
  dateTo: null,
  timeFrom,
  timeTo: null,
});
const span = (from: string, to: string) => ({
  timing: 'range',
  month: null,
  dateFrom: from,
  dateTo: to,
  timeFrom: null,
  timeTo: null,
});

type Expected =
  | { line: number; group: string }
  | {
      line: number;
      title: string;
      timing: object;
      participants?: Participant[];
      partners?: string[];
      form?: string;
      responsible?: string;
      notes?: string;
      remarks?: string[];
    }
  | { line: number; problems: string[] };

/** Each row of the preview against what the file says at that line, one by one and in order. */
function expectRows(rows: readonly PlanImportRow[], expected: readonly Expected[]) {
  expect(rows.map((r) => r.line)).toEqual(expected.map((e) => e.line));
  rows.forEach((row, i) => {
    const want = expected[i];
    if (!want) return;
    if ('group' in want) {
      expect(row, `line ${row.line}`).toMatchObject({ kind: 'group', groupMonth: want.group, problems: [] });
    } else if ('problems' in want) {
      expect(row, `line ${row.line}`).toMatchObject({ kind: 'item', problems: want.problems });
    } else {
      expect(row.problems, `line ${row.line}`).toEqual([]);
      expect(row.item, `line ${row.line}`).toMatchObject({
        title: want.title,
        ...want.timing,
        participants: want.participants ?? [],
        partnerKeys: want.partners ?? [],
        ...(want.form === undefined ? {} : { form: want.form }),
        ...(want.responsible === undefined ? {} : { responsibleSchool: want.responsible }),
        notes: want.notes ?? '',
      });
      expect(row.remarks, `line ${row.line}`).toEqual(want.remarks ?? []);
    }
  });
}

const partnerOf = (p: PlanImportPreview, text: string) => p.partners.find((x) => x.text === text);

describe('a plan in a Word table', () => {
  it('is previewed row by row: merged months, a partner merged down, dates as days, spans and words', async () => {
    const app = await school();
    const p = await preview(app, 'План 2025-2026.docx', await wordPlan());
    expect(p).toMatchObject({ year: YEAR, fileYear: YEAR, planExists: false, tableIndex: 0 });
    expect(p.columns.map((c) => c.column)).toEqual([
      'number',
      'title',
      'timing',
      'participants',
      'partner',
      'responsibleSchool',
    ]);
    expectRows(p.rows, [
      { line: 2, group: '2025-09' },
      {
        line: 3,
        title: 'Урок мужества «Память жива»',
        timing: day('2025-09-03'),
        // «5–7 классы»: every class of grades 5–7 the school has in 2025/2026.
        participants: cls('5А', '5Б', '6А', '7А', '7Б'),
        partners: ['цдб'],
        responsible: 'Классные руководители',
      },
      {
        line: 4,
        title: 'Неделя безопасности дорожного движения',
        timing: span('2025-09-01', '2025-09-07'),
        participants: cls('1А', '1Б'),
        partners: ['гибдд'],
      },
      // «ГИБДД» is merged down from the row above; «в течение месяца» takes the month of «СЕНТЯБРЬ».
      {
        line: 5,
        title: 'Викторина «Знатоки ПДД»',
        timing: month('2025-09'),
        participants: lvl('НОО'),
        partners: ['гибдд'],
      },
      { line: 6, group: '2025-10' },
      {
        line: 7,
        title: 'Праздничный концерт ко Дню учителя',
        timing: day('2025-10-05'),
        participants: [PARENTS, TEACHERS],
        partners: ['дк маяк'],
      },
      {
        line: 8,
        title: 'Экскурсия в пожарную часть',
        timing: span('2025-10-10', '2025-10-20'),
        participants: cls('8А'),
        partners: ['мчс'],
      },
      { line: 9, problems: ['Дата 12.10.2024 не входит в 2025/2026 учебный год (с 01.09.2025 по 31.08.2026)'] },
      { line: 10, group: '2025-09' },
      {
        line: 11,
        title: 'Акция «Читаем вместе»',
        timing: month('2025-09'),
        participants: cls('2А'),
        partners: ['центральная детская библиотека'],
        notes: 'Сроки по плану: В течение года\nУчастники по плану: обучающиеся 2-4 классов',
        remarks: [
          'Сроки «В течение года»: в плане пункт стоит в месяце «Сентябрь 2025», сроки — в примечании',
          'В списке классов на 2025/2026 учебный год нет 3–4 классов (экран «Классы») — участники записаны в примечание',
        ],
      },
      { line: 12, problems: ['Нет названия мероприятия'] },
    ]);
    expect(p.counts).toEqual({ items: 8, ready: 6, withProblems: 2, groups: 3 });

    // Partners as the registry knows them: by name in any case and quotes, by abbreviation, or offered.
    expect(partnerOf(p, 'ГИБДД')).toMatchObject({ matchedId: partnerId(app, 'ГИБДД'), lines: [4, 5] });
    expect(partnerOf(p, 'дк «маяк»')).toMatchObject({ matchedId: partnerId(app, 'ДК «Маяк» г. Зверево') });
    expect(partnerOf(p, 'МЧС')).toMatchObject({ matchedId: partnerId(app, 'МЧС'), lines: [8, 12] });
    expect(partnerOf(p, 'ЦДБ')).toMatchObject({ matchedId: partnerId(app, CDB), how: 'abbreviation' });
    expect(partnerOf(p, 'Центральная детская библиотека')).toMatchObject({ matchedId: partnerId(app, CDB) });
    expect(partnerOf(p, 'Совет ветеранов')).toMatchObject({ matchedId: null, candidates: [] });
  });

  it('is written in one go into a new plan, dated items on the calendar, and the import undone whole', async () => {
    const app = await school();
    const file = { fileName: 'План.docx', content: base64(await wordPlan()) };
    const p = await call(app, 'plans:importPreview', { ...file, year: null, tableIndex: null });
    const cdb = partnerId(app, CDB);
    const result = await call(app, 'plans:importCommit', {
      ...file,
      year: YEAR,
      tableIndex: p.tableIndex,
      partners: [
        { key: 'цдб', choice: { kind: 'existing', id: cdb } },
        { key: 'центральная детская библиотека', choice: { kind: 'existing', id: cdb } },
        // Named only in a row with a problem: neither created nor linked.
        { key: 'совет ветеранов', choice: { kind: 'create' } },
      ],
      newPartnerCategoryId: null,
    });
    expect(result).toMatchObject({ year: YEAR, created: 6, createdPartners: 0, onCalendar: 4, skipped: 2 });

    const plan = await call(app, 'plans:get', { year: YEAR });
    expect(plan.exists).toBe(true);
    const byTitle = new Map(plan.items.map((item) => [item.title, item]));
    expect(byTitle.get('Урок мужества «Память жива»')).toMatchObject({
      timing: 'exact',
      dateFrom: '2025-09-03',
      partnerIds: [cdb],
      participants: cls('5А', '5Б', '6А', '7А', '7Б'),
      responsibleSchool: 'Классные руководители',
      venue: 'school',
    });
    expect(byTitle.get('Викторина «Знатоки ПДД»')).toMatchObject({
      timing: 'month',
      month: '2025-09',
      partnerIds: [partnerId(app, 'ГИБДД')],
    });
    expect(byTitle.get('Акция «Читаем вместе»')?.notes).toBe(
      'Сроки по плану: В течение года\nУчастники по плану: обучающиеся 2-4 классов',
    );
    expect(byTitle.has('Встреча с ветеранами')).toBe(false);

    // Dated items reached the calendar as a hand-made item would; month items did not.
    const events = await call(app, 'events:range', { from: '2025-09-01', to: '2026-08-31' });
    expect(events.map((e) => [e.title, e.start.slice(0, 10), e.end.slice(0, 10)]).sort()).toEqual(
      [
        ['Неделя безопасности дорожного движения', '2025-09-01', '2025-09-07'],
        ['Праздничный концерт ко Дню учителя', '2025-10-05', '2025-10-05'],
        ['Урок мужества «Память жива»', '2025-09-03', '2025-09-03'],
        ['Экскурсия в пожарную часть', '2025-10-10', '2025-10-20'],
      ].sort(),
    );
    expect(events.find((e) => e.title.startsWith('Урок мужества'))?.classes).toEqual(['5А', '5Б', '6А', '7А', '7Б']);
    const partnersBefore = (await call(app, 'partners:list', {})).length;

    expect(await call(app, 'plans:importUndo', { undoToken: result.undoToken })).toEqual({
      removed: 6,
      removedPartners: 0,
    });
    // The plan the import started goes with it; the calendar is as it was.
    expect((await call(app, 'plans:get', { year: YEAR })).exists).toBe(false);
    expect(await call(app, 'events:range', { from: '2025-09-01', to: '2026-08-31' })).toEqual([]);
    expect((await call(app, 'partners:list', {})).length).toBe(partnersBefore);
    expect((await refusal(app, 'plans:importUndo', { undoToken: result.undoToken })).message).toBe(
      'Импорт уже отменён.',
    );
  });
});

describe('a plan in an Excel sheet', () => {
  it('is previewed row by row: a merged title, merged months, columns in another order, times and spans', async () => {
    const app = await school();
    const p = await preview(app, 'План.xlsx', await excelPlan());
    expect(p).toMatchObject({ year: YEAR, fileYear: YEAR });
    expect(p.columns.map((c) => c.column)).toEqual([
      'timing',
      'title',
      'form',
      'participants',
      'partner',
      'responsibleSchool',
    ]);
    expectRows(p.rows, [
      { line: 4, group: '2025-11' },
      {
        line: 5,
        title: 'Профилактика простудных заболеваний',
        timing: day('2025-11-12'),
        form: 'беседа',
        participants: cls('7А', '7Б'),
        // The registry knows «ЦГБ, детская поликлиника г. Красный Сулин» whole: its comma splits nothing.
        partners: ['цгб, детская поликлиника г. красный сулин'],
        responsible: 'Медсестра',
      },
      {
        line: 6,
        title: 'Книжная выставка «Мама — главное слово»',
        timing: month('2025-11'),
        form: 'выставка',
        participants: lvl('НОО'),
        partners: ['цдб', 'дк маяк'],
      },
      {
        line: 7,
        title: 'Мастер-класс по декоративно-прикладному творчеству',
        timing: day('2025-11-15', '14:00'),
        participants: lvl('ООО'),
        partners: ['центр дополнительного образования'],
      },
      { line: 8, group: '2025-12' },
      {
        line: 9,
        title: 'Новогодняя благотворительная ярмарка',
        timing: month('2025-12'),
        participants: [PARENTS],
        notes: 'Сроки по плану: по согласованию',
        remarks: ['Сроки «по согласованию»: в плане пункт стоит в месяце «Декабрь 2025», сроки — в примечании'],
      },
      {
        line: 10,
        title: 'Зимняя проектная смена',
        timing: span('2025-12-25', '2026-01-10'),
        participants: cls('10А', '11А'),
        partners: ['рдк г. красный сулин'],
      },
      { line: 11, problems: ['Такой даты нет: «32.12.2025»'] },
    ]);
    expect(partnerOf(p, 'ЦГБ, детская поликлиника г. Красный Сулин')?.matchedId).toBe(
      partnerId(app, 'ЦГБ, детская поликлиника г. Красный Сулин'),
    );
    expect(partnerOf(p, 'Центр дополнительного образования')?.matchedId).toBe(
      partnerId(app, 'МБОУ ДЦДДТ «Центр дополнительного образования»'),
    );
  });

  it('adds to a plan that exists, creates the partners chosen, and its undo leaves the hand-made items', async () => {
    const app = await school();
    await call(app, 'plans:create', { year: YEAR, copyFrom: null });
    const own = await call(app, 'planItems:create', {
      year: YEAR,
      fields: { ...blankPlanItemFields('2025-09'), title: 'Собственное мероприятие' },
    });
    const file = { fileName: 'План.xlsx', content: base64(await excelPlan()) };
    const result = await call(app, 'plans:importCommit', {
      ...file,
      year: YEAR,
      tableIndex: 0,
      partners: [{ key: 'цдб', choice: { kind: 'create' } }],
      newPartnerCategoryId: null,
    });
    expect(result).toMatchObject({ created: 5, createdPartners: 1, onCalendar: 3, skipped: 1 });
    const created = (await call(app, 'partners:list', {})).find((p) => p.fullName === 'ЦДБ');
    expect(created).toMatchObject({ category: 'Прочие' });
    const items = (await call(app, 'plans:get', { year: YEAR })).items;
    expect(items.find((i) => i.title.startsWith('Книжная выставка'))?.partnerIds).toEqual(
      [created?.id, partnerId(app, 'ДК «Маяк» г. Зверево')].sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
    expect(items.find((i) => i.title === 'Мастер-класс по декоративно-прикладному творчеству')).toMatchObject({
      timeFrom: '14:00',
    });

    expect(await call(app, 'plans:importUndo', { undoToken: result.undoToken })).toEqual({
      removed: 5,
      removedPartners: 1,
    });
    const after = await call(app, 'plans:get', { year: YEAR });
    expect(after.items.map((i) => i.id)).toEqual([own.id]);
    expect((await call(app, 'partners:list', {})).some((p) => p.fullName === 'ЦДБ')).toBe(false);
  });
});

describe('a plan in a CSV file', () => {
  it('is previewed row by row: months in the «Сроки» column, quarters and half-years, loose partner names', async () => {
    const app = await school();
    const p = await preview(app, 'План.csv', csvPlan());
    expect(p.year).toBe(YEAR);
    expectRows(p.rows, [
      { line: 2, title: 'День знаний', timing: month('2025-09'), participants: lvl('НОО', 'ООО', 'СОО') },
      {
        line: 3,
        title: 'Посвящение в читатели',
        timing: month('2025-09'),
        participants: cls('1А', '1Б'),
        partners: ['мбук центральная детская библиотека г. зверево'],
      },
      {
        line: 4,
        title: 'Цикл бесед «Безопасное лето»',
        timing: month('2025-09'),
        participants: cls('5А', '5Б', '6А', '7А', '7Б'),
        partners: ['мчс'],
        notes: 'Сроки по плану: 1 четверть',
        remarks: ['Сроки «1 четверть»: в плане пункт стоит в месяце «Сентябрь 2025», сроки — в примечании'],
      },
      {
        line: 5,
        title: 'Рождественские встречи',
        timing: month('2026-01'),
        participants: [TEACHERS],
        partners: ['храм покрова'],
      },
      { line: 6, problems: ['Май 2025 не входит в 2025/2026 учебный год (с сентября по август)'] },
      {
        line: 7,
        title: 'Профориентационные экскурсии',
        timing: month('2026-01'),
        participants: cls('8А', '9А'),
        partners: ['рцвр'],
        notes: 'Сроки по плану: II полугодие',
        remarks: ['Сроки «II полугодие»: в плане пункт стоит в месяце «Январь 2026», сроки — в примечании'],
      },
    ]);
    expect(partnerOf(p, 'МБУК "Центральная детская библиотека" г. Зверево')?.matchedId).toBe(partnerId(app, CDB));
    expect(partnerOf(p, 'РЦВР')?.matchedId).toBe(partnerId(app, 'МБУ РЦВР г. Красный Сулин'));
    expect(partnerOf(p, 'Храм Покрова')).toMatchObject({ matchedId: null, candidates: [] });
  });

  it('read for another year marks every dated row, and a partner left out is named in the notes', async () => {
    const app = await school();
    const file = { fileName: 'План.csv', content: base64(csvPlan()) };
    const other = await call(app, 'plans:importPreview', { ...file, year: '2026/2027', tableIndex: null });
    expect(other.counts).toMatchObject({ ready: 3, withProblems: 3 });
    expect(other.rows.find((r) => r.line === 2)?.problems).toEqual([
      'Сентябрь 2025 не входит в 2026/2027 учебный год (с сентября по август)',
    ]);
    const result = await call(app, 'plans:importCommit', {
      ...file,
      year: YEAR,
      tableIndex: 0,
      partners: [{ key: 'храм покрова', choice: { kind: 'none' } }],
      newPartnerCategoryId: null,
    });
    expect(result).toMatchObject({ created: 5, createdPartners: 0, onCalendar: 0 });
    const item = (await call(app, 'plans:get', { year: YEAR })).items.find((i) => i.title === 'Рождественские встречи');
    expect(item).toMatchObject({ partnerIds: [], notes: 'Партнёр по плану: Храм Покрова' });
  });
});

describe('a plan loaded twice', () => {
  it('marks the rows the plan has already, and loads only the new ones', async () => {
    const app = await school();
    const file = { fileName: 'План.csv', content: base64(csvPlan()) };
    const commit = () =>
      call(app, 'plans:importCommit', { ...file, year: YEAR, tableIndex: 0, partners: [], newPartnerCategoryId: null });
    expect((await commit()).created).toBe(5);
    const again = await call(app, 'plans:importPreview', { ...file, year: YEAR, tableIndex: null });
    expect(again.counts).toMatchObject({ ready: 0, withProblems: 6 });
    expect(again.rows.find((r) => r.line === 3)?.problems).toEqual([
      'Такое мероприятие уже есть в плане: «Посвящение в читатели»',
    ]);
    expect(
      (
        await refusal(app, 'plans:importCommit', {
          ...file,
          year: YEAR,
          tableIndex: 0,
          partners: [],
          newPartnerCategoryId: null,
        })
      ).message,
    ).toBe('В файле нет ни одной строки, которую можно загрузить: исправьте отмеченные.');
    expect((await call(app, 'plans:get', { year: YEAR })).items).toHaveLength(5);
  });
});

describe('an import that cannot be done', () => {
  it('refuses a file without a plan table, a Word 97 file and a partner no longer there, writing nothing', async () => {
    const app = await school();
    const letter = await docxFile([
      'Письмо',
      wordTable([
        ['ФИО', 'Телефон'],
        ['Иванова', '123'],
      ]),
    ]);
    expect(
      (
        await refusal(app, 'plans:importPreview', {
          fileName: 'Письмо.docx',
          content: base64(letter),
          year: null,
          tableIndex: null,
        })
      ).message,
    ).toMatch(/^В файле нет таблицы плана/);
    const doc = await refusal(app, 'plans:importPreview', {
      fileName: 'План.doc',
      content: base64(compoundFile()),
      year: null,
      tableIndex: null,
    });
    expect(doc.message).toMatch(/\.docx/);

    const refused = await refusal(app, 'plans:importCommit', {
      fileName: 'План.docx',
      content: base64(await wordPlan()),
      year: YEAR,
      tableIndex: 0,
      partners: [{ key: 'цдб', choice: { kind: 'existing', id: 99_999 } }],
      newPartnerCategoryId: null,
    });
    expect(refused.message).toBe('Партнёр, выбранный для строки, не найден: откройте файл заново.');
    expect(await call(app, 'plans:years', {})).toEqual([]);
  });
});
