import type { CoreContext, DomainModule } from '../core-context';

type ClubsChannel =
  | 'classes:list'
  | 'classes:save'
  | 'classes:saveCounts'
  | 'classes:promote'
  | 'clubs:list'
  | 'clubs:create'
  | 'clubs:update'
  | 'clubs:delete'
  | 'clubs:coverage';

/** The school's classes, families and teachers of each year, and the clubs its pupils attend at partners. */
export function clubsModule(ctx: CoreContext): DomainModule<ClubsChannel> {
  const clubs = ctx.services.clubs;
  return {
    handlers: {
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
    },
  };
}
