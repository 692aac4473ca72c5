import type Database from 'better-sqlite3';
import type { SchoolProfile } from '../contract/settings';
import type { DocumentBuilders } from '../documents/builders';
import { buildLoanAct, type LoanActPartner } from '../documents/loan-act';
import { LoansService } from './service';

export interface LoanDocumentsDeps {
  db: Database.Database;
  now: () => Date;
  school: () => SchoolProfile;
  /** The city acts are drawn up in (Настройки → договоры). */
  city: () => string;
  partners: { detail(id: number): LoanActPartner };
}

/** «Акт приёма-передачи» and «Акт возврата» of partners' resources on loan. */
export function loanDocumentBuilders(deps: LoanDocumentsDeps) {
  const loans = new LoansService(deps);
  return {
    loanAct: (request) => {
      const loan = loans.detail(request.id);
      return buildLoanAct({
        loan,
        partner: deps.partners.detail(loan.partnerId),
        school: deps.school(),
        city: deps.city(),
        variant: request.variant,
      });
    },
  } satisfies Partial<DocumentBuilders>;
}
