import type { CoreContext, DomainModule } from '../core-context';
import { AppError } from '../errors';
import { staffExportTitle, staffXlsx } from './export-xlsx';
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
export function staffModule(ctx: CoreContext): DomainModule<StaffChannel> {
  const staff = new StaffService({
    db: ctx.db,
    now: ctx.now,
    partners: ctx.services.partners,
    clubs: ctx.services.clubs,
  });
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
        const { records, summary } = staff.yearExport(year);
        if (records.length === 0) {
          throw new AppError(
            'not_found',
            `За ${year} учебный год нет записей о повышении квалификации: добавьте их, чтобы выгрузить итоги в Excel.`,
          );
        }
        return ctx.saveExport(await staffXlsx(summary, records, ctx.now()), staffExportTitle(year), 'xlsx');
      },
      'staffRecords:list': (filter) => staff.records(filter),
      'staffRecords:create': ({ fields }) => staff.createRecord(fields),
      'staffRecords:update': ({ id, fields }) => staff.updateRecord(id, fields),
      'staffRecords:delete': ({ id }) => {
        staff.deleteRecord(id);
        return { deleted: true };
      },
    },
  };
}
