import type Database from 'better-sqlite3';
import { AppError } from '../errors';
import type { Handlers } from '../ipc/dispatcher';
import { insertCategory, listCategories } from './repository';
import type { PartnersService } from './service';
import { comparableName } from './search-text';

type PartnerChannels =
  | 'partners:list'
  | 'partners:get'
  | 'partners:create'
  | 'partners:update'
  | 'partners:findDuplicates'
  | 'partners:delete'
  | 'partners:undoDelete'
  | 'partners:archive'
  | 'partners:setStage'
  | 'partners:liftStage'
  | 'partners:setStatus'
  | 'partners:liftStatus'
  | 'partners:categories'
  | 'partners:addCategory';

export function partnersHandlers(db: Database.Database, partners: PartnersService): Pick<Handlers, PartnerChannels> {
  return {
    'partners:list': (filter) => partners.list(filter),
    'partners:get': ({ id, year }) => partners.detail(id, year),
    'partners:create': (fields) => partners.create(fields),
    'partners:update': ({ id, fields }) => partners.update(id, fields),
    'partners:findDuplicates': (input) => partners.findDuplicates(input),
    'partners:delete': ({ id }) => partners.delete(id),
    'partners:undoDelete': ({ undoToken }) => partners.undoDelete(undoToken),
    'partners:archive': ({ id }) => partners.archive(id),
    'partners:setStage': (input) => partners.setStage(input),
    'partners:liftStage': (input) => partners.liftStage(input),
    'partners:setStatus': (input) => partners.setStatus(input),
    'partners:liftStatus': ({ id }) => partners.liftStatus(id),
    'partners:categories': () => listCategories(db),
    'partners:addCategory': ({ name }) => {
      const categories = listCategories(db);
      const existing = categories.find((c) => comparableName(c.name) === comparableName(name));
      if (existing)
        throw new AppError('conflict', `Направление «${existing.name}» уже есть.`, {
          name: 'Такое направление уже есть',
        });
      const id = insertCategory(db, name);
      return { id, name, partnersCount: 0 };
    },
  };
}
