import type { CoreContext, DomainModule } from '../core-context';
import { AppError } from '../errors';
import { buildStaffDevelopment, staffExportTitle } from './documents/staff-development';
import { staffXlsx } from './export-xlsx';
import { StaffService } from './service';

type StaffChannel =
  | 'staff:list'
  | 'staff:create'
  | 'staff:update'
  | 'staff:setActive'
  | 'staff:delete'
  | 'staff:history'
  | 'staff:summary'
  | 'staff:exportXlsx'
  | 'staffRecords:list'
  | 'staffRecords:create'
  | 'staffRecords:update'
  | 'staffRecords:delete';

/** Teachers and their professional development, with a year's summary in Excel. */
export function staffModule(ctx: CoreContext): DomainModule<StaffChannel, 'staffDevelopment'> {
  const staff = new StaffService({
    db: ctx.db,
    now: ctx.now,
    partners: ctx.services.partners,
    clubs: ctx.services.clubs,
  });
  /** The year's records and summary; a year without records is refused, as there would be nothing to print. */
  const yearOf = (year: string) => {
    const found = staff.yearExport(year);
    if (found.records.length === 0) {
      throw new AppError(
        'not_found',
        `За ${year} учебный год нет записей о повышении квалификации: добавьте их, чтобы напечатать или выгрузить итоги.`,
      );
    }
    return found;
  };
  return {
    handlers: {
      'staff:list': () => staff.list(),
      'staff:create': (fields) => staff.create(fields),
      'staff:update': ({ id, fields }) => staff.update(id, fields),
      'staff:setActive': ({ id, active }) => staff.setActive(id, active),
      'staff:delete': ({ id }) => {
        staff.delete(id);
        return { deleted: true };
      },
      'staff:history': ({ id }) => staff.history(id),
      'staff:summary': ({ year }) => staff.summary(year),
      'staff:exportXlsx': async ({ year }) => {
        const { records, summary } = yearOf(year);
        return ctx.saveWorkbook(staffExportTitle(year), (info) => staffXlsx(summary, records, info));
      },
      'staffRecords:list': (filter) => staff.records(filter),
      'staffRecords:create': ({ fields }) => staff.createRecord(fields),
      'staffRecords:update': ({ id, fields }) => staff.updateRecord(id, fields),
      'staffRecords:delete': ({ id }) => {
        staff.deleteRecord(id);
        return { deleted: true };
      },
    },
    documents: {
      staffDevelopment: ({ year }) => buildStaffDevelopment({ schoolFullName: ctx.school().fullName, ...yearOf(year) }),
    },
  };
}
