import type Database from 'better-sqlite3';
import type { Handlers } from '../ipc/dispatcher';

export interface ClubsHandlersDeps {
  db: Database.Database;
  now: () => Date;
}

export function clubsHandlers(_deps: ClubsHandlersDeps): Pick<Handlers, never> {
  return {};
}
