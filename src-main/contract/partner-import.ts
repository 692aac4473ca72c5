import { z } from 'zod';
import { modelOfInteractionInput } from './documents';
import { modelImportChannels } from './model-import';
import { officeFileInput } from './office-files';
import { partnerFilterSchema, partnerStatusSchema } from './partners';
import { idSchema } from './text';

export { IMPORT_MAX_FILE_BYTES } from './office-files';
/** More data rows than a school's list of partners could hold; a larger file is refused. */
export const IMPORT_MAX_ROWS = 5000;

/** What a column of an imported file can be loaded into. */
export const IMPORT_FIELDS = [
  'fullName',
  'shortName',
  'category',
  'status',
  'legalForm',
  'inn',
  'kpp',
  'ogrn',
  'legalAddress',
  'postalAddress',
  'headName',
  'headPosition',
  'headBasis',
  'contactName',
  'contactRole',
  'contactPhone',
  'contactEmail',
  'website',
  'forms',
  'effects',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  fullName: 'Полное наименование',
  shortName: 'Краткое наименование',
  category: 'Направление',
  status: 'Статус',
  legalForm: 'Организационно-правовая форма',
  inn: 'ИНН',
  kpp: 'КПП',
  ogrn: 'ОГРН',
  legalAddress: 'Юридический адрес',
  postalAddress: 'Почтовый адрес',
  headName: 'Руководитель',
  headPosition: 'Должность руководителя',
  headBasis: 'Действует на основании',
  contactName: 'Контактное лицо',
  contactRole: 'Должность контактного лица',
  contactPhone: 'Телефон',
  contactEmail: 'Email',
  website: 'Сайт',
  forms: 'Формы взаимодействия',
  effects: 'Социальный эффект',
  notes: 'Примечание',
};

const columnIndex = z
  .number({ error: 'Ожидается номер столбца' })
  .int({ error: 'Ожидается номер столбца' })
  .min(0, { error: 'Ожидается номер столбца' })
  .max(999, { error: 'Ожидается номер столбца' })
  .nullable();

/** For each field, the index of the column it is loaded from, or null to leave it out. */
export const importMappingSchema = z
  .object(Object.fromEntries(IMPORT_FIELDS.map((f) => [f, columnIndex])) as Record<ImportField, typeof columnIndex>)
  .strict();
export type ImportMapping = z.infer<typeof importMappingSchema>;

const importFileSchema = officeFileInput;

export const duplicateChoiceSchema = z.enum(['skip', 'update', 'add'], {
  error: 'Выберите, что делать с совпадениями',
});
export type DuplicateChoice = z.infer<typeof duplicateChoiceSchema>;

export const importReadSchema = z.object({
  format: z.enum(['csv', 'xlsx']),
  encoding: z.enum(['utf-8', 'windows-1251']).nullable(),
  delimiter: z.enum([';', ',']).nullable(),
  /** The header row; a column without a header is named by its number. */
  columns: z.array(z.string()),
  rowCount: z.number().int().min(0),
  /** The first data rows, each as long as `columns`. */
  sample: z.array(z.array(z.string())),
  suggestedMapping: importMappingSchema,
});
export type ImportRead = z.infer<typeof importReadSchema>;

/** What an imported row will write: texts as they will be stored, status already resolved. */
export const importedPartnerSchema = z.object({
  fullName: z.string(),
  shortName: z.string(),
  category: z.string(),
  status: partnerStatusSchema.nullable(),
  legalForm: z.string(),
  inn: z.string(),
  kpp: z.string(),
  ogrn: z.string(),
  legalAddress: z.string(),
  postalAddress: z.string(),
  headName: z.string(),
  headPosition: z.string(),
  headBasis: z.string(),
  website: z.string(),
  notes: z.string(),
  contact: z.object({ name: z.string(), role: z.string(), phone: z.string(), email: z.string() }).nullable(),
  forms: z.array(z.string()),
  effects: z.array(z.string()),
});
export type ImportedPartner = z.infer<typeof importedPartnerSchema>;

/** A partner the row repeats: one in the store (`id`), or an earlier valid row of the same file (`line`). */
export const importDuplicateSchema = z.object({
  id: idSchema.nullable(),
  line: z.number().int().min(1).nullable(),
  fullName: z.string(),
  reason: z.enum(['inn', 'name']),
});
export type ImportDuplicate = z.infer<typeof importDuplicateSchema>;

export const importPreviewRowSchema = z.object({
  /** The line of the file where the row starts, as a text editor or Excel numbers it. */
  line: z.number().int().min(1),
  fields: importedPartnerSchema,
  /** Russian messages by field; a row with any is not written. */
  errors: z.partialRecord(z.enum(IMPORT_FIELDS), z.string()),
  duplicates: z.array(importDuplicateSchema),
  /** The direction named in the row when the store has none by that name: it will be added. */
  newCategory: z.string().nullable(),
});
export type ImportPreviewRow = z.infer<typeof importPreviewRowSchema>;

export const importPreviewSchema = z.object({
  rows: z.array(importPreviewRowSchema),
  counts: z.object({
    rows: z.number().int().min(0),
    valid: z.number().int().min(0),
    invalid: z.number().int().min(0),
    /** Valid rows that repeat a partner. */
    duplicates: z.number().int().min(0),
  }),
  newCategories: z.array(z.string()),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importResultSchema = z.object({
  created: z.number().int().min(0),
  updated: z.number().int().min(0),
  skipped: z.number().int().min(0),
  invalid: z.number().int().min(0),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const partnerImportChannels = {
  ...modelImportChannels,
  'partners:importRead': { input: z.object(importFileSchema).strict(), output: importReadSchema },
  'partners:importPreview': {
    input: z.object({ ...importFileSchema, mapping: importMappingSchema }).strict(),
    output: importPreviewSchema,
  },
  'partners:importCommit': {
    input: z.object({ ...importFileSchema, mapping: importMappingSchema, onDuplicate: duplicateChoiceSchema }).strict(),
    output: importResultSchema,
  },
  'partners:exportXlsx': {
    input: z.object({ filter: partnerFilterSchema }).strict(),
    output: z.object({ path: z.string().nullable() }),
  },
  /** «Модель взаимодействия» in Excel: partner, forms, effects; `path` is null when the user cancelled. */
  'partners:exportModelXlsx': {
    input: z.object(modelOfInteractionInput).strict(),
    output: z.object({ path: z.string().nullable() }).strict(),
  },
} as const;
