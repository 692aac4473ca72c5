import { describe, expect, it } from 'vitest';
import { NO_ACQUISITION_FILTER } from '../../../src-main/contract/acquisitions';
import { call, partnerId, refusal, useCores } from '../../kit';
import { acquisitionFields, addAcquisition, LIBRARY, storedRows } from './fixtures';

const core = useCores();

describe('the plan of acquisitions', () => {
  it('lists its items by year, then those without a quarter, then by quarter, category and name', async () => {
    const app = await core();
    await addAcquisition(app, { name: 'Мяч футбольный', category: 'Спортивный инвентарь', plannedYear: 2028 });
    await addAcquisition(app, { name: 'Проектор', category: 'Мультимедийное оборудование', plannedQuarter: 3 });
    await addAcquisition(app, { name: 'Азбука', category: 'Учебные пособия', plannedQuarter: 3 });
    await addAcquisition(app, { name: 'Ёлочные игрушки', category: 'Игровое оборудование', plannedQuarter: null });
    await addAcquisition(app, { name: 'Букварь', category: 'Учебные пособия', plannedQuarter: 3 });
    const list = await call(app, 'acquisitions:list', NO_ACQUISITION_FILTER);
    expect(list.map((a) => a.name)).toEqual(['Ёлочные игрушки', 'Проектор', 'Азбука', 'Букварь', 'Мяч футбольный']);
    expect(list[0]).toMatchObject({ status: 'planned', acquiredOn: null, partnerName: null, unit: 'шт.' });
  });

  it('filters by years, status and source', async () => {
    const app = await core();
    const library = partnerId(app, LIBRARY);
    await addAcquisition(app, { name: 'Проектор', plannedYear: 2026 });
    const books = await addAcquisition(app, {
      name: 'Книги',
      plannedYear: 2027,
      source: 'partner',
      partnerId: library,
    });
    await addAcquisition(app, { name: 'Стенд', plannedYear: 2029, source: 'sponsor', sourceNote: 'ИП Смирнов А.В.' });
    await call(app, 'acquisitions:markAcquired', { id: books.id, acquiredOn: '2026-11-20' });
    const names = async (filter: Partial<typeof NO_ACQUISITION_FILTER>) =>
      (await call(app, 'acquisitions:list', { ...NO_ACQUISITION_FILTER, ...filter })).map((a) => a.name);
    expect(await names({ fromYear: 2027 })).toEqual(['Книги', 'Стенд']);
    expect(await names({ toYear: 2027 })).toEqual(['Проектор', 'Книги']);
    expect(await names({ fromYear: 2027, toYear: 2028 })).toEqual(['Книги']);
    expect(await names({ status: 'acquired' })).toEqual(['Книги']);
    expect(await names({ status: 'planned', source: 'sponsor' })).toEqual(['Стенд']);
    expect(await names({ source: 'partner' })).toEqual(['Книги']);
  });

  it('keeps a partner only for the partner source, and a note only for a sponsor or another source', async () => {
    const app = await core();
    const library = partnerId(app, LIBRARY);
    const fromPartner = await addAcquisition(app, {
      source: 'partner',
      partnerId: library,
      sourceNote: 'не нужна',
    });
    expect(fromPartner).toMatchObject({ partnerId: library, partnerName: LIBRARY, sourceNote: '' });
    const budget = await addAcquisition(app, { source: 'budget', partnerId: library, sourceNote: 'не нужна' });
    expect(budget).toMatchObject({ partnerId: null, partnerName: null, sourceNote: '' });
    const sponsor = await addAcquisition(app, { source: 'sponsor', partnerId: library, sourceNote: ' ИП Смирнов ' });
    expect(sponsor).toMatchObject({ partnerId: null, sourceNote: 'ИП Смирнов' });
    const other = await addAcquisition(app, { source: 'other', sourceNote: 'Грант фонда «Дети»' });
    expect(other.sourceNote).toBe('Грант фонда «Дети»');
  });

  it('is edited whole, keeping the item’s status and day of acquisition', async () => {
    const app = await core();
    const item = await addAcquisition(app);
    await call(app, 'acquisitions:markAcquired', { id: item.id, acquiredOn: '2026-11-02' });
    const updated = await call(app, 'acquisitions:update', {
      id: item.id,
      fields: acquisitionFields({ name: 'Конструктор «Архитектор»', quantity: 3, costKopecks: null, notes: 'Для 1А' }),
    });
    expect(updated).toMatchObject({
      name: 'Конструктор «Архитектор»',
      quantity: 3,
      costKopecks: null,
      notes: 'Для 1А',
      status: 'acquired',
      acquiredOn: '2026-11-02',
    });
  });

  it('marks an item acquired on a day, cancels it, and brings it back to the plan', async () => {
    const app = await core();
    const item = await addAcquisition(app);
    expect(await call(app, 'acquisitions:markAcquired', { id: item.id, acquiredOn: '2026-11-26' })).toMatchObject({
      status: 'acquired',
      acquiredOn: '2026-11-26',
    });
    // The day may be corrected.
    expect(await call(app, 'acquisitions:markAcquired', { id: item.id, acquiredOn: '2026-11-25' })).toMatchObject({
      acquiredOn: '2026-11-25',
    });
    expect(await refusal(app, 'acquisitions:cancel', { id: item.id })).toMatchObject({
      code: 'conflict',
      message:
        '«Конструктор „Строитель“ для начальных классов» уже приобретено 25.11.2026. Чтобы отменить позицию, сначала верните её в план.',
    });
    expect(await call(app, 'acquisitions:restore', { id: item.id })).toMatchObject({
      status: 'planned',
      acquiredOn: null,
    });
    expect(await call(app, 'acquisitions:cancel', { id: item.id })).toMatchObject({ status: 'cancelled' });
    expect(await call(app, 'acquisitions:restore', { id: item.id })).toMatchObject({ status: 'planned' });
  });

  it('deletes an item; a deleted item is not found afterwards', async () => {
    const app = await core();
    const item = await addAcquisition(app);
    const kept = await addAcquisition(app, { name: 'Глобус' });
    expect(await call(app, 'acquisitions:delete', { id: item.id })).toEqual({ deleted: true });
    expect((await call(app, 'acquisitions:list', NO_ACQUISITION_FILTER)).map((a) => a.id)).toEqual([kept.id]);
    for (const channel of ['acquisitions:delete', 'acquisitions:cancel', 'acquisitions:restore'] as const) {
      expect(await refusal(app, channel, { id: item.id })).toMatchObject({
        code: 'not_found',
        message: 'Позиция плана приобретения не найдена: возможно, она уже удалена.',
      });
    }
    expect(await refusal(app, 'acquisitions:update', { id: item.id, fields: acquisitionFields() })).toMatchObject({
      code: 'not_found',
    });
  });

  it('suggests the default categories first, then those the school typed, each once whatever its case', async () => {
    const app = await core();
    await addAcquisition(app, { category: 'Наглядные пособия' });
    await addAcquisition(app, { category: 'наглядные пособия' });
    await addAcquisition(app, { category: 'игровое оборудование' });
    await addAcquisition(app, { category: 'Декорации' });
    expect(await call(app, 'acquisitions:categories', {})).toEqual([
      'Игровое оборудование',
      'Учебные пособия',
      'Методическая литература',
      'Художественная литература',
      'Спортивный инвентарь',
      'Мультимедийное оборудование',
      'Декорации',
      'Наглядные пособия',
    ]);
  });
});

describe('the approval of the plan of acquisitions', () => {
  it('is the director of Настройки until the office saves one, then what it saved', async () => {
    const app = await core();
    const settings = await call(app, 'settings:get', {});
    await call(app, 'settings:saveSchool', { ...settings.school, directorName: 'Иванова Мария Петровна' });
    expect(await call(app, 'acquisitions:getApproval', {})).toEqual({
      approverPosition: 'Директор МБОУ Первомайская СОШ',
      approverName: 'Иванова Мария Петровна',
      approvalOrderNumber: '',
      approvalOrderDate: null,
    });
    const approval = {
      approverPosition: 'Директор МБОУ Первомайская СОШ',
      approverName: 'М.П. Иванова',
      approvalOrderNumber: '112-о',
      approvalOrderDate: '2026-09-01',
    };
    expect(await call(app, 'acquisitions:saveApproval', approval)).toEqual(approval);
    expect(await call(app, 'acquisitions:getApproval', {})).toEqual(approval);
    // The annual plan's approval is apart.
    expect((await call(app, 'plans:get', { year: '2026/2027' })).approval.approvalOrderNumber).toBe('');
  });

  it('refuses a date that is no date, and a 10 000-character name, and keeps the saved approval', async () => {
    const app = await core();
    const approval = await call(app, 'acquisitions:saveApproval', {
      approverPosition: 'Директор',
      approverName: 'М.П. Иванова',
      approvalOrderNumber: '1',
      approvalOrderDate: '2026-09-01',
    });
    expect(
      await refusal(app, 'acquisitions:saveApproval', { ...approval, approvalOrderDate: '2026-02-30' }),
    ).toMatchObject({ code: 'invalid_input', fields: { approvalOrderDate: 'Такой даты нет' } });
    expect(
      await refusal(app, 'acquisitions:saveApproval', { ...approval, approverName: 'И'.repeat(10_000) }),
    ).toMatchObject({ code: 'invalid_input', fields: { approverName: 'Не более 200 символов' } });
    expect(await call(app, 'acquisitions:getApproval', {})).toEqual(approval);
  });
});

describe('a refused change of the plan of acquisitions changes nothing', () => {
  const cases: [string, Parameters<typeof acquisitionFields>[0], string, string][] = [
    ['an empty name', { name: '   ' }, 'fields.name', 'Укажите наименование'],
    ['a 10 000-character name', { name: 'К'.repeat(10_000) }, 'fields.name', 'Не более 500 символов'],
    ['a quantity of 0', { quantity: 0 }, 'fields.quantity', 'Количество — не меньше 1'],
    ['a fractional quantity', { quantity: 1.5 }, 'fields.quantity', 'Количество — целое число'],
    ['no unit', { unit: '' }, 'fields.unit', 'Укажите единицу измерения'],
    ['a year before 2000', { plannedYear: 1999 }, 'fields.plannedYear', 'Год — не раньше 2000'],
    ['a fifth quarter', { plannedQuarter: 5 }, 'fields.plannedQuarter', 'Не больше 4'],
    ['a negative cost', { costKopecks: -1 }, 'fields.costKopecks', 'Сумма не может быть отрицательной'],
    [
      'a cost in fractions of a kopeck',
      { costKopecks: 10.5 },
      'fields.costKopecks',
      'Сумма — в копейках, целым числом',
    ],
    ['the partner source without a partner', { source: 'partner' }, 'fields.partnerId', 'Выберите партнёра'],
  ];

  for (const [what, patch, field, message] of cases) {
    it(`refuses ${what}, with the reason at the field`, async () => {
      const app = await core();
      const item = await addAcquisition(app);
      const before = storedRows(app);
      const error = await refusal(app, 'acquisitions:create', { fields: acquisitionFields(patch) });
      expect(error).toMatchObject({ code: 'invalid_input', fields: { [field]: message } });
      expect(
        await refusal(app, 'acquisitions:update', { id: item.id, fields: acquisitionFields(patch) }),
      ).toMatchObject({ code: 'invalid_input', fields: { [field]: message } });
      expect(storedRows(app)).toEqual(before);
    });
  }

  it('refuses a partner deleted meanwhile as not found', async () => {
    const app = await core();
    const item = await addAcquisition(app);
    const mchs = partnerId(app, 'МЧС');
    await call(app, 'partners:delete', { id: mchs });
    const before = storedRows(app);
    const fields = acquisitionFields({ source: 'partner', partnerId: mchs });
    const expected = {
      code: 'not_found',
      message: 'Партнёр не найден: возможно, он удалён. Выберите партнёра из списка.',
      fields: { 'fields.partnerId': 'Партнёр не найден: выберите партнёра из списка' },
    };
    expect(await refusal(app, 'acquisitions:create', { fields })).toMatchObject(expected);
    expect(await refusal(app, 'acquisitions:update', { id: item.id, fields })).toMatchObject(expected);
    expect(storedRows(app)).toEqual(before);
  });

  it('refuses marking an item acquired without a day, on a day that is no date, or on a day after today', async () => {
    const app = await core();
    const item = await addAcquisition(app);
    const before = storedRows(app);
    expect(await refusal(app, 'acquisitions:markAcquired', { id: item.id })).toMatchObject({
      code: 'invalid_input',
      fields: { acquiredOn: 'Ожидается дата' },
    });
    expect(await refusal(app, 'acquisitions:markAcquired', { id: item.id, acquiredOn: '' })).toMatchObject({
      code: 'invalid_input',
      fields: { acquiredOn: 'Дата в виде ГГГГ-ММ-ДД' },
    });
    // The test clock stands at 26.11.2026.
    expect(await refusal(app, 'acquisitions:markAcquired', { id: item.id, acquiredOn: '2026-11-27' })).toMatchObject({
      code: 'invalid_input',
      fields: { acquiredOn: 'Дата приобретения не может быть позже сегодняшней (26.11.2026)' },
    });
    expect(storedRows(app)).toEqual(before);
  });

  it('refuses a list whose years run backwards', async () => {
    const app = await core();
    expect(
      await refusal(app, 'acquisitions:list', { ...NO_ACQUISITION_FILTER, fromYear: 2030, toYear: 2026 }),
    ).toMatchObject({ code: 'invalid_input', fields: { toYear: 'Год «по» раньше года «с»' } });
  });

  it('refuses a field it does not know', async () => {
    const app = await core();
    const before = storedRows(app);
    expect(
      await refusal(app, 'acquisitions:create', { fields: { ...acquisitionFields(), status: 'acquired' } }),
    ).toMatchObject({ code: 'invalid_input' });
    expect(storedRows(app)).toEqual(before);
  });
});
