import { addDays } from '../../../src-main/contract/dates';
import { LOAN_ITEM_KINDS, type LoanItemKind } from '../../../src-main/contract/loans';
import { partnersOf, pickPartner, stampOn, type HistoryContext } from './context';
import { DISPLAY_PLACES, LOAN_ITEMS } from './words';

const CONDITIONS = ['Хорошее', 'Хорошее', 'Удовлетворительное', 'Без повреждений', 'Незначительные потёртости'];

/**
 * Partners' resources on loan: museum exhibits, travelling exhibitions, books, paintings, crafts, instruments, most
 * from the partners of culture; returned on time or a little late, the latest still at school.
 */
export function writeLoans(context: HistoryContext): void {
  const { db, random, years, today } = context;
  const loan = db.prepare(
    `INSERT INTO loans (partner_id, received_on, due_on, responsible, display_place, returned_on, return_condition,
       return_remarks, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)`,
  );
  const item = db.prepare(
    `INSERT INTO loan_items (loan_id, position, name, kind, quantity, inventory_number, condition)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const perYear = context.counts.loans / years.length;
  years.forEach((year, index) => {
    const culture = partnersOf(context, index, 'Культура');
    const count = Math.round(perYear * (index + 1)) - Math.round(perYear * index);
    for (let i = 0; i < count; i += 1) {
      const partner = culture.length > 0 && random.chance(0.7) ? random.pick(culture) : pickPartner(context, index);
      let receivedOn = context.days.get(year)?.day(random) ?? today;
      if (receivedOn > today) receivedOn = addDays(today, -random.int(0, 60));
      const dueOn = addDays(receivedOn, random.pick([14, 30, 30, 60, 90, 120]));
      let returnedOn: string | null = null;
      if (dueOn < today ? random.chance(0.99) : random.chance(0.1)) {
        const late = random.chance(0.1);
        returnedOn = late ? addDays(dueOn, random.int(1, 20)) : addDays(dueOn, -random.int(0, 10));
        if (returnedOn > today) returnedOn = today;
        if (returnedOn < receivedOn) returnedOn = receivedOn;
      }
      const created = stampOn(receivedOn, random.int(9 * 60, 16 * 60));
      const id = Number(
        loan.run(
          partner.id,
          receivedOn,
          dueOn,
          random.pick(context.teachers),
          random.pick(DISPLAY_PLACES),
          returnedOn,
          returnedOn ? random.pick(CONDITIONS) : '',
          returnedOn && random.chance(0.05) ? 'Повреждена упаковка' : '',
          created,
          returnedOn ? stampOn(returnedOn, 15 * 60) : created,
        ).lastInsertRowid,
      );
      const kind = random.weighted<LoanItemKind>(LOAN_ITEM_KINDS.map((k) => [k, k === 'other' ? 1 : 4] as const));
      const names = random.sample(LOAN_ITEMS[kind] ?? [], random.int(1, 4));
      names.forEach((name, position) =>
        item.run(
          id,
          position + 1,
          name,
          kind,
          kind === 'books' ? random.int(5, 30) : random.int(1, 3),
          kind === 'exhibits' ? `М-${random.int(1, 999)}` : '',
          random.pick(CONDITIONS),
        ),
      );
    }
  });
}
