import { describe, expect, it } from 'vitest';
import { partnerFieldsOf, blankPartnerFields } from '../../../src-main/contract/partners';
import { LOAN_ITEM_KIND_LABELS, LOAN_ITEM_KINDS, loanFieldsOf } from '../../../src-main/contract/loans';
import { programModel } from '../../../src-main/program/program-model';
import { call, partnerId, refusal, useCores } from '../../kit';
import { HOUSE_OF_CULTURE, LIBRARY, loanFields, loanTables } from './fixtures';

const core = useCores();

describe('partners’ resources on loan', () => {
  it('labels the kinds of items with the programme’s own list of lendable resources, and «Другое»', () => {
    expect(LOAN_ITEM_KINDS.map((k) => LOAN_ITEM_KIND_LABELS[k])).toEqual([...programModel.lendableResources, 'Другое']);
  });

  it('records a loan with its items in order and shows it on loan, with a summary and the total quantity', async () => {
    const app = await core();
    const loan = await call(app, 'loans:create', loanFields(partnerId(app, LIBRARY)));
    expect(loan).toMatchObject({
      partnerName: LIBRARY,
      term: { status: 'onLoan', daysLeft: 19, daysLate: null },
      totalQuantity: 5,
      returnedOn: null,
    });
    expect(loan.items.map((i) => i.name)).toEqual(['Самовар угольный', 'Рушник вышитый', 'Прялка']);
    const [row] = await call(app, 'loans:list', {});
    expect(row).toMatchObject({
      id: loan.id,
      status: 'onLoan',
      itemsSummary: 'Самовар угольный, Рушник вышитый × 3, Прялка',
      itemsCount: 3,
      totalQuantity: 5,
    });
  });

  it('finds loans by an item’s name or the partner’s name without regard to case or «ё», and by view and partner', async () => {
    const app = await core();
    const library = partnerId(app, LIBRARY);
    const house = partnerId(app, HOUSE_OF_CULTURE);
    const museum = await call(app, 'loans:create', loanFields(library));
    const books = await call(
      app,
      'loans:create',
      loanFields(house, {
        receivedOn: '2026-09-01',
        dueOn: '2026-10-01',
        items: [{ name: 'Ёлочные игрушки', kind: 'other', quantity: 20, inventoryNumber: '', condition: '' }],
      }),
    );
    const ids = async (filter: object) => (await call(app, 'loans:list', filter)).map((l) => l.id);
    expect(await ids({ search: 'САМОВАР' })).toEqual([museum.id]);
    expect(await ids({ search: 'елочные' })).toEqual([books.id]);
    expect(await ids({ search: 'детская БИБЛИОТЕКА' })).toEqual([museum.id]);
    expect(await ids({ search: 'маяк' })).toEqual([books.id]);
    expect(await ids({ search: 'рояль' })).toEqual([]);
    expect(await ids({ view: 'overdue' })).toEqual([books.id]);
    expect(await ids({ view: 'open' })).toEqual([museum.id, books.id]);
    expect(await ids({ partnerId: house })).toEqual([books.id]);
    await call(app, 'loans:markReturned', { id: books.id, returnedOn: '2026-10-05', condition: '', remarks: '' });
    expect(await ids({ view: 'returned' })).toEqual([books.id]);
    expect(await ids({ view: 'overdue' })).toEqual([]);
    expect(await ids({ view: 'all' })).toEqual([museum.id, books.id]);
  });

  it('refuses a loan without items, a due date before receipt, a 10,000-character name, a deleted partner — and changes nothing', async () => {
    const app = await core();
    const library = partnerId(app, LIBRARY);
    const kept = await call(app, 'loans:create', loanFields(library));
    const before = loanTables(app);

    expect(await refusal(app, 'loans:create', loanFields(library, { items: [] }))).toMatchObject({
      code: 'invalid_input',
      fields: { items: 'Добавьте хотя бы один предмет' },
    });
    expect(await refusal(app, 'loans:create', loanFields(library, { dueOn: '2026-10-31' }))).toMatchObject({
      code: 'invalid_input',
      fields: { dueOn: 'Срок возврата раньше даты получения' },
    });
    const item = { name: 'Прялка', kind: 'crafts', quantity: 1, inventoryNumber: '', condition: '' } as const;
    const long = loanFields(library, { items: [{ ...item, name: 'Я'.repeat(10_000) }] });
    expect(await refusal(app, 'loans:create', long)).toMatchObject({
      code: 'invalid_input',
      fields: { 'items.0.name': 'Не более 500 символов' },
    });
    expect(
      await refusal(app, 'loans:create', loanFields(library, { items: [{ ...item, quantity: 0 }] })),
    ).toMatchObject({ fields: { 'items.0.quantity': 'Не меньше 1' } });

    const [category] = await call(app, 'partners:categories', {});
    const gone = await call(app, 'partners:create', {
      ...blankPartnerFields(category?.id ?? 0),
      fullName: 'Музей на время',
    });
    await call(app, 'partners:delete', { id: gone.id });
    const error = await refusal(app, 'loans:create', loanFields(gone.id));
    expect(error).toMatchObject({ code: 'not_found', message: expect.stringMatching(/^Партнёр не найден/) });
    expect(
      await refusal(app, 'loans:update', { id: kept.id, fields: { ...loanFieldsOf(kept), partnerId: gone.id } }),
    ).toMatchObject({ code: 'not_found' });
    expect(
      await refusal(app, 'loans:update', { id: kept.id, fields: { ...loanFieldsOf(kept), dueOn: '2026-01-01' } }),
    ).toMatchObject({ fields: { 'fields.dueOn': 'Срок возврата раньше даты получения' } });

    expect(loanTables(app)).toEqual(before);
  });

  it('updates a loan, replacing its items, and deletes it with its items', async () => {
    const app = await core();
    const loan = await call(app, 'loans:create', loanFields(partnerId(app, LIBRARY)));
    const changed = await call(app, 'loans:update', {
      id: loan.id,
      fields: {
        ...loanFieldsOf(loan),
        partnerId: partnerId(app, HOUSE_OF_CULTURE),
        dueOn: '2026-12-01',
        items: [{ name: 'Баян', kind: 'instruments', quantity: 2, inventoryNumber: 'И-7', condition: 'Исправен' }],
      },
    });
    expect(changed).toMatchObject({
      partnerName: HOUSE_OF_CULTURE,
      term: { status: 'dueSoon', daysLeft: 5 },
      totalQuantity: 2,
      items: [{ name: 'Баян', kind: 'instruments', quantity: 2, inventoryNumber: 'И-7', condition: 'Исправен' }],
    });
    expect(await call(app, 'loans:delete', { id: loan.id })).toEqual({ deleted: true });
    expect(loanTables(app)).toEqual({ loans: [], items: [] });
    expect(await refusal(app, 'loans:get', { id: loan.id })).toMatchObject({
      code: 'not_found',
      message: 'Запись о ресурсах партнёра не найдена: возможно, она уже удалена.',
    });
    expect(await refusal(app, 'loans:delete', { id: loan.id })).toMatchObject({ code: 'not_found' });
  });

  it('marks the return with its condition and remarks, tells on time from late, and undoes it', async () => {
    const app = await core();
    const loan = await call(app, 'loans:create', loanFields(partnerId(app, LIBRARY), { dueOn: '2026-11-20' }));
    expect(loan.term.status).toBe('overdue');
    const late = await call(app, 'loans:markReturned', {
      id: loan.id,
      returnedOn: '2026-11-21',
      condition: 'Без повреждений',
      remarks: '  Одна ручка самовара шатается  ',
    });
    expect(late).toMatchObject({
      returnedOn: '2026-11-21',
      returnCondition: 'Без повреждений',
      returnRemarks: 'Одна ручка самовара шатается',
      term: { status: 'returnedLate', daysLeft: null, daysLate: 1 },
    });
    const onTime = await call(app, 'loans:markReturned', {
      id: loan.id,
      returnedOn: '2026-11-20',
      condition: '',
      remarks: '',
    });
    expect(onTime.term).toEqual({ status: 'returned', daysLeft: null, daysLate: 0 });
    const undone = await call(app, 'loans:undoReturn', { id: loan.id });
    expect(undone).toMatchObject({
      returnedOn: null,
      returnCondition: '',
      returnRemarks: '',
      term: { status: 'overdue' },
    });
    expect(await refusal(app, 'loans:undoReturn', { id: loan.id })).toMatchObject({
      code: 'conflict',
      message: 'Возврат не отмечен: отменять нечего.',
    });
  });

  it('refuses a return before the receipt or in the future, and a receipt moved after the return — changing nothing', async () => {
    const app = await core();
    const loan = await call(app, 'loans:create', loanFields(partnerId(app, LIBRARY)));
    const before = loanTables(app);
    expect(
      await refusal(app, 'loans:markReturned', { id: loan.id, returnedOn: '2026-10-31', condition: '', remarks: '' }),
    ).toMatchObject({
      code: 'invalid_input',
      fields: { returnedOn: 'Дата возврата раньше даты получения (01.11.2026)' },
    });
    expect(
      await refusal(app, 'loans:markReturned', { id: loan.id, returnedOn: '2026-11-27', condition: '', remarks: '' }),
    ).toMatchObject({ fields: { returnedOn: expect.stringMatching(/^Этот день ещё не наступил/) } });
    expect(
      await refusal(app, 'loans:markReturned', {
        id: loan.id,
        returnedOn: '2026-11-20',
        condition: 'x'.repeat(10_000),
        remarks: '',
      }),
    ).toMatchObject({ fields: { condition: 'Не более 1000 символов' } });
    expect(loanTables(app)).toEqual(before);

    await call(app, 'loans:markReturned', { id: loan.id, returnedOn: '2026-11-10', condition: '', remarks: '' });
    const returned = loanTables(app);
    expect(
      await refusal(app, 'loans:update', { id: loan.id, fields: { ...loanFieldsOf(loan), receivedOn: '2026-11-11' } }),
    ).toMatchObject({ fields: { receivedOn: 'Дата получения позже отмеченного возврата (10.11.2026)' } });
    expect(loanTables(app)).toEqual(returned);
  });

  it('warns of overdue loans and those due within 14 days, most urgent first, and of nothing returned or far off', async () => {
    const app = await core();
    const library = partnerId(app, LIBRARY);
    const create = (receivedOn: string, dueOn: string) =>
      call(app, 'loans:create', loanFields(library, { receivedOn, dueOn }));
    const farOff = await create('2026-11-01', '2026-12-11');
    const inTwoWeeks = await create('2026-11-01', '2026-12-10');
    const today = await create('2026-11-01', '2026-11-26');
    const longOverdue = await create('2026-09-01', '2026-10-01');
    const yesterday = await create('2026-11-01', '2026-11-25');
    const returned = await create('2026-09-01', '2026-09-30');
    await call(app, 'loans:markReturned', { id: returned.id, returnedOn: '2026-10-10', condition: '', remarks: '' });

    const attention = await call(app, 'loans:attention', {});
    expect(attention.soonDays).toBe(14);
    expect(attention.overdue.map((l) => [l.id, l.daysLeft])).toEqual([
      [longOverdue.id, -56],
      [yesterday.id, -1],
    ]);
    expect(attention.dueSoon.map((l) => [l.id, l.daysLeft])).toEqual([
      [today.id, 0],
      [inTwoWeeks.id, 14],
    ]);
    expect(attention.overdue[0]).toMatchObject({
      partnerName: LIBRARY,
      itemsSummary: expect.stringContaining('Самовар'),
    });
    expect([...attention.overdue, ...attention.dueSoon].map((l) => l.id)).not.toContain(farOff.id);
  });

  it('keeps a partner with loans from being deleted', async () => {
    const app = await core();
    const library = partnerId(app, LIBRARY);
    await call(app, 'loans:create', loanFields(library));
    expect(await refusal(app, 'partners:delete', { id: library })).toMatchObject({ code: 'conflict' });
    const partner = await call(app, 'partners:get', { id: library });
    expect(partnerFieldsOf(partner).fullName).toBe(LIBRARY);
  });
});
