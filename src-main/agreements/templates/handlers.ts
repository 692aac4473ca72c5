import type Database from 'better-sqlite3';
import type { Handlers } from '../../ipc/dispatcher';
import { placeholderList } from './placeholders';
import { TemplatesService } from './service';

export type TemplateChannel =
  'templates:list' | 'templates:placeholders' | 'templates:create' | 'templates:update' | 'templates:delete';

export function templatesHandlers(db: Database.Database, now: () => Date): Pick<Handlers, TemplateChannel> {
  const templates = new TemplatesService(db, now);
  return {
    'templates:list': () => templates.list(),
    'templates:placeholders': () => placeholderList(),
    'templates:create': (fields) => templates.create(fields),
    'templates:update': ({ id, fields }) => templates.update(id, fields),
    'templates:delete': ({ id }) => {
      templates.delete(id);
      return { deleted: true as const };
    },
  };
}
