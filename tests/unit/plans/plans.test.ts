import { describe, expect, it } from 'vitest';
import type { AppCore } from '../../../src-main/app-core';
import { academicWeek } from '../../../src-main/plans/copy-forward';
import { call, partnerId, refusal, useCores } from '../../kit';
import { addItem, byTitle, fieldsOf, insertEvent, itemFields, taskIds } from './fixtures';

const core = useCores();
const YEAR = '2026/2027';
const NEXT = '2027/2028';
const OUTSIDE = 'Дата должна быть в пределах 2026/2027 учебного года: с 01.09.2026 по 31.08.2027';

async function withPlan(year = YEAR): Promise<AppCore> {
  const app = await core();
  await call(app, 'plans:create', { year, copyFrom: null });
  return app;
}

const weekday = (iso: string | null) => new Date(`${iso ?? ''}T00:00:00Z`).getUTCDay();

describe('a year’s plan', () => {
  it('does not exist until it is created, and then is approved by the director named in Настройки', async () => {
    const app = await core();
    const settings = await call(app, 'settings:get', {});
    await call(app, 'settings:saveSchool', { ...settings.school, directorName: 'Иванова Мария Петровна' });

    const none = await call(app, 'plans:get', { year: YEAR });
    expect(none).toMatchObject({ year: YEAR, exists: false, items: [] });
    expect(none.approval).toMatchObject({
      approverPosition: 'Директор МБОУ Первомайская СОШ',
      approverName: 'Иванова Мария Петровна',
      approvalOrderNumber: '',
      approvalOrderDate: null,
      agreed: false,
    });
    expect(await call(app, 'plans:years', {})).toEqual([]);

    const created = await call(app, 'plans:create', { year: YEAR, copyFrom: null });
    expect(created).toMatchObject({ exists: true, items: [], approval: none.approval });
    expect(await call(app, 'plans:years', {})).toEqual([{ year: YEAR, itemsCount: 0 }]);
  });

  it('is created once: a second plan for the same year is refused', async () => {
    const app = await withPlan();
    expect(await refusal(app, 'plans:create', { year: YEAR, copyFrom: null })).toMatchObject({
      code: 'conflict',
      message: 'План на 2026/2027 учебный год уже есть.',
    });
  });

  it('must be created before items or an approval are added to it', async () => {
    const app = await core();
    const error = await refusal(app, 'planItems:create', { year: YEAR, fields: itemFields() });
    expect(error).toMatchObject({
      code: 'not_found',
      message: expect.stringContaining('План на 2026/2027 учебный год ещё не создан'),
    });
    const approval = (await call(app, 'plans:get', { year: YEAR })).approval;
    expect(await refusal(app, 'plans:saveApproval', { year: YEAR, approval })).toMatchObject({ code: 'not_found' });
  });

  it('keeps its approval: the order, and the agreement by the pedagogical council with its protocol', async () => {
    const app = await withPlan();
    const approval = {
      approverPosition: 'Директор МБОУ Первомайская СОШ',
      approverName: 'М.П. Иванова',
      approvalOrderNumber: '45',
      approvalOrderDate: '2026-08-29',
      agreed: true,
      agreedBy: 'Педагогический совет',
      agreedProtocolNumber: '1',
      agreedProtocolDate: '2026-08-28',
    };
    expect((await call(app, 'plans:saveApproval', { year: YEAR, approval })).approval).toEqual(approval);
    expect((await call(app, 'plans:get', { year: YEAR })).approval).toEqual(approval);
  });

  it('refuses a year written otherwise than «2026/2027»', async () => {
    const app = await core();
    expect(await refusal(app, 'plans:get', { year: '2026/2028' })).toMatchObject({
      code: 'invalid_input',
      fields: { year: 'Второй год должен следовать за первым' },
    });
  });
});

describe('the year’s boundaries', () => {
  it('take items on 1 September and on 31 August', async () => {
    const app = await withPlan();
    const first = await addItem(app, YEAR, { title: 'День знаний', dateFrom: '2026-09-01', timeFrom: null });
    const last = await addItem(app, YEAR, { title: 'Последний день', dateFrom: '2027-08-31', timeFrom: null });
    expect([first.planMonth, last.planMonth]).toEqual(['2026-09', '2027-08']);
    const month = await addItem(app, YEAR, { title: 'Август', timing: 'month', month: '2027-08' });
    expect(month.planMonth).toBe('2027-08');
  });

  it('refuse a day outside the year, with a Russian message at its field', async () => {
    const app = await withPlan();
    expect(
      await refusal(app, 'planItems:create', { year: YEAR, fields: itemFields({ dateFrom: '2026-08-31' }) }),
    ).toMatchObject({ code: 'invalid_input', fields: { 'fields.dateFrom': OUTSIDE } });
    expect(
      await refusal(app, 'planItems:create', { year: YEAR, fields: itemFields({ dateFrom: '2027-09-01' }) }),
    ).toMatchObject({ fields: { 'fields.dateFrom': OUTSIDE } });
    const range = itemFields({ timing: 'range', dateFrom: '2027-08-25', dateTo: '2027-09-01' });
    expect(await refusal(app, 'planItems:create', { year: YEAR, fields: range })).toMatchObject({
      fields: { 'fields.dateTo': OUTSIDE },
    });
    const month = itemFields({ timing: 'month', month: '2027-09' });
    expect(await refusal(app, 'planItems:create', { year: YEAR, fields: month })).toMatchObject({
      fields: { 'fields.month': 'Месяц должен быть в пределах 2026/2027 учебного года: с сентября по август' },
    });
  });

  it('hold an item to its own plan’s year when it is edited', async () => {
    const app = await withPlan();
    const item = await addItem(app, YEAR);
    const moved = { ...fieldsOf(item), dateFrom: '2027-09-14' };
    expect(await refusal(app, 'planItems:update', { id: item.id, fields: moved })).toMatchObject({
      fields: { 'fields.dateFrom': OUTSIDE },
    });
  });
});

describe('plan items', () => {
  it('are created, read with their partners, direction and month, changed and deleted', async () => {
    const app = await withPlan();
    const [direction] = await call(app, 'directions:list', {});
    const [task] = taskIds(app);
    const gibdd = partnerId(app, 'ГИБДД');
    const mchs = partnerId(app, 'МЧС');
    const item = await addItem(app, YEAR, {
      title: 'Неделя безопасности',
      form: 'Встреча с инспектором',
      partnerIds: [mchs, gibdd, gibdd],
      timing: 'range',
      dateFrom: '2026-10-05',
      dateTo: '2026-10-09',
      timeFrom: '10:00',
      timeTo: '11:30',
      participants: [
        { kind: 'teachers', value: '' },
        { kind: 'class', value: '5Б' },
        { kind: 'level', value: 'НОО' },
        { kind: 'class', value: '10А' },
        { kind: 'class', value: '5А' },
        { kind: 'parents', value: '' },
      ],
      venue: 'partner',
      venueNote: 'пожарная часть',
      responsiblePartner: 'Инспектор Сидоров С.В.',
      taskIds: [task ?? 0],
      directionId: direction?.id ?? null,
      notes: 'Согласовать автобус',
    });
    expect(item).toMatchObject({
      partnerIds: [Math.min(gibdd, mchs), Math.max(gibdd, mchs)],
      directionName: direction?.name,
      planMonth: '2026-10',
      // A range of days is on the calendar at once, as one all-day event.
      eventsCount: 1,
      heldCount: 0,
      taskIds: [task],
      participants: [
        { kind: 'class', value: '5А' },
        { kind: 'class', value: '5Б' },
        { kind: 'class', value: '10А' },
        { kind: 'level', value: 'НОО' },
        { kind: 'parents', value: '' },
        { kind: 'teachers', value: '' },
      ],
    });
    expect([...item.partnerNames].sort()).toEqual(['ГИБДД', 'МЧС']);

    const changed = await call(app, 'planItems:update', {
      id: item.id,
      fields: { ...fieldsOf(item), timing: 'month', month: '2026-11', partnerIds: [gibdd], directionId: null },
    });
    expect(changed).toMatchObject({ saved: true });
    expect(changed.saved && changed.item).toMatchObject({
      timing: 'month',
      month: '2026-11',
      dateFrom: null,
      dateTo: null,
      timeFrom: null,
      timeTo: null,
      planMonth: '2026-11',
      partnerNames: ['ГИБДД'],
      directionName: null,
      // With only a month it is a task of November again: its event, never changed by hand, left the calendar.
      eventsCount: 0,
    });
    expect(await call(app, 'plans:years', {})).toEqual([{ year: YEAR, itemsCount: 1 }]);

    expect(await call(app, 'planItems:delete', { id: item.id })).toEqual({ deleted: true });
    expect((await call(app, 'plans:get', { year: YEAR })).items).toEqual([]);
    expect(await refusal(app, 'planItems:delete', { id: item.id })).toMatchObject({ code: 'not_found' });
  });

  it('need what their timing says: a month, both dates of a range, times in order', async () => {
    const app = await withPlan();
    const cases: [Partial<ReturnType<typeof itemFields>>, string, string][] = [
      [{ timing: 'month', month: null }, 'fields.month', 'Укажите месяц'],
      [{ timing: 'range', dateTo: null }, 'fields.dateTo', 'Укажите дату окончания'],
      [{ timing: 'exact', dateFrom: null }, 'fields.dateFrom', 'Укажите дату'],
      [{ timing: 'range', dateTo: '2026-09-14' }, 'fields.dateTo', 'Дата окончания раньше даты начала'],
      [{ timeFrom: '12:00', timeTo: '11:00' }, 'fields.timeTo', 'Время окончания раньше времени начала'],
      [{ timeFrom: null, timeTo: '11:00' }, 'fields.timeFrom', 'Укажите время начала'],
      [
        { participants: [{ kind: 'class', value: '5а' }] },
        'fields.participants.0.value',
        expect.stringContaining('«5А»'),
      ],
    ];
    for (const [patch, field, message] of cases) {
      const error = await refusal(app, 'planItems:create', { year: YEAR, fields: itemFields(patch) });
      expect(error.fields, field).toMatchObject({ [field]: message });
    }
  });

  it('refer only to partners, program tasks and directions that exist', async () => {
    const app = await withPlan();
    const error = await refusal(app, 'planItems:create', {
      year: YEAR,
      fields: itemFields({ partnerIds: [partnerId(app, 'ГИБДД'), 9999], taskIds: [9999], directionId: 9999 }),
    });
    expect(error).toMatchObject({
      code: 'invalid_input',
      fields: {
        'fields.partnerIds': 'Партнёр не найден: выберите партнёров из списка',
        'fields.taskIds': 'Задача программы не найдена: выберите задачи из списка',
        'fields.directionId': 'Направление воспитания не найдено: выберите его из списка',
      },
    });
  });

  it('are ordered by month, the month-long ones first, then by day, time and title', async () => {
    const app = await withPlan();
    await addItem(app, YEAR, { title: 'Б: октябрь, 10:00', dateFrom: '2026-10-05', timeFrom: '10:00' });
    await addItem(app, YEAR, { title: 'А: октябрь, 10:00', dateFrom: '2026-10-05', timeFrom: '10:00' });
    await addItem(app, YEAR, { title: 'Октябрь, 09:00', dateFrom: '2026-10-05', timeFrom: '09:00' });
    await addItem(app, YEAR, { title: 'Весь октябрь', timing: 'month', month: '2026-10' });
    await addItem(app, YEAR, { title: 'Январь', dateFrom: '2027-01-20' });
    await addItem(app, YEAR, { title: 'Сентябрь', timing: 'range', dateFrom: '2026-09-28', dateTo: '2026-10-02' });
    const plan = await call(app, 'plans:get', { year: YEAR });
    expect(plan.items.map((i) => i.title)).toEqual([
      'Сентябрь',
      'Весь октябрь',
      'Октябрь, 09:00',
      'А: октябрь, 10:00',
      'Б: октябрь, 10:00',
      'Январь',
    ]);
  });

  it('count their events, a series once, and those held; a deleted item leaves its events on the calendar', async () => {
    const app = await withPlan();
    const item = await addItem(app, YEAR, { timing: 'month', month: '2026-09', dateFrom: null, timeFrom: null });
    insertEvent(app, item.id, { start: '2026-09-15T10:00', status: 'held' });
    const series = insertEvent(app, item.id, { start: '2026-10-06T15:00', rrule: 'FREQ=WEEKLY;COUNT=4' });
    insertEvent(app, item.id, { start: '2026-10-13T15:00', status: 'held', seriesId: series });
    insertEvent(app, null, { start: '2026-10-20T15:00', status: 'held' });

    expect(await call(app, 'plans:get', { year: YEAR })).toMatchObject({ items: [{ eventsCount: 2, heldCount: 2 }] });
    await call(app, 'planItems:delete', { id: item.id });
    const events = app.db.prepare('SELECT plan_item_id AS planItemId FROM events').all();
    expect(events).toEqual([{ planItemId: null }, { planItemId: null }, { planItemId: null }, { planItemId: null }]);
  });
});

describe('a plan copied from another year', () => {
  async function sourcePlan(app: AppCore) {
    const [direction] = await call(app, 'directions:list', {});
    const tasks = taskIds(app).slice(0, 2);
    const partners = [partnerId(app, 'ГИБДД'), partnerId(app, 'МЧС')];
    await call(app, 'plans:create', { year: YEAR, copyFrom: null });
    await call(app, 'plans:saveApproval', {
      year: YEAR,
      approval: {
        approverPosition: 'Директор МБОУ Первомайская СОШ',
        approverName: 'Иванова Мария Петровна',
        approvalOrderNumber: '45',
        approvalOrderDate: '2026-08-29',
        agreed: true,
        agreedBy: 'Педагогический совет',
        agreedProtocolNumber: '1',
        agreedProtocolDate: '2026-08-28',
      },
    });
    const exact = await addItem(app, YEAR, {
      title: 'Вторник третьей недели',
      partnerIds: partners,
      taskIds: tasks,
      directionId: direction?.id ?? null,
      participants: [
        { kind: 'class', value: '7В' },
        { kind: 'parents', value: '' },
      ],
      timeFrom: '10:00',
      timeTo: '11:30',
      venue: 'outing',
      responsiblePartner: 'Инспектор',
      notes: 'Автобус',
    });
    await addItem(app, YEAR, { title: 'Неделя', timing: 'range', dateFrom: '2026-10-05', dateTo: '2026-10-09' });
    await addItem(app, YEAR, { title: 'Весь май', timing: 'month', month: '2027-05' });
    await addItem(app, YEAR, { title: 'Первое сентября', dateFrom: '2026-09-01', timeFrom: '08:30' });
    insertEvent(app, exact.id, { start: '2026-09-15T10:00', status: 'held' });
    return { direction, tasks, partners };
  }

  it('has every item moved to the same week and weekday, with its times, partners, tasks and direction', async () => {
    const app = await core();
    const { direction, tasks, partners } = await sourcePlan(app);
    const copy = await call(app, 'plans:create', { year: NEXT, copyFrom: YEAR });

    expect(copy.items.map((i) => i.title)).toEqual(['Первое сентября', 'Вторник третьей недели', 'Неделя', 'Весь май']);
    const tuesday = byTitle(copy, 'Вторник третьей недели');
    expect(tuesday).toMatchObject({
      timing: 'exact',
      dateFrom: '2027-09-14',
      dateTo: null,
      timeFrom: '10:00',
      timeTo: '11:30',
      partnerIds: [...partners].sort((a, b) => a - b),
      taskIds: tasks,
      directionId: direction?.id,
      participants: [
        { kind: 'class', value: '7В' },
        { kind: 'parents', value: '' },
      ],
      venue: 'outing',
      responsiblePartner: 'Инспектор',
      notes: 'Автобус',
      // Its day is on the new year's calendar at once.
      eventsCount: 1,
      heldCount: 0,
    });
    expect(weekday(tuesday.dateFrom)).toBe(2);
    expect(academicWeek(NEXT, tuesday.dateFrom ?? '')).toBe(3);
    expect(byTitle(copy, 'Неделя')).toMatchObject({ dateFrom: '2027-10-04', dateTo: '2027-10-08' });
    expect(byTitle(copy, 'Весь май')).toMatchObject({ month: '2028-05', planMonth: '2028-05', eventsCount: 0 });
    // Tuesday of week 1 of 2027/2028 would be 31 August 2027: the next Tuesday, inside the year.
    expect(byTitle(copy, 'Первое сентября')).toMatchObject({ dateFrom: '2027-09-07', timeFrom: '08:30' });
  });

  it('copies no events, statuses or outcomes, nor the order and protocol, and leaves the source as it was', async () => {
    const app = await core();
    await sourcePlan(app);
    const before = await call(app, 'plans:get', { year: YEAR });
    const eventsBefore = app.db.prepare('SELECT count(*) AS n FROM events').pluck().get() as number;
    const copy = await call(app, 'plans:create', { year: NEXT, copyFrom: YEAR });

    // The dated items of the copy get new planned events of their own; nothing held comes along.
    expect(copy.items.every((i) => i.heldCount === 0)).toBe(true);
    expect(copy.items.map((i) => i.eventsCount)).toEqual([1, 1, 1, 0]);
    expect(app.db.prepare('SELECT count(*) AS n FROM events').pluck().get()).toBe(eventsBefore + 3);
    expect(
      app.db.prepare(`SELECT count(*) FROM events WHERE status <> 'planned' AND starts_at >= '2027-09'`).pluck().get(),
    ).toBe(0);
    expect(copy.approval).toMatchObject({
      approvalOrderNumber: '',
      approvalOrderDate: null,
      agreed: true,
      agreedBy: 'Педагогический совет',
      agreedProtocolNumber: '',
      agreedProtocolDate: null,
    });
    expect(await call(app, 'plans:get', { year: YEAR })).toEqual(before);
    expect(await call(app, 'plans:years', {})).toEqual([
      { year: YEAR, itemsCount: 4 },
      { year: NEXT, itemsCount: 4 },
    ]);
  });

  it('moves 29 February to the same weekday of the same week of a year without it', async () => {
    const app = await withPlan('2027/2028');
    await addItem(app, '2027/2028', { title: 'Високосный день', dateFrom: '2028-02-29' });
    const copy = await call(app, 'plans:create', { year: '2028/2029', copyFrom: '2027/2028' });
    const [moved] = copy.items;
    expect(moved?.dateFrom).toBe('2029-02-27');
    expect(weekday(moved?.dateFrom ?? null)).toBe(weekday('2028-02-29'));
    expect(academicWeek('2028/2029', moved?.dateFrom ?? '')).toBe(academicWeek('2027/2028', '2028-02-29'));
  });

  it('is refused when the source year has no plan, or is the same year, and when the new year has one', async () => {
    const app = await withPlan();
    expect(await refusal(app, 'plans:create', { year: NEXT, copyFrom: '2025/2026' })).toMatchObject({
      code: 'not_found',
      fields: { copyFrom: 'Плана на 2025/2026 учебный год нет' },
    });
    expect(await refusal(app, 'plans:create', { year: NEXT, copyFrom: NEXT })).toMatchObject({
      code: 'invalid_input',
      fields: { copyFrom: 'Выберите план другого учебного года' },
    });
    expect(await refusal(app, 'plans:create', { year: YEAR, copyFrom: YEAR })).toMatchObject({ code: 'conflict' });
    expect((await call(app, 'plans:get', { year: NEXT })).exists).toBe(false);
  });
});

describe('directions of upbringing', () => {
  it('start with the eight of ФГОС and take a new one at the end of the list', async () => {
    const app = await core();
    const list = await call(app, 'directions:list', {});
    expect(list).toHaveLength(8);
    expect(list[0]?.name).toBe('Гражданское воспитание');
    const added = await call(app, 'directions:add', { name: '  Профориентация  ' });
    expect(added.name).toBe('Профориентация');
    expect((await call(app, 'directions:list', {})).at(-1)).toEqual(added);
  });

  it('refuse a name already in the list, whatever its case', async () => {
    const app = await core();
    expect(await refusal(app, 'directions:add', { name: 'ГРАЖДАНСКОЕ воспитание' })).toMatchObject({
      code: 'conflict',
      message: 'Направление «ГРАЖДАНСКОЕ воспитание» уже есть в списке.',
      fields: { name: 'Такое направление уже есть' },
    });
    expect(await call(app, 'directions:list', {})).toHaveLength(8);
  });
});
