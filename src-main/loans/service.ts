import type Database from 'better-sqlite3';
import { localIsoDate } from '../contract/academic-year';
import { addDays, formatDate } from '../contract/dates';
import {
  LOAN_SOON_DAYS,
  loanItemsSummary,
  type LoanActVariant,
  type LoanDetail,
  type LoanFields,
  type LoanFilter,
  type LoanItem,
  type LoanReturn,
  type LoanSummary,
} from '../contract/loans';
import { AppError } from '../errors';
import { PARTNER_GONE, type PartnersService } from '../partners/service';
import { foldForSearch } from '../contract/text-folding';
import { returnNotRecorded } from './documents/loan-act';
import { loanTerm } from './due';
import { nextNumberByPattern, numberKey } from '../agreements/numbering';
import {
  allLoanActNumbers,
  deleteLoanRow,
  insertLoanAct,
  loanActNumbers,
  findLoanRow,
  insertLoan,
  listItemsOfLoans,
  listLoanItems,
  listLoanRows,
  openLoanRowsDueBy,
  setReturn,
  updateLoan,
  type LoanItemRow,
  type LoanRow,
} from './repository';

const NOT_FOUND = 'Запись о ресурсах партнёра не найдена: возможно, она уже удалена.';
const CHECK_INPUT = 'Проверьте введённые данные.';

export interface LoansDeps {
  db: Database.Database;
  now: () => Date;
  /** Checks that a partner a record names is still in the registry. */
  partners: Pick<PartnersService, 'exists' | 'requireExisting'>;
  /** The pattern acts are numbered by (Настройки → договоры). */
  actNumberPattern: () => string;
}

const totalOf = (items: readonly Pick<LoanItem, 'quantity'>[]) => items.reduce((sum, item) => sum + item.quantity, 0);

function itemOf({ loanId: _, ...item }: LoanItemRow): LoanItem {
  return item;
}

/** A loan of the register: its summary and all its items. */
export interface LoanEntry {
  loan: LoanSummary;
  items: LoanItem[];
}

export class LoansService {
  constructor(private readonly deps: LoansDeps) {}

  private get db() {
    return this.deps.db;
  }

  /** Today on the office's wall clock. */
  today(): string {
    return localIsoDate(this.deps.now());
  }

  private require(id: number): LoanRow {
    const row = findLoanRow(this.db, id);
    if (!row) throw new AppError('not_found', NOT_FOUND);
    return row;
  }

  private summaryOf(row: LoanRow, items: readonly LoanItemRow[], today: string): LoanSummary {
    return {
      ...loanTerm(row, today),
      id: row.id,
      partnerId: row.partnerId,
      partnerName: row.partnerName,
      receivedOn: row.receivedOn,
      dueOn: row.dueOn,
      returnedOn: row.returnedOn,
      responsible: row.responsible,
      displayPlace: row.displayPlace,
      itemsSummary: loanItemsSummary(items),
      itemsCount: items.length,
      totalQuantity: totalOf(items),
    };
  }

  /** The items of the loans given, by loan; `everyLoan` reads all items at once when the rows are every loan. */
  private itemsByLoan(rows: readonly LoanRow[], everyLoan = false): Map<number, LoanItemRow[]> {
    const items = everyLoan
      ? listLoanItems(this.db)
      : listItemsOfLoans(
          this.db,
          rows.map((row) => row.id),
        );
    return Map.groupBy(items, (item) => item.loanId);
  }

  private summaries(rows: readonly LoanRow[], items = this.itemsByLoan(rows)): LoanSummary[] {
    const today = this.today();
    return rows.map((row) => this.summaryOf(row, items.get(row.id) ?? [], today));
  }

  list(filter: LoanFilter): LoanSummary[] {
    return this.register(filter).map((entry) => entry.loan);
  }

  /** The loans the filter finds, as the list shows them, each with every one of its items: the register prints them. */
  register(filter: LoanFilter): LoanEntry[] {
    const rows = listLoanRows(this.db, filter.partnerId);
    const items = this.itemsByLoan(rows, filter.partnerId === undefined);
    const search = foldForSearch(filter.search ?? '');
    const found = search
      ? rows.filter((row) => {
          const names = (items.get(row.id) ?? []).map((item) => item.name);
          return [row.partnerName, row.partnerShortName, ...names].some((text) => foldForSearch(text).includes(search));
        })
      : rows;
    return this.summaries(found, items)
      .filter((loan) => {
        switch (filter.view ?? 'all') {
          case 'all':
            return true;
          case 'open':
            return loan.returnedOn === null;
          case 'overdue':
            return loan.status === 'overdue';
          case 'returned':
            return loan.returnedOn !== null;
        }
      })
      .map((loan) => ({ loan, items: (items.get(loan.id) ?? []).map(itemOf) }));
  }

  detail(id: number): LoanDetail {
    const row = this.require(id);
    const items = listLoanItems(this.db, id).map(itemOf);
    const acts = loanActNumbers(this.db, id);
    return {
      id: row.id,
      partnerId: row.partnerId,
      partnerName: row.partnerName,
      receivedOn: row.receivedOn,
      dueOn: row.dueOn,
      responsible: row.responsible,
      displayPlace: row.displayPlace,
      notes: row.notes,
      items,
      term: loanTerm(row, this.today()),
      returnedOn: row.returnedOn,
      returnCondition: row.returnCondition,
      returnRemarks: row.returnRemarks,
      receiptActNumber: acts.receipt ?? null,
      returnActNumber: acts.return ?? null,
      totalQuantity: totalOf(items),
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }

  /**
   * Refuses what zod cannot see: a partner the store no longer holds, a receipt after the recorded return.
   * `loanFieldsSchema` has already refused a loan without items and a due date before receipt.
   */
  private checkFields(fields: LoanFields, returnedOn: string | null): void {
    this.deps.partners.requireExisting(fields.partnerId, { partnerId: PARTNER_GONE });
    if (returnedOn !== null && fields.receivedOn > returnedOn) {
      throw new AppError('invalid_input', CHECK_INPUT, {
        receivedOn: `Дата получения позже отмеченного возврата (${formatDate(returnedOn)})`,
      });
    }
  }

  create(fields: LoanFields): LoanDetail {
    this.checkFields(fields, null);
    const id = this.db.transaction(() => insertLoan(this.db, fields, this.deps.now().toISOString()))();
    return this.detail(id);
  }

  update(id: number, fields: LoanFields): LoanDetail {
    const row = this.require(id);
    this.checkFields(fields, row.returnedOn);
    this.db.transaction(() => updateLoan(this.db, id, fields, this.deps.now().toISOString()))();
    return this.detail(id);
  }

  delete(id: number): { deleted: true } {
    this.require(id);
    this.db.transaction(() => deleteLoanRow(this.db, id))();
    return { deleted: true };
  }

  /** Records (or corrects) the return: its date, the items' condition and any remarks. */
  markReturned({ id, returnedOn, condition, remarks }: LoanReturn): LoanDetail {
    const row = this.require(id);
    if (returnedOn < row.receivedOn) {
      throw new AppError('invalid_input', CHECK_INPUT, {
        returnedOn: `Дата возврата раньше даты получения (${formatDate(row.receivedOn)})`,
      });
    }
    if (returnedOn > this.today()) {
      throw new AppError('invalid_input', CHECK_INPUT, {
        returnedOn: 'Этот день ещё не наступил: отметьте возврат, когда предметы будут возвращены',
      });
    }
    this.db.transaction(() =>
      setReturn(this.db, id, { returnedOn, condition, remarks }, this.deps.now().toISOString()),
    )();
    return this.detail(id);
  }

  /** Takes back a return recorded by mistake: the items are at school again. */
  undoReturn(id: number): LoanDetail {
    const row = this.require(id);
    if (row.returnedOn === null) throw new AppError('conflict', 'Возврат не отмечен: отменять нечего.');
    this.db.transaction(() => setReturn(this.db, id, null, this.deps.now().toISOString()))();
    return this.detail(id);
  }

  /**
   * The loan for its act, the act numbered: an act is given the next number of its year by the pattern of
   * Настройки the first time it is issued, and keeps it whatever is edited later. The return act names the receipt
   * act, so it numbers that one too. A return not yet recorded has no act to number.
   */
  issueActs(id: number, variant: LoanActVariant): LoanDetail {
    const row = this.require(id);
    if (variant === 'return' && row.returnedOn === null) throw returnNotRecorded();
    const dates: Record<LoanActVariant, string | null> = { receipt: row.receivedOn, return: row.returnedOn };
    const wanted: LoanActVariant[] = variant === 'return' ? ['receipt', 'return'] : ['receipt'];
    this.db.transaction(() => {
      const issued = loanActNumbers(this.db, id);
      for (const act of wanted) {
        const date = dates[act];
        if (issued[act] !== undefined || date === null) continue;
        const number = nextNumberByPattern(
          this.deps.actNumberPattern(),
          Number(date.slice(0, 4)),
          allLoanActNumbers(this.db),
        );
        insertLoanAct(this.db, {
          loanId: id,
          variant: act,
          number,
          numberKey: numberKey(number),
          issuedAt: this.deps.now().toISOString(),
        });
      }
    })();
    return this.detail(id);
  }

  /** What Главная and the partner's card warn of: loans overdue, and loans due within `LOAN_SOON_DAYS` days. */
  attention() {
    const rows = openLoanRowsDueBy(this.db, addDays(this.today(), LOAN_SOON_DAYS));
    const loans = this.summaries(rows);
    return {
      soonDays: LOAN_SOON_DAYS,
      overdue: loans.filter((l) => l.status === 'overdue'),
      dueSoon: loans.filter((l) => l.status === 'dueSoon'),
    };
  }
}
