import type Database from 'better-sqlite3';
import { AppError } from '../errors';
import type { Handlers } from '../ipc/dispatcher';
import { findPartner, listPartners } from './repository';

export function partnersHandlers(db: Database.Database): Pick<Handlers, 'partners:list' | 'partners:get'> {
  return {
    'partners:list': () => listPartners(db),
    'partners:get': ({ id }) => {
      const partner = findPartner(db, id);
      if (!partner) throw new AppError('not_found', 'Партнёр не найден: возможно, он уже удалён.');
      return partner;
    },
  };
}
