import type Database from 'better-sqlite3';
import type { Handlers } from '../ipc/dispatcher';
import { ClubsService } from './service';

type ClubsChannels =
  | 'classes:list'
  | 'classes:save'
  | 'classes:saveCounts'
  | 'classes:promote'
  | 'clubs:list'
  | 'clubs:create'
  | 'clubs:update'
  | 'clubs:delete'
  | 'clubs:coverage';

export interface ClubsHandlersDeps {
  db: Database.Database;
  now: () => Date;
}

export function clubsHandlers(deps: ClubsHandlersDeps): Pick<Handlers, ClubsChannels> {
  const clubs = new ClubsService(deps);
  return {
    'classes:list': ({ year }) => clubs.classes(year),
    'classes:save': ({ year, classes }) => clubs.saveClasses(year, classes),
    'classes:saveCounts': ({ year, counts }) => clubs.saveCounts(year, counts),
    'classes:promote': ({ year }) => clubs.promote(year),
    'clubs:list': ({ year, partnerId }) => clubs.list(year, partnerId),
    'clubs:create': ({ year, fields }) => clubs.create(year, fields),
    'clubs:update': ({ id, fields }) => clubs.update(id, fields),
    'clubs:delete': ({ id }) => {
      clubs.delete(id);
      return { deleted: true };
    },
    'clubs:coverage': ({ year }) => clubs.coverage(year),
  };
}
