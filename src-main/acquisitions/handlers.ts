import type Database from 'better-sqlite3';
import type { Handlers } from '../ipc/dispatcher';

export interface AcquisitionsHandlersDeps {
  db: Database.Database;
  now: () => Date;
}

export function acquisitionsHandlers(_deps: AcquisitionsHandlersDeps): Pick<Handlers, never> {
  return {};
}
