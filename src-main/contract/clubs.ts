import { z } from 'zod';
import { academicYearSchema } from './academic-year';
import { classNameSchema, LEVELS } from './plans';
import { boundedInt, decimal, deletedSchema, idInputSchema, idSchema, optionalText, requiredText } from './text';

/** «m из N = 12,5 %», or «нет данных» when there is no one to count (N = 0). */
export function ratioText(ratio: { attended: number; enrolment: number; percent: number | null }): string {
  if (ratio.percent === null) return 'нет данных';
  return `${ratio.attended} из ${ratio.enrolment} = ${decimal(ratio.percent)} %`;
}

/** Each class once in a list of rows that name classes; a repeated one is refused at its row. */
function eachClassOnce<T extends z.ZodType<object[]>>(list: T, key: string) {
  return list.superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const name = (row as Record<string, unknown>)[key];
      if (typeof name !== 'string') return;
      if (seen.has(name)) ctx.addIssue({ code: 'custom', path: [i, key], message: `Класс ${name} указан дважды` });
      seen.add(name);
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The school's classes in an academic year («Классы и численность»).

/** The most families and teachers a school can have, as the forms allow. */
export const MAX_FAMILIES = 20_000;
export const MAX_TEACHERS = 2000;

/** The year's number of families and of teachers, entered once for the year; null: not known. */
export const schoolYearCountsSchema = z
  .object({
    families: boundedInt(0, MAX_FAMILIES).nullable(),
    teachers: boundedInt(0, MAX_TEACHERS).nullable(),
  })
  .strict();
export type SchoolYearCounts = z.infer<typeof schoolYearCountsSchema>;

export const MAX_CLASSES = 120;

export const schoolClassFieldsSchema = z
  .object({
    name: classNameSchema,
    pupils: boundedInt(0, 200),
  })
  .strict();
export type SchoolClassFields = z.infer<typeof schoolClassFieldsSchema>;

export const schoolClassSchema = z.object({
  name: z.string(),
  pupils: z.number().int().min(0),
  level: z.enum(LEVELS),
  /** The most pupils of this class one club of the year records: the class's enrolment may not go below it. */
  clubPupils: z.number().int().min(0),
  /** How many clubs of the year this class attends. */
  clubsCount: z.number().int().min(0),
});
export type SchoolClass = z.infer<typeof schoolClassSchema>;

export const levelTotalSchema = z.object({
  level: z.enum(LEVELS),
  classesCount: z.number().int().min(0),
  /** Pupils of the level by the year's classes. */
  pupils: z.number().int().min(0),
  /**
   * The level's enrolment carried over from Настройки, where the year's class list was not filled when the app
   * stopped keeping one figure for all years; null without one. Shown until the class list replaces it.
   */
  carriedPupils: z.number().int().min(0).nullable(),
});
export type LevelTotal = z.infer<typeof levelTotalSchema>;

export const classesOfYearSchema = z.object({
  year: z.string(),
  /** By grade, then letter. */
  classes: z.array(schoolClassSchema),
  /** НОО, ООО, СОО, always all three. */
  levels: z.array(levelTotalSchema),
  /** The year before, from which the classes can be filled «с переводом», and how many classes it has. */
  previousYear: z.object({ year: z.string(), classesCount: z.number().int().min(0) }),
  /** The year's number of families and of teachers (all of them, not only those in the staff list); null: not given. */
  families: z.number().int().min(0).nullable(),
  teachers: z.number().int().min(0).nullable(),
});
export type ClassesOfYear = z.infer<typeof classesOfYearSchema>;

export const promotionSchema = z.object({
  /** Classes added to the year, one grade up from the year before. */
  added: z.number().int().min(0),
  /** Classes the year had already: left as they were. */
  kept: z.number().int().min(0),
  /** 11th grades of the year before: they have left school. */
  graduated: z.number().int().min(0),
});
export type Promotion = z.infer<typeof promotionSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Clubs at partners and who attends them.

export const attendanceRowSchema = z
  .object({
    className: classNameSchema,
    pupils: boundedInt(1, 200),
  })
  .strict();
export type AttendanceRow = z.infer<typeof attendanceRowSchema>;

export const clubFieldsSchema = z
  .object({
    partnerId: idSchema,
    name: requiredText(300, 'Назовите кружок'),
    leader: optionalText(200),
    schedule: optionalText(300),
    notes: optionalText(2000),
    attendance: eachClassOnce(
      z.array(attendanceRowSchema).max(MAX_CLASSES, { error: `Не более ${MAX_CLASSES} классов` }),
      'className',
    ),
  })
  .strict();
export type ClubFields = z.infer<typeof clubFieldsSchema>;

export const clubSchema = z.object({
  id: idSchema,
  year: z.string(),
  partnerId: idSchema,
  /** The partner's short name when it has one. */
  partnerName: z.string(),
  name: z.string(),
  leader: z.string(),
  schedule: z.string(),
  notes: z.string(),
  /** By grade, then letter. */
  attendance: z.array(z.object({ className: z.string(), pupils: z.number().int().min(1) })),
  /** The club's pupils: the sum over its classes. */
  pupils: z.number().int().min(0),
});
export type Club = z.infer<typeof clubSchema>;

/** «5А — 12, 6Б — 8»: pupils of each class in a club. */
export function attendanceText(rows: readonly { className: string; pupils: number }[]): string {
  return rows.map((r) => `${r.className} — ${r.pupils}`).join(', ');
}

// ---------------------------------------------------------------------------------------------------------------
// Coverage by additional education at partners («охват дополнительным образованием»).

/** m of N and m / N × 100 %; `percent` is null when N is 0 (nothing to count: «нет данных»). */
export const coverageRatioSchema = z.object({
  /** m: pupils attending partners' clubs; per class never more than its enrolment. */
  attended: z.number().int().min(0),
  /** N: the enrolment (pupils of the classes counted). */
  enrolment: z.number().int().min(0),
  /** m / N × 100, not rounded; null when N is 0. */
  percent: z.number().min(0).max(100).nullable(),
});
export type CoverageRatio = z.infer<typeof coverageRatioSchema>;

export const clubCoverageSchema = z.object({
  /** Each class of the year, by grade and letter; `attended` is the sum over clubs, capped by the enrolment. */
  classes: z.array(
    coverageRatioSchema.extend({ className: z.string(), level: z.enum(LEVELS), clubsCount: z.number().int() }),
  ),
  /** НОО, ООО, СОО, always all three. */
  levels: z.array(coverageRatioSchema.extend({ level: z.enum(LEVELS) })),
  /** The whole school. */
  overall: coverageRatioSchema,
  /**
   * Each partner with clubs, by name: pupils attending its clubs (per class capped by the enrolment), out of the
   * whole school's enrolment.
   */
  partners: z.array(
    coverageRatioSchema.extend({ partnerId: idSchema, partnerName: z.string(), clubsCount: z.number().int() }),
  ),
});
export type ClubCoverage = z.infer<typeof clubCoverageSchema>;

const yearInput = z.object({ year: academicYearSchema }).strict();

export const clubsChannels = {
  /** The year's classes with their enrolment, the totals by level, and the year's families and teachers. */
  'classes:list': { input: yearInput, output: classesOfYearSchema },
  /** The year's whole list of classes at once; a class a club records cannot be removed or lowered below it. */
  'classes:save': {
    input: z
      .object({
        year: academicYearSchema,
        classes: eachClassOnce(
          z.array(schoolClassFieldsSchema).max(MAX_CLASSES, { error: `Не более ${MAX_CLASSES} классов` }),
          'name',
        ),
      })
      .strict(),
    output: classesOfYearSchema,
  },
  /** The year's number of families and of teachers: what the review of the year counts parents and teachers out of. */
  'classes:saveCounts': {
    input: z.object({ year: academicYearSchema, counts: schoolYearCountsSchema }).strict(),
    output: classesOfYearSchema,
  },
  /**
   * Fills the year from the year before «с переводом»: each class one grade up with its pupils (5А → 6А), the 11th
   * grades leave, no 1st grades are made; classes the year has already are left as they are.
   */
  'classes:promote': { input: yearInput, output: promotionSchema },
  'clubs:list': {
    input: z.object({ year: academicYearSchema, partnerId: idSchema.optional() }).strict(),
    output: z.array(clubSchema),
  },
  'clubs:create': {
    input: z.object({ year: academicYearSchema, fields: clubFieldsSchema }).strict(),
    output: clubSchema,
  },
  'clubs:update': { input: z.object({ id: idSchema, fields: clubFieldsSchema }).strict(), output: clubSchema },
  'clubs:delete': { input: idInputSchema, output: deletedSchema },
  /** Coverage by partners' clubs for the year: per class, per level, overall and per partner. */
  'clubs:coverage': { input: yearInput, output: clubCoverageSchema },
  /** The year's clubs and coverage as an Excel workbook; `path` is null when the user cancelled. */
  'clubs:exportXlsx': { input: yearInput, output: z.object({ path: z.string().nullable() }).strict() },
} as const;
