import type Database from 'better-sqlite3';
import type { LoanActVariant, LoanFields, LoanItem } from '../contract/loans';
import { prepared } from '../db/statements';

type Db = Database.Database;

/** A loan as stored, before its status is derived. */
export interface LoanRow {
  id: number;
  partnerId: number;
  partnerName: string;
  partnerShortName: string;
  receivedOn: string;
  dueOn: string;
  responsible: string;
  displayPlace: string;
  returnedOn: string | null;
  returnCondition: string;
  returnRemarks: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export interface LoanItemRow extends LoanItem {
  loanId: number;
}

const SELECT = `
  SELECT l.id AS id, l.partner_id AS partnerId, p.full_name AS partnerName, p.short_name AS partnerShortName,
         l.received_on AS receivedOn, l.due_on AS dueOn, l.responsible AS responsible,
         l.display_place AS displayPlace, l.returned_on AS returnedOn, l.return_condition AS returnCondition,
         l.return_remarks AS returnRemarks, l.notes AS notes, l.created_at AS createdAt, l.updated_at AS updatedAt
  FROM loans l JOIN partners p ON p.id = l.partner_id`;

const ORDER = 'ORDER BY l.received_on DESC, l.id DESC';

export function listLoanRows(db: Db, partnerId?: number): LoanRow[] {
  return (
    partnerId === undefined
      ? db.prepare(`${SELECT} ${ORDER}`).all()
      : db.prepare(`${SELECT} WHERE l.partner_id = ? ${ORDER}`).all(partnerId)
  ) as LoanRow[];
}

/** Loans still at school whose due day is on or before `until`. */
export function openLoanRowsDueBy(db: Db, until: string): LoanRow[] {
  return prepared(db, `${SELECT} WHERE l.returned_on IS NULL AND l.due_on <= ? ORDER BY l.due_on, l.id`).all(
    until,
  ) as LoanRow[];
}

export function findLoanRow(db: Db, id: number): LoanRow | undefined {
  return db.prepare(`${SELECT} WHERE l.id = ?`).get(id) as LoanRow | undefined;
}

const ITEM_SELECT = `
  SELECT loan_id AS loanId, name, kind, quantity, inventory_number AS inventoryNumber, condition
  FROM loan_items`;

/** The items of one loan in their order, or of every loan (grouped by loan) when no id is given. */
export function listLoanItems(db: Db, loanId?: number): LoanItemRow[] {
  return (
    loanId === undefined
      ? db.prepare(`${ITEM_SELECT} ORDER BY loan_id, position`).all()
      : db.prepare(`${ITEM_SELECT} WHERE loan_id = ? ORDER BY position`).all(loanId)
  ) as LoanItemRow[];
}

/** The items of the loans listed, grouped by loan in their order: a few loans do not read every loan's items. */
export function listItemsOfLoans(db: Db, loanIds: readonly number[]): LoanItemRow[] {
  return prepared(
    db,
    `${ITEM_SELECT} WHERE loan_id IN (SELECT value FROM json_each(?)) ORDER BY loan_id, position`,
  ).all(JSON.stringify(loanIds)) as LoanItemRow[];
}

function insertItems(db: Db, loanId: number, items: readonly LoanItem[]): void {
  const insert = db.prepare(
    `INSERT INTO loan_items (loan_id, position, name, kind, quantity, inventory_number, condition)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  items.forEach((item, i) =>
    insert.run(loanId, i + 1, item.name, item.kind, item.quantity, item.inventoryNumber, item.condition),
  );
}

export function insertLoan(db: Db, fields: LoanFields, stamp: string): number {
  const { id } = db
    .prepare(
      `INSERT INTO loans (partner_id, received_on, due_on, responsible, display_place, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    )
    .get(
      fields.partnerId,
      fields.receivedOn,
      fields.dueOn,
      fields.responsible,
      fields.displayPlace,
      fields.notes,
      stamp,
      stamp,
    ) as { id: number };
  insertItems(db, id, fields.items);
  return id;
}

/** Writes the loan's fields and replaces its items with those given, in their order. */
export function updateLoan(db: Db, id: number, fields: LoanFields, stamp: string): void {
  db.prepare(
    `UPDATE loans SET partner_id = ?, received_on = ?, due_on = ?, responsible = ?, display_place = ?, notes = ?,
       updated_at = ? WHERE id = ?`,
  ).run(
    fields.partnerId,
    fields.receivedOn,
    fields.dueOn,
    fields.responsible,
    fields.displayPlace,
    fields.notes,
    stamp,
    id,
  );
  db.prepare('DELETE FROM loan_items WHERE loan_id = ?').run(id);
  insertItems(db, id, fields.items);
}

/** Records the return, or (with a null date) undoes it, clearing its condition and remarks. */
export function setReturn(
  db: Db,
  id: number,
  returned: { returnedOn: string; condition: string; remarks: string } | null,
  stamp: string,
): void {
  db.prepare(
    'UPDATE loans SET returned_on = ?, return_condition = ?, return_remarks = ?, updated_at = ? WHERE id = ?',
  ).run(returned?.returnedOn ?? null, returned?.condition ?? '', returned?.remarks ?? '', stamp, id);
}

/** Deletes the loan; its items go with it (ON DELETE CASCADE). */
export function deleteLoanRow(db: Db, id: number): void {
  db.prepare('DELETE FROM loans WHERE id = ?').run(id);
}

/** The numbers of a loan's acts issued so far. */
export function loanActNumbers(db: Db, loanId: number): Partial<Record<LoanActVariant, string>> {
  const rows = prepared(db, 'SELECT variant, number FROM loan_acts WHERE loan_id = ?').all(loanId) as {
    variant: LoanActVariant;
    number: string;
  }[];
  return Object.fromEntries(rows.map((row) => [row.variant, row.number]));
}

/** Every act number given so far, of every loan: what the next number is counted from. */
export function allLoanActNumbers(db: Db): string[] {
  return prepared(db, 'SELECT number FROM loan_acts', { pluck: true }).all() as string[];
}

export function insertLoanAct(
  db: Db,
  act: { loanId: number; variant: LoanActVariant; number: string; numberKey: string; issuedAt: string },
): void {
  prepared(db, 'INSERT INTO loan_acts (loan_id, variant, number, number_key, issued_at) VALUES (?, ?, ?, ?, ?)').run(
    act.loanId,
    act.variant,
    act.number,
    act.numberKey,
    act.issuedAt,
  );
}
