import type Database from 'better-sqlite3';
import type { Handlers } from '../ipc/dispatcher';
import { readHomeSummary, readProgram } from './repository';

export function programHandlers(db: Database.Database): Pick<Handlers, 'program:get' | 'home:summary'> {
  return {
    'program:get': () => readProgram(db),
    'home:summary': () => readHomeSummary(db),
  };
}
