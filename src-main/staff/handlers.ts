import type Database from 'better-sqlite3';
import { suggestedFileName } from '../documents/file-name';
import { AppError } from '../errors';
import type { Handlers } from '../ipc/dispatcher';
import { staffExportTitle, staffXlsx } from './export-xlsx';
import { StaffService } from './service';
import { countActiveStaff } from './repository';
import { staffYearSummary, summarizeStaffYear } from './summary';
import { readSchoolYear } from '../clubs/school-years';

type StaffChannels =
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

export interface StaffHandlersDeps {
  db: Database.Database;
  now: () => Date;
  saveFile: (bytes: Uint8Array, name: string, kind: 'xlsx') => Promise<string | null>;
}

export function staffHandlers({ db, now, saveFile }: StaffHandlersDeps): Pick<Handlers, StaffChannels> {
  const staff = new StaffService({ db, now });
  return {
    'staff:list': () => staff.list(),
    'staff:create': (fields) => staff.create(fields),
    'staff:update': ({ id, fields }) => staff.update(id, fields),
    'staff:setActive': ({ id, active }) => staff.setActive(id, active),
    'staff:delete': ({ id }) => {
      staff.delete(id);
      return { deleted: true };
    },
    'staff:history': ({ id }) => staff.history(id),
    'staff:summary': ({ year }) => staffYearSummary(db, year),
    'staff:exportXlsx': async ({ year }) => {
      const records = staff.records({ year });
      if (records.length === 0) {
        throw new AppError(
          'not_found',
          `За ${year} учебный год нет записей о повышении квалификации: добавьте их, чтобы выгрузить итоги в Excel.`,
        );
      }
      // The summary of the very records read above: the year is not read a second time.
      const summary = summarizeStaffYear(year, records, countActiveStaff(db), readSchoolYear(db, year).teachers);
      const bytes = await staffXlsx(summary, records, now());
      return { path: await saveFile(bytes, suggestedFileName(staffExportTitle(year), 'xlsx'), 'xlsx') };
    },
    'staffRecords:list': (filter) => staff.records(filter),
    'staffRecords:create': ({ fields }) => staff.createRecord(fields),
    'staffRecords:update': ({ id, fields }) => staff.updateRecord(id, fields),
    'staffRecords:delete': ({ id }) => {
      staff.deleteRecord(id);
      return { deleted: true };
    },
  };
}
