import { z } from 'zod';
import { academicYearSchema } from './academic-year';
import { officeFileInput as importFileSchema } from './office-files';
import { participantSchema, planTimingSchema } from './plans';
import { idSchema } from './text';

/** The columns of a plan's table the import reads, whatever the school calls them and in whatever order. */
export const PLAN_IMPORT_COLUMNS = [
  'number',
  'timing',
  'title',
  'form',
  'participants',
  'partner',
  'responsibleSchool',
  'responsiblePartner',
  'venue',
  'notes',
] as const;
export type PlanImportColumn = (typeof PLAN_IMPORT_COLUMNS)[number];

export const PLAN_IMPORT_COLUMN_LABELS: Record<PlanImportColumn, string> = {
  number: '№',
  timing: 'Сроки',
  title: 'Мероприятие',
  form: 'Форма',
  participants: 'Участники',
  partner: 'Партнёр',
  responsibleSchool: 'Ответственные',
  responsiblePartner: 'Ответственные от партнёра',
  venue: 'Место',
  notes: 'Примечание',
};

/** A row of the file as the plan item it will become; its partners still as the file names them. */
export const planImportItemSchema = z.object({
  title: z.string(),
  form: z.string(),
  timing: planTimingSchema,
  month: z.string().nullable(),
  dateFrom: z.string().nullable(),
  dateTo: z.string().nullable(),
  timeFrom: z.string().nullable(),
  timeTo: z.string().nullable(),
  participants: z.array(participantSchema),
  venueNote: z.string(),
  responsibleSchool: z.string(),
  responsiblePartner: z.string(),
  notes: z.string(),
  /** The partners named in the row, as `planImportPartnerSchema.key`. */
  partnerKeys: z.array(z.string()),
});
export type PlanImportItem = z.infer<typeof planImportItemSchema>;

export const planImportRowSchema = z.object({
  /** The row's line: the row of the Word table or of the sheet, or the CSV's line, as the office counts them. */
  line: z.number().int().min(1),
  /** An item; a group row («Сентябрь», «I четверть») whose month the rows below take; a section heading. */
  kind: z.enum(['item', 'group', 'section']),
  /** The row's cells as read. */
  cells: z.array(z.string()),
  /** A group row's month («2025-09»). */
  groupMonth: z.string().nullable(),
  item: planImportItemSchema.nullable(),
  /** Why the row cannot be imported (Russian); a row with any is left out. */
  problems: z.array(z.string()),
  /** What the import did with what it could not put in a field (Russian); the row is imported. */
  remarks: z.array(z.string()),
});
export type PlanImportRow = z.infer<typeof planImportRowSchema>;

/** A partner as the file names it, and whom of the registry it names. */
export const planImportPartnerSchema = z.object({
  /** The name as comparison sees it: one per partner of the file. */
  key: z.string(),
  text: z.string(),
  matchedId: idSchema.nullable(),
  how: z.enum(['name', 'abbreviation', 'words']).nullable(),
  /** Partners of the registry the name may mean when it names none for sure. */
  candidates: z.array(z.object({ id: idSchema, name: z.string() })),
  lines: z.array(z.number().int().min(1)),
});
export type PlanImportPartner = z.infer<typeof planImportPartnerSchema>;

export const planImportPreviewSchema = z.object({
  tables: z.array(z.object({ source: z.string(), rowCount: z.number().int().min(0), isPlan: z.boolean() })),
  tableIndex: z.number().int().min(0),
  year: z.string(),
  /** The academic year the file's dates name most, or null when they name none. */
  fileYear: z.string().nullable(),
  planExists: z.boolean(),
  columns: z.array(z.object({ heading: z.string(), column: z.enum(PLAN_IMPORT_COLUMNS).nullable() })),
  rows: z.array(planImportRowSchema),
  partners: z.array(planImportPartnerSchema),
  counts: z.object({
    items: z.number().int().min(0),
    ready: z.number().int().min(0),
    withProblems: z.number().int().min(0),
    groups: z.number().int().min(0),
  }),
});
export type PlanImportPreview = z.infer<typeof planImportPreviewSchema>;

const tableIndexSchema = z
  .number({ error: 'Выберите таблицу' })
  .int({ error: 'Выберите таблицу' })
  .min(0, { error: 'Выберите таблицу' })
  .max(999, { error: 'Выберите таблицу' });

export const planImportPartnerChoiceSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('existing'), id: idSchema }).strict(),
    z.object({ kind: z.literal('create') }).strict(),
    z.object({ kind: z.literal('none') }).strict(),
  ],
  { error: 'Выберите, что делать с партнёром' },
);
export type PlanImportPartnerChoice = z.infer<typeof planImportPartnerChoiceSchema>;

export const planImportResultSchema = z.object({
  year: z.string(),
  created: z.number().int().min(0),
  createdPartners: z.number().int().min(0),
  /** Items put on the calendar because they have a day. */
  onCalendar: z.number().int().min(0),
  skipped: z.number().int().min(0),
  undoToken: idSchema,
});
export type PlanImportResult = z.infer<typeof planImportResultSchema>;

export const planImportChannels = {
  /**
   * Reads the file (in a worker thread), finds the plan's table and answers each row as the item it will become,
   * for the year given or the year the file's dates point to. Nothing is written.
   */
  'plans:importPreview': {
    input: z
      .object({ ...importFileSchema, year: academicYearSchema.nullable(), tableIndex: tableIndexSchema.nullable() })
      .strict(),
    output: planImportPreviewSchema,
  },
  /**
   * Writes the rows without problems into the year's plan (made if there is none) in one transaction: each as an
   * item made by hand would be, a dated one on the calendar. Partners the office chose to create are created.
   */
  'plans:importCommit': {
    input: z
      .object({
        ...importFileSchema,
        year: academicYearSchema,
        tableIndex: tableIndexSchema,
        partners: z
          .array(z.object({ key: z.string().max(1000), choice: planImportPartnerChoiceSchema }).strict())
          .max(1000),
        /** The direction new partners are put in; «Прочие» when null. */
        newPartnerCategoryId: idSchema.nullable(),
      })
      .strict(),
    output: planImportResultSchema,
  },
  /** Takes an import back: its items (with their events not yet held), the partners and the plan it created. */
  'plans:importUndo': {
    input: z.object({ undoToken: idSchema }).strict(),
    output: z.object({ removed: z.number().int().min(0), removedPartners: z.number().int().min(0) }).strict(),
  },
} as const;
