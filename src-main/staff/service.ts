import type Database from 'better-sqlite3';
import { academicYearBounds, academicYearOf } from '../contract/academic-year';
import type {
  StaffHistory,
  StaffMember,
  StaffMemberFields,
  StaffRecord,
  StaffRecordFields,
  StaffRecordFilter,
  StaffSummary,
} from '../contract/staff';
import { AppError } from '../errors';
import type { ClubsService } from '../clubs/service';
import type { PartnersService } from '../partners/service';
import { compareRussian } from '../contract/russian-order';
import { foldForSearch } from '../contract/text-folding';
import { summarizeStaffYear } from './summary';
import {
  countActiveStaff,
  deleteRecord,
  deleteStaff,
  findRecordRow,
  findStaffRow,
  insertRecord,
  insertStaff,
  listRecordRows,
  listStaffRows,
  setStaffActive,
  updateRecord,
  updateStaff,
  type RecordRow,
  type StaffRow,
} from './repository';
import { quoted } from '../contract/quote';

export interface StaffDeps {
  db: Database.Database;
  now: () => Date;
  /** Checks that a partner a record names is still in the registry. */
  partners: Pick<PartnersService, 'exists' | 'requireExisting'>;
  /** The year's number of teachers, entered for the year under Классы. */
  clubs: Pick<ClubsService, 'schoolYear'>;
}

const CHECK_INPUT = 'Проверьте введённые данные.';
const STAFF_NOT_FOUND = 'Педагог не найден: возможно, он удалён.';
const RECORD_NOT_FOUND = 'Запись о повышении квалификации не найдена: возможно, она уже удалена.';

function toRecord(row: RecordRow): StaffRecord {
  return { ...row, year: academicYearOf(row.dateFrom) };
}

const byName = (a: StaffRow, b: StaffRow) =>
  compareRussian(foldForSearch(a.fullName), foldForSearch(b.fullName)) || a.id - b.id;

export class StaffService {
  constructor(private readonly deps: StaffDeps) {}

  private get db() {
    return this.deps.db;
  }

  private stamp(): string {
    return this.deps.now().toISOString();
  }

  /** Every teacher, working or left, by name as a Russian reader sorts it. */
  list(): StaffMember[] {
    return listStaffRows(this.db).sort(byName);
  }

  member(id: number): StaffMember {
    const row = findStaffRow(this.db, id);
    if (!row) throw new AppError('not_found', STAFF_NOT_FOUND);
    return row;
  }

  /**
   * The same name twice (in any case, with ё or е, extra spaces) is refused: two rows for one teacher would count
   * them twice in the year's summary. Namesakes are told how to tell them apart.
   */
  private refuseDuplicate(fields: StaffMemberFields, exceptId: number | null): void {
    const key = foldForSearch(fields.fullName);
    const same = listStaffRows(this.db).find((row) => row.id !== exceptId && foldForSearch(row.fullName) === key);
    if (!same) return;
    const left = same.active ? '' : ' (отмечен как уволившийся: если он вернулся, отметьте, что педагог работает)';
    throw new AppError(
      'conflict',
      `Педагог ${quoted(same.fullName)} уже есть в списке${left}. Если это другой человек с тем же именем, добавьте к имени уточнение, например должность в скобках.`,
      { fullName: 'Такой педагог уже есть в списке' },
    );
  }

  create(fields: StaffMemberFields): StaffMember {
    const id = this.db.transaction(() => {
      this.refuseDuplicate(fields, null);
      return insertStaff(this.db, fields, this.stamp());
    })();
    return this.member(id);
  }

  update(id: number, fields: StaffMemberFields): StaffMember {
    this.db.transaction(() => {
      this.member(id);
      this.refuseDuplicate(fields, id);
      updateStaff(this.db, id, fields, this.stamp());
    })();
    return this.member(id);
  }

  /** A teacher who left keeps their records; one who is back can be given new ones again. */
  setActive(id: number, active: boolean): StaffMember {
    this.db.transaction(() => {
      this.member(id);
      setStaffActive(this.db, id, active, this.stamp());
    })();
    return this.member(id);
  }

  /** Deletes a teacher entered by mistake; one with records is refused, so that no year's summary changes. */
  delete(id: number): void {
    this.db.transaction(() => {
      const member = this.member(id);
      if (member.recordsCount > 0) {
        throw new AppError(
          'conflict',
          `У педагога ${quoted(member.fullName)} есть записи о повышении квалификации (${member.recordsCount}), поэтому удалить его нельзя. Если педагог больше не работает в школе, отметьте, что педагог уволился: записи сохранятся в итогах прошлых лет.`,
        );
      }
      deleteStaff(this.db, id);
    })();
  }

  /** A teacher's every record, the latest first, and their hours per academic year. */
  history(id: number): StaffHistory {
    const member = this.member(id);
    const records = listRecordRows(this.db, { staffId: id }).map(toRecord).reverse();
    const years = new Map<string, { year: string; records: number; hours: number }>();
    for (const record of records) {
      const entry = years.get(record.year) ?? { year: record.year, records: 0, hours: 0 };
      years.set(record.year, { ...entry, records: entry.records + 1, hours: entry.hours + record.hours });
    }
    return { member, records, years: [...years.values()].sort((a, b) => b.year.localeCompare(a.year)) };
  }

  records(filter: StaffRecordFilter): StaffRecord[] {
    const bounds = filter.year ? academicYearBounds(filter.year) : undefined;
    return listRecordRows(this.db, {
      ...(bounds ?? {}),
      ...(filter.staffId !== undefined ? { staffId: filter.staffId } : {}),
      ...(filter.partnerId !== undefined ? { partnerId: filter.partnerId } : {}),
    }).map(toRecord);
  }

  record(id: number): StaffRecord {
    const row = findRecordRow(this.db, id);
    if (!row) throw new AppError('not_found', RECORD_NOT_FOUND);
    return toRecord(row);
  }

  /**
   * The teacher and the partner exist; a new record (or one moved to another teacher) needs a teacher who works at
   * the school, while the records of a teacher who left stay editable. zod has checked dates, hours and texts.
   */
  private check(fields: StaffRecordFields, current: RecordRow | null): void {
    const missing: Record<string, string> = {};
    const staff = findStaffRow(this.db, fields.staffId);
    if (!staff) missing['fields.staffId'] = 'Педагог не найден: выберите педагога из списка';
    if (fields.partnerId !== null && !this.deps.partners.exists(fields.partnerId)) {
      missing['fields.partnerId'] = 'Партнёр не найден: выберите партнёра из списка или оставьте поле пустым';
    }
    if (Object.keys(missing).length > 0) {
      const what = missing['fields.staffId'] ? 'Педагог' : 'Партнёр';
      throw new AppError('not_found', `${what} не найден: возможно, он удалён. ${CHECK_INPUT}`, missing);
    }
    if (staff && !staff.active && current?.staffId !== staff.id) {
      throw new AppError(
        'invalid_input',
        `Педагог ${quoted(staff.fullName)} отмечен как уволившийся: новые записи для него не добавляются. Если он снова работает в школе, отметьте это в списке педагогов.`,
        { 'fields.staffId': 'Педагог уволился: выберите работающего педагога' },
      );
    }
  }

  createRecord(fields: StaffRecordFields): StaffRecord {
    const id = this.db.transaction(() => {
      this.check(fields, null);
      return insertRecord(this.db, fields, this.stamp());
    })();
    return this.record(id);
  }

  updateRecord(id: number, fields: StaffRecordFields): StaffRecord {
    this.db.transaction(() => {
      const current = findRecordRow(this.db, id);
      if (!current) throw new AppError('not_found', RECORD_NOT_FOUND);
      this.check(fields, current);
      updateRecord(this.db, id, fields, this.stamp());
    })();
    return this.record(id);
  }

  deleteRecord(id: number): void {
    this.db.transaction(() => {
      if (!findRecordRow(this.db, id)) throw new AppError('not_found', RECORD_NOT_FOUND);
      deleteRecord(this.db, id);
    })();
  }
  /**
   * The professional development of an academic year as the store holds it: every record whose first day lies in
   * the year counts in it, however long it runs (a course from August to September counts in the year of August).
   */
  summary(year: string): StaffSummary {
    const { from, to } = academicYearBounds(year);
    return summarizeStaffYear(
      year,
      listRecordRows(this.db, { from, to }),
      countActiveStaff(this.db),
      this.deps.clubs.schoolYear(year).teachers,
    );
  }

  /** The year's records and their summary, for the export: the year is read once. */
  yearExport(year: string): { records: StaffRecord[]; summary: StaffSummary } {
    const records = this.records({ year });
    const teachers = this.deps.clubs.schoolYear(year).teachers;
    return { records, summary: summarizeStaffYear(year, records, countActiveStaff(this.db), teachers) };
  }
}
