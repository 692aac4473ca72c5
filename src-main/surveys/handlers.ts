import type Database from 'better-sqlite3';
import type { Handlers } from '../ipc/dispatcher';

export interface SurveysHandlersDeps {
  db: Database.Database;
  now: () => Date;
}

export function surveysHandlers(_deps: SurveysHandlersDeps): Pick<Handlers, never> {
  return {};
}
