import type Database from 'better-sqlite3';
import type { Handlers } from '../ipc/dispatcher';
import type { PartnersService } from '../partners/service';
import { readHomeSummary, readProgram } from './repository';

export function programHandlers(
  db: Database.Database,
  partners: PartnersService,
): Pick<Handlers, 'program:get' | 'home:summary'> {
  return {
    'program:get': () => readProgram(db),
    'home:summary': ({ year }) => {
      const { statuses, byStage } = partners.summary(year);
      return readHomeSummary(db, statuses, byStage);
    },
  };
}
