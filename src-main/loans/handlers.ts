import type Database from 'better-sqlite3';
import type { Handlers } from '../ipc/dispatcher';
import { LoansService } from './service';

type LoanChannels =
  | 'loans:list'
  | 'loans:get'
  | 'loans:create'
  | 'loans:update'
  | 'loans:delete'
  | 'loans:markReturned'
  | 'loans:undoReturn'
  | 'loans:attention';

export interface LoansHandlersDeps {
  db: Database.Database;
  now: () => Date;
}

export function loansHandlers(deps: LoansHandlersDeps): Pick<Handlers, LoanChannels> {
  const loans = new LoansService(deps);
  return {
    'loans:list': (filter) => loans.list(filter),
    'loans:get': ({ id }) => loans.detail(id),
    'loans:create': (fields) => loans.create(fields),
    'loans:update': ({ id, fields }) => loans.update(id, fields),
    'loans:delete': ({ id }) => loans.delete(id),
    'loans:markReturned': (input) => loans.markReturned(input),
    'loans:undoReturn': ({ id }) => loans.undoReturn(id),
    'loans:attention': () => loans.attention(),
  };
}
