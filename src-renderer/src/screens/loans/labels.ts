import { formatDate } from '@contract/dates';
import type { LoanStatus, LoanTerm } from '@contract/loans';
import { countOf } from '../../format';

const DAYS = ['день', 'дня', 'дней'] as const;

export const LOAN_STATUS_COLORS: Record<LoanStatus, string> = {
  onLoan: 'teal',
  dueSoon: 'orange',
  overdue: 'red',
  returned: 'gray',
  returnedLate: 'grape',
};

/** «На хранении», «Срок сегодня», «Срок через 3 дня», «Просрочен на 5 дней», «Возвращено», «Возвращено с опозданием». */
export function loanStatusText(term: LoanTerm): string {
  const left = term.daysLeft ?? 0;
  switch (term.status) {
    case 'onLoan':
      return 'На хранении';
    case 'dueSoon':
      return left === 0 ? 'Срок сегодня' : `Срок через ${countOf(left, DAYS)}`;
    case 'overdue':
      return `Просрочен на ${countOf(-left, DAYS)}`;
    case 'returned':
      return 'Возвращено';
    case 'returnedLate':
      return 'Возвращено с опозданием';
  }
}

/** What the badge's hint adds: «осталось 19 дней», «на 2 дня позже срока». */
export function loanStatusHint(term: LoanTerm): string {
  if (term.status === 'onLoan') return `Осталось ${countOf(term.daysLeft ?? 0, DAYS)}`;
  if (term.status === 'returnedLate') return `На ${countOf(term.daysLate ?? 0, DAYS)} позже срока`;
  return '';
}

/** «01.11.2026 — 15.12.2026». */
export function periodText(receivedOn: string, dueOn: string): string {
  return `${formatDate(receivedOn)} — ${formatDate(dueOn)}`;
}

export const ITEM_FORMS = ['наименование', 'наименования', 'наименований'] as const;
export const LOAN_FORMS = ['запись', 'записи', 'записей'] as const;
