import { addDays, daysBetween } from '../contract/dates';
import { LOAN_SOON_DAYS, type LoanTerm } from '../contract/loans';

/**
 * The due rules of a loan, the one place they live. Every date is an ISO calendar date («2026-11-26») and `today`
 * is the office's wall-clock day, so nothing here depends on a time zone.
 */
export interface LoanDates {
  dueOn: string;
  returnedOn: string | null;
}

/** Still at school after its due day. */
export function isOverdue(loan: LoanDates, today: string): boolean {
  return loan.returnedOn === null && loan.dueOn < today;
}

/** Still at school, and due today or within the next `LOAN_SOON_DAYS` days. */
export function isDueSoon(loan: LoanDates, today: string): boolean {
  return loan.returnedOn === null && today <= loan.dueOn && loan.dueOn <= addDays(today, LOAN_SOON_DAYS);
}

/** Returned on or before its due day; null while it is still at school. */
export function returnedOnTime(loan: LoanDates): boolean | null {
  return loan.returnedOn === null ? null : loan.returnedOn <= loan.dueOn;
}

/** Where a loan stands on `today`, with the days left (at school) or the days it came back late (returned). */
export function loanTerm(loan: LoanDates, today: string): LoanTerm {
  if (loan.returnedOn !== null) {
    return {
      status: returnedOnTime(loan) ? 'returned' : 'returnedLate',
      daysLeft: null,
      daysLate: Math.max(0, daysBetween(loan.dueOn, loan.returnedOn)),
    };
  }
  const daysLeft = daysBetween(today, loan.dueOn);
  const status = isOverdue(loan, today) ? 'overdue' : isDueSoon(loan, today) ? 'dueSoon' : 'onLoan';
  return { status, daysLeft, daysLate: null };
}
