import type { LoanFilter } from '../contract/loans';
import type { CoreContext, DomainModule } from '../core-context';
import { AppError } from '../errors';
import { buildLoanAct } from './documents/loan-act';
import { buildLoanRegister, LOAN_REGISTER_TITLE, loanRegisterSubtitle } from './documents/loan-register';
import { loansXlsx } from './export-xlsx';
import { LoansService } from './service';

type LoanChannel =
  | 'loans:list'
  | 'loans:get'
  | 'loans:create'
  | 'loans:update'
  | 'loans:delete'
  | 'loans:markReturned'
  | 'loans:undoReturn'
  | 'loans:exportXlsx'
  | 'loans:attention';

/** Partners' resources on loan, with «Акт приёма-передачи» and «Акт возврата». */
export function loansModule(ctx: CoreContext): DomainModule<LoanChannel, 'loanAct' | 'loanRegister'> {
  const loans = new LoansService({
    db: ctx.db,
    now: ctx.now,
    partners: ctx.services.partners,
    actNumberPattern: () => ctx.settings.read().agreements.actNumberPattern,
  });
  /** The loans the register lists; none is refused, as there would be nothing to print. */
  const register = (filter: LoanFilter) => {
    const entries = loans.register(filter);
    if (entries.length === 0) {
      throw new AppError('not_found', 'Нет записей о ресурсах партнёров, подходящих под отбор: реестр был бы пуст.');
    }
    return entries;
  };
  return {
    handlers: {
      'loans:list': (filter) => loans.list(filter),
      'loans:get': ({ id }) => loans.detail(id),
      'loans:create': (fields) => loans.create(fields),
      'loans:update': ({ id, fields }) => loans.update(id, fields),
      'loans:delete': ({ id }) => loans.delete(id),
      'loans:markReturned': (input) => loans.markReturned(input),
      'loans:undoReturn': ({ id }) => loans.undoReturn(id),
      'loans:exportXlsx': ({ filter }) => {
        const entries = register(filter);
        const subtitle = loanRegisterSubtitle(filter, loans.today());
        return ctx.saveWorkbook(`${LOAN_REGISTER_TITLE} ${loans.today()}`, (info) =>
          loansXlsx(entries, subtitle, info),
        );
      },
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
      loanRegister: ({ filter }) =>
        buildLoanRegister({
          schoolFullName: ctx.school().fullName,
          entries: register(filter),
          filter,
          today: loans.today(),
        }),
    },
  };
}
