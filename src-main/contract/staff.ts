import { z } from 'zod';
import { academicYearSchema } from './academic-year';
import { isoDateSchema } from './dates';
import { pickFields } from './pick';
import { boundedInt, deletedSchema, emptyInput, idInputSchema, idSchema, optionalText, requiredText } from './text';

/** The forms of professional development the programme names (курсы, РМО, конференции …). */
export const STAFF_FORMS = [
  'course',
  'rmo',
  'conference',
  'masterClass',
  'readings',
  'workshop',
  'contest',
  'talk',
] as const;
export const staffFormSchema = z.enum(STAFF_FORMS, { error: 'Выберите форму повышения квалификации из списка' });
export type StaffForm = z.infer<typeof staffFormSchema>;
export const STAFF_FORM_LABELS: Record<StaffForm, string> = {
  course: 'Курсы повышения квалификации',
  rmo: 'РМО (районное методическое объединение)',
  conference: 'Конференция',
  masterClass: 'Мастер-класс',
  readings: 'Педагогические чтения',
  workshop: 'Творческая мастерская',
  contest: 'Конкурс профессионального мастерства',
  talk: 'Выступление с опытом работы',
};

/** Bounds of the hours of one record (the store checks the same). */
export const MAX_STAFF_HOURS = 2000;

export const staffMemberFieldsSchema = z
  .object({
    fullName: requiredText(200, 'Укажите фамилию, имя и отчество педагога'),
    position: optionalText(200),
    subjects: optionalText(300),
  })
  .strict();
export type StaffMemberFields = z.infer<typeof staffMemberFieldsSchema>;

export const BLANK_STAFF_MEMBER: StaffMemberFields = { fullName: '', position: '', subjects: '' };

export const staffMemberSchema = staffMemberFieldsSchema.extend({
  id: idSchema,
  /** false: the teacher has left the school; the records stay. */
  active: z.boolean(),
  recordsCount: z.number().int().min(0),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

export function staffMemberFieldsOf(member: StaffMember): StaffMemberFields {
  return pickFields(staffMemberFieldsSchema, member);
}

const staffRecordFieldsObject = z
  .object({
    staffId: idSchema,
    form: staffFormSchema,
    title: requiredText(500, 'Укажите тему или название'),
    /** The partner through which the teacher was trained (ИМЦ, a university …), or none. */
    partnerId: idSchema.nullable(),
    dateFrom: isoDateSchema,
    dateTo: isoDateSchema,
    hours: boundedInt(0, MAX_STAFF_HOURS),
    /** «Удостоверение № 612400012345», «Сертификат участника». */
    certificate: optionalText(200),
    /** «Выступление “…”», «1 место», «Лауреат». */
    result: optionalText(1000),
  })
  .strict();

export const staffRecordFieldsSchema = staffRecordFieldsObject.refine((f) => f.dateTo >= f.dateFrom, {
  path: ['dateTo'],
  error: 'Дата окончания раньше даты начала',
});
export type StaffRecordFields = z.infer<typeof staffRecordFieldsSchema>;

export const staffRecordSchema = staffRecordFieldsObject.extend({
  id: idSchema,
  staffName: z.string(),
  /** Whether the teacher still works at the school. */
  staffActive: z.boolean(),
  partnerName: z.string().nullable(),
  /** The academic year of `dateFrom`: the year the record counts in. */
  year: z.string(),
});
export type StaffRecord = z.infer<typeof staffRecordSchema>;

const countsSchema = z.object({
  records: z.number().int().min(0),
  /** Distinct teachers. */
  teachers: z.number().int().min(0),
  hours: z.number().int().min(0),
});
export type StaffCounts = z.infer<typeof countsSchema>;

export const staffSummarySchema = z.object({
  year: z.string(),
  /** Teachers who work at the school now. */
  activeTeachers: z.number().int().min(0),
  /**
   * The year's teachers (the denominator of «повышение квалификации через партнёров»): the year's number as the
   * office gave it with the year's classes; without one, those who work now and those who have left but have
   * records in the year.
   */
  teachersOfYear: z.number().int().min(0),
  /** Every record of the year; `teachers` is the number of teachers trained. */
  total: countsSchema,
  /** Records with a partner; `teachers` is the number of teachers trained through partners. */
  throughPartners: countsSchema,
  /** Records without a partner. */
  withoutPartner: countsSchema,
  /** The forms that have records, in the order of STAFF_FORMS. */
  byForm: z.array(countsSchema.extend({ form: staffFormSchema })),
  /** The partners that have records, by name. */
  byPartner: z.array(countsSchema.extend({ partnerId: idSchema, partnerName: z.string() })),
});
export type StaffSummary = z.infer<typeof staffSummarySchema>;

export const staffHistorySchema = z.object({
  member: staffMemberSchema,
  /** Every record of the teacher, the latest first. */
  records: z.array(staffRecordSchema),
  /** Hours and records per academic year, the latest first. */
  years: z.array(z.object({ year: z.string(), records: z.number().int().min(0), hours: z.number().int().min(0) })),
});
export type StaffHistory = z.infer<typeof staffHistorySchema>;

export const staffRecordFilterSchema = z
  .object({
    year: academicYearSchema.optional(),
    staffId: idSchema.optional(),
    partnerId: idSchema.optional(),
  })
  .strict();
export type StaffRecordFilter = z.infer<typeof staffRecordFilterSchema>;

/** Channels of the teaching staff and their professional development. */
export const staffChannels = {
  /** Every teacher, working or left, by name. */
  'staff:list': { input: emptyInput, output: z.array(staffMemberSchema) },
  'staff:create': { input: staffMemberFieldsSchema, output: staffMemberSchema },
  'staff:update': {
    input: z.object({ id: idSchema, fields: staffMemberFieldsSchema }).strict(),
    output: staffMemberSchema,
  },
  /** Marks a teacher as left (false) or back at the school (true). */
  'staff:setActive': { input: z.object({ id: idSchema, active: z.boolean() }).strict(), output: staffMemberSchema },
  /** Deletes a teacher without records; one with records is refused (mark them as left instead). */
  'staff:delete': { input: idInputSchema, output: deletedSchema },
  'staff:history': { input: idInputSchema, output: staffHistorySchema },
  'staff:summary': { input: z.object({ year: academicYearSchema }).strict(), output: staffSummarySchema },
  /** The year's summary and records as an Excel workbook; `path` is null when the user cancelled. */
  'staff:exportXlsx': {
    input: z.object({ year: academicYearSchema }).strict(),
    output: z.object({ path: z.string().nullable() }).strict(),
  },
  /** Records by academic year (of their start), teacher and partner; the earliest first. */
  'staffRecords:list': { input: staffRecordFilterSchema, output: z.array(staffRecordSchema) },
  'staffRecords:create': { input: z.object({ fields: staffRecordFieldsSchema }).strict(), output: staffRecordSchema },
  'staffRecords:update': {
    input: z.object({ id: idSchema, fields: staffRecordFieldsSchema }).strict(),
    output: staffRecordSchema,
  },
  'staffRecords:delete': { input: idInputSchema, output: deletedSchema },
} as const;
