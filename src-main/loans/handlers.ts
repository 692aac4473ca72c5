import type Database from 'better-sqlite3';
import type { Handlers } from '../ipc/dispatcher';

export interface LoansHandlersDeps {
  db: Database.Database;
  now: () => Date;
}

export function loansHandlers(_deps: LoansHandlersDeps): Pick<Handlers, never> {
  return {};
}
