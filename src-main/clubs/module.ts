import type { CoreContext, DomainModule } from '../core-context';
import { buildClubCoverage, clubCoverageTitle } from './documents/club-coverage';
import { clubsXlsx } from './export-xlsx';

type ClubsChannel =
  | 'classes:list'
  | 'classes:save'
  | 'classes:saveCounts'
  | 'classes:promote'
  | 'clubs:list'
  | 'clubs:create'
  | 'clubs:update'
  | 'clubs:delete'
  | 'clubs:coverage'
  | 'clubs:exportXlsx';

/** The school's classes, families and teachers of each year, and the clubs its pupils attend at partners. */
export function clubsModule(ctx: CoreContext): DomainModule<ClubsChannel, 'clubCoverage'> {
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
      'clubs:exportXlsx': ({ year }) => {
        const [list, coverage] = [clubs.list(year), clubs.coverage(year)];
        return ctx.saveWorkbook(clubCoverageTitle(year), (info) => clubsXlsx(year, list, coverage, info));
      },
    },
    documents: {
      clubCoverage: ({ year }) =>
        buildClubCoverage({
          schoolFullName: ctx.school().fullName,
          year,
          clubs: clubs.list(year),
          coverage: clubs.coverage(year),
        }),
    },
  };
}
