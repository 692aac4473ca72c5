import type { CoreContext, DomainModule } from '../core-context';
import { buildLoanAct } from './documents/loan-act';
import { LoansService } from './service';

type LoanChannel =
  | 'loans:list'
  | 'loans:get'
  | 'loans:create'
  | 'loans:update'
  | 'loans:delete'
  | 'loans:markReturned'
  | 'loans:undoReturn'
  | 'loans:attention';

/** Partners' resources on loan, with «Акт приёма-передачи» and «Акт возврата». */
export function loansModule(ctx: CoreContext): DomainModule<LoanChannel, 'loanAct'> {
  const loans = new LoansService({
    db: ctx.db,
    now: ctx.now,
    partners: ctx.services.partners,
    actNumberPattern: () => ctx.settings.read().agreements.actNumberPattern,
  });
  return {
    handlers: {
      'loans:list': (filter) => loans.list(filter),
      'loans:get': ({ id }) => loans.detail(id),
      'loans:create': (fields) => loans.create(fields),
      'loans:update': ({ id, fields }) => loans.update(id, fields),
      'loans:delete': ({ id }) => loans.delete(id),
      'loans:markReturned': (input) => loans.markReturned(input),
      'loans:undoReturn': ({ id }) => loans.undoReturn(id),
      'loans:attention': () => loans.attention(),
    },
    documents: {
      loanAct: (request) => {
        const loan = loans.issueActs(request.id, request.variant);
        return buildLoanAct({
          loan,
          partner: ctx.services.partners.record(loan.partnerId),
          school: ctx.school(),
          // The city acts are drawn up in (Настройки → договоры).
          city: ctx.settings.read().agreements.city,
          variant: request.variant,
        });
      },
    },
  };
}
