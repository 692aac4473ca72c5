import { formatDate } from '@contract/dates';
import type { LoanStatus } from '@contract/loans';

export const LOAN_STATUS_COLORS: Record<LoanStatus, string> = {
  onLoan: 'teal',
  dueSoon: 'orange',
  overdue: 'red',
  returned: 'gray',
  returnedLate: 'grape',
};

/** «01.11.2026 — 15.12.2026». */
export function periodText(receivedOn: string, dueOn: string): string {
  return `${formatDate(receivedOn)} — ${formatDate(dueOn)}`;
}

export const ITEM_FORMS = ['наименование', 'наименования', 'наименований'] as const;
export const LOAN_FORMS = ['запись', 'записи', 'записей'] as const;
