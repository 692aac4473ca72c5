import type Database from 'better-sqlite3';
import { academicYearLabel, academicYearStart } from '../contract/academic-year';
import {
  type ClassesOfYear,
  type Club,
  type ClubCoverage,
  type ClubFields,
  type Promotion,
  type SchoolClassFields,
  type SchoolYearCounts,
} from '../contract/clubs';
import { LEVELS } from '../contract/plans';
import { compareClassNames, gradeOf, levelOfClass } from '../contract/classes';
import { AppError } from '../errors';
import type { PartnersService } from '../partners/service';
import { clubCoverage } from './coverage';
import { compareRussian } from '../contract/russian-order';
import {
  attendanceOf,
  classUses,
  countClasses,
  coverageInputs,
  deleteClub,
  findClubRow,
  insertClasses,
  insertClub,
  listClasses,
  listClubRows,
  replaceClasses,
  updateClub,
  type ClassUse,
  type ClubRow,
} from './repository';
import { readSchoolYear, saveSchoolYearCounts, type SchoolYear } from './school-years-repository';
import { quoted } from '../contract/quote';

export interface ClubsDeps {
  db: Database.Database;
  now: () => Date;
  /** Checks that a partner a record names is still in the registry. */
  partners: Pick<PartnersService, 'exists' | 'requireExisting'>;
}

const CLUB_NOT_FOUND = 'Кружок не найден: возможно, он уже удалён.';
const LAST_GRADE = 11;

const byClass = <T extends { name: string }>(a: T, b: T) => compareClassNames(a.name, b.name);

function toClub(row: ClubRow, attendance: Map<number, Club['attendance']>): Club {
  const rows = [...(attendance.get(row.id) ?? [])].sort((a, b) => compareClassNames(a.className, b.className));
  return { ...row, attendance: rows, pupils: rows.reduce((sum, r) => sum + r.pupils, 0) };
}

/** «5А» → «6А»; null for an 11th grade, which leaves school. */
function promoted(name: string): string | null {
  const grade = gradeOf(name);
  return grade >= LAST_GRADE ? null : `${grade + 1}${name.slice(String(grade).length)}`;
}

export class ClubsService {
  constructor(private readonly deps: ClubsDeps) {}

  private get db() {
    return this.deps.db;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Classes of a year.

  /** The year's classes by grade and letter, with what the clubs record for each, and the totals by level. */
  classes(year: string): ClassesOfYear {
    const uses = Map.groupBy(classUses(this.db, year), (use) => use.className);
    const classes = listClasses(this.db, year)
      .sort(byClass)
      .map((c) => {
        const own = uses.get(c.name) ?? [];
        return {
          ...c,
          level: levelOfClass(c.name),
          clubPupils: Math.max(0, ...own.map((u) => u.pupils)),
          clubsCount: own.length,
        };
      });
    const schoolYear = this.schoolYear(year);
    const levels = LEVELS.map((level) => {
      const own = classes.filter((c) => c.level === level);
      return {
        level,
        classesCount: own.length,
        pupils: own.reduce((sum, c) => sum + c.pupils, 0),
        carriedPupils: schoolYear.carried?.[level] ?? null,
      };
    });
    const previous = academicYearLabel(academicYearStart(year) - 1);
    return {
      year,
      classes,
      levels,
      previousYear: { year: previous, classesCount: countClasses(this.db, previous) },
      families: schoolYear.families,
      teachers: schoolYear.teachers,
    };
  }

  /**
   * The year's number of families and of teachers and the enrolment carried over from Настройки, as kept for the
   * year: staff, surveys and the review read them here.
   */
  schoolYear(year: string): SchoolYear {
    return readSchoolYear(this.db, year);
  }

  /** The year's number of families and of teachers, entered once for the year. */
  saveCounts(year: string, counts: SchoolYearCounts): ClassesOfYear {
    this.db.transaction(() => saveSchoolYearCounts(this.db, year, counts, this.deps.now().toISOString()))();
    return this.classes(year);
  }

  /**
   * Saves the year's whole list of classes. A class a club of the year records cannot be removed, nor its
   * enrolment set below the count a club records for it: refused with a message, nothing changed.
   */
  saveClasses(year: string, classes: readonly SchoolClassFields[]): ClassesOfYear {
    const uses = classUses(this.db, year);
    const fields: Record<string, string> = {};
    const messages: string[] = [];
    const removed = new Map<string, ClassUse[]>();
    for (const use of uses) {
      const index = classes.findIndex((c) => c.name === use.className);
      const kept = classes[index];
      if (!kept) {
        removed.set(use.className, [...(removed.get(use.className) ?? []), use]);
      } else if (kept.pupils < use.pupils && !fields[`classes.${index}.pupils`]) {
        fields[`classes.${index}.pupils`] =
          `Не меньше ${use.pupils}: столько записано в кружок ${quoted(use.clubName)}`;
        messages.push(
          `Численность ${use.className} не может быть меньше ${use.pupils}: ` +
            `столько обучающихся этого класса записано в кружок ${quoted(use.clubName)}.`,
        );
      }
    }
    for (const [className, own] of removed) {
      const clubs = own.map((u) => quoted(u.clubName)).join(', ');
      messages.push(
        `Класс ${className} нельзя удалить: его обучающиеся записаны в кружки ${year} учебного года (${clubs}). ` +
          'Сначала уберите класс из этих кружков.',
      );
    }
    if (messages.length > 0) throw new AppError('conflict', messages.join(' '), fields);
    this.db.transaction(() => replaceClasses(this.db, year, classes))();
    return this.classes(year);
  }

  /**
   * Fills the year from the year before «с переводом»: each class one grade up with its pupils (5А → 6А); the 11th
   * grades leave school; 1st grades are not made up (the office adds them). Classes the year has already are kept
   * as they are.
   */
  promote(year: string): Promotion {
    const previous = academicYearLabel(academicYearStart(year) - 1);
    const source = listClasses(this.db, previous);
    if (source.length === 0) {
      throw new AppError(
        'not_found',
        `В ${previous} учебном году классы не внесены — переводить нечего. Внесите классы ${year} учебного года вручную.`,
      );
    }
    const present = new Set(listClasses(this.db, year).map((c) => c.name));
    const moved = source.flatMap((c) => {
      const name = promoted(c.name);
      return name === null ? [] : [{ name, pupils: c.pupils }];
    });
    const added = moved.filter((c) => !present.has(c.name));
    this.db.transaction(() => insertClasses(this.db, year, added))();
    return { added: added.length, kept: moved.length - added.length, graduated: source.length - moved.length };
  }

  // -------------------------------------------------------------------------------------------------------------
  // Clubs.

  list(year: string, partnerId?: number): Club[] {
    const attendance = attendanceOf(this.db, { year });
    return listClubRows(this.db, year, partnerId)
      .map((row) => toClub(row, attendance))
      .sort((a, b) => compareRussian(a.partnerName, b.partnerName) || compareRussian(a.name, b.name) || a.id - b.id);
  }

  club(id: number): Club {
    const row = findClubRow(this.db, id);
    if (!row) throw new AppError('not_found', CLUB_NOT_FOUND);
    return toClub(row, attendanceOf(this.db, { clubId: id }));
  }

  /**
   * The partner exists; every class is in the year's list, and no more of its pupils attend than it has. Refused
   * with a message naming the class, nothing stored.
   */
  private check(year: string, fields: ClubFields): void {
    this.deps.partners.requireExisting(fields.partnerId, { 'fields.partnerId': 'Партнёр не найден' });
    const enrolment = new Map(listClasses(this.db, year).map((c) => [c.name, c.pupils]));
    if (enrolment.size === 0 && fields.attendance.length > 0) {
      throw new AppError(
        'invalid_input',
        `Классы ${year} учебного года ещё не внесены: сначала заполните «Классы и численность», затем укажите, ` +
          'сколько обучающихся каждого класса посещают кружок.',
        { 'fields.attendance': 'Сначала внесите классы года' },
      );
    }
    const errors: Record<string, string> = {};
    const messages: string[] = [];
    fields.attendance.forEach((row, i) => {
      const pupils = enrolment.get(row.className);
      if (pupils === undefined) {
        errors[`fields.attendance.${i}.className`] = `Класса ${row.className} нет в списке классов года`;
        messages.push(
          `Класса ${row.className} нет в списке классов ${year} учебного года: ` +
            'добавьте его в разделе «Классы и численность».',
        );
      } else if (row.pupils > pupils) {
        errors[`fields.attendance.${i}.pupils`] = `Больше, чем обучающихся в классе (${pupils})`;
        messages.push(
          `В кружок ${quoted(fields.name)} не может быть записано ${row.pupils} обучающихся ${row.className}: ` +
            `в классе ${row.className} всего ${pupils}.`,
        );
      }
    });
    if (messages.length > 0) throw new AppError('invalid_input', messages.join(' '), errors);
  }

  private stamp(): string {
    return this.deps.now().toISOString();
  }

  create(year: string, fields: ClubFields): Club {
    this.check(year, fields);
    const id = this.db.transaction(() => insertClub(this.db, year, fields, this.stamp()))();
    return this.club(id);
  }

  update(id: number, fields: ClubFields): Club {
    const row = findClubRow(this.db, id);
    if (!row) throw new AppError('not_found', CLUB_NOT_FOUND);
    this.check(row.year, fields);
    this.db.transaction(() => updateClub(this.db, id, fields, this.stamp()))();
    return this.club(id);
  }

  delete(id: number): void {
    if (!findClubRow(this.db, id)) throw new AppError('not_found', CLUB_NOT_FOUND);
    this.db.transaction(() => deleteClub(this.db, id))();
  }

  /** The year's coverage by partners' clubs (see coverage.ts). */
  coverage(year: string): ClubCoverage {
    return clubCoverage(coverageInputs(this.db, year));
  }
}
