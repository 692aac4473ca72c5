import type Database from 'better-sqlite3';
import type { Handlers } from '../ipc/dispatcher';

export interface StaffHandlersDeps {
  db: Database.Database;
  now: () => Date;
}

export function staffHandlers(_deps: StaffHandlersDeps): Pick<Handlers, never> {
  return {};
}
