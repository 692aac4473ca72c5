import { z } from 'zod';
import { officeFileInput } from './office-files';
import { idSchema } from './text';

/** What an imported row does with its partner: one of the registry, a new one, or nothing (left out). */
export const modelTargetSchema = z.union([idSchema, z.literal('new'), z.literal('skip')], {
  error: 'Выберите партнёра из списка',
});
export type ModelTarget = z.infer<typeof modelTargetSchema>;

const partnerRefSchema = z.object({ id: idSchema, fullName: z.string() }).strict();

/**
 * A partner of the model's table with the forms and effects written beside it: one row of the file, or several
 * when the partner's cell is merged over the rows of its forms (or left blank under it).
 */
export const modelImportRowSchema = z
  .object({
    /** The first and the last line of the file the partner's rows take (a table's row number in Word). */
    line: z.number().int().min(1),
    lastLine: z.number().int().min(1),
    /** The partner's name as the file writes it. */
    partnerText: z.string(),
    /** How the name was matched to the registry. */
    match: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('found'), partner: partnerRefSchema }).strict(),
      z.object({ kind: z.literal('new') }).strict(),
      z.object({ kind: z.literal('ambiguous'), candidates: z.array(partnerRefSchema) }).strict(),
    ]),
    /** Forms and effects the import adds, in the file's order; those the partner already has are left out. */
    forms: z.array(z.string()),
    effects: z.array(z.string()),
    /** How many of the row's forms and effects the partner already has. */
    formsKnown: z.number().int().min(0),
    effectsKnown: z.number().int().min(0),
    /** Why the row cannot be imported; empty when it can. */
    problems: z.array(z.string()),
  })
  .strict();
export type ModelImportRow = z.infer<typeof modelImportRowSchema>;

export const modelImportPreviewSchema = z
  .object({
    /** Where the table was found: «Таблица 2», a sheet's name. */
    source: z.string(),
    /** The columns read, as the file heads them. */
    columns: z.object({ partner: z.string(), forms: z.string().nullable(), effects: z.string().nullable() }).strict(),
    rows: z.array(modelImportRowSchema),
  })
  .strict();
export type ModelImportPreview = z.infer<typeof modelImportPreviewSchema>;

/** The user's decision for a row, by its first line: the partner it goes to, a new partner, or none. */
export const modelChoiceSchema = z.object({ line: z.number().int().min(1), target: modelTargetSchema }).strict();
export type ModelChoice = z.infer<typeof modelChoiceSchema>;

export const modelImportResultSchema = z
  .object({
    created: z.number().int().min(0),
    updated: z.number().int().min(0),
    forms: z.number().int().min(0),
    effects: z.number().int().min(0),
    skipped: z.number().int().min(0),
    /** Gives back to «partners:undoModelImport» to take the whole import back. */
    undoToken: idSchema,
  })
  .strict();
export type ModelImportResult = z.infer<typeof modelImportResultSchema>;

export const modelImportChannels = {
  /** «Импорт модели»: the model's table found in a .docx, .xlsx or .csv and matched to the registry; writes nothing. */
  'partners:modelImportPreview': { input: z.object(officeFileInput).strict(), output: modelImportPreviewSchema },
  /**
   * Writes what the preview showed, with the user's choices (rows not chosen keep what the preview proposed; an
   * ambiguous one must be chosen), in one transaction.
   */
  'partners:modelImportCommit': {
    input: z
      .object({
        ...officeFileInput,
        choices: z.array(modelChoiceSchema).max(5000),
        /** The direction new partners are put in. */
        categoryId: idSchema.nullable(),
      })
      .strict(),
    output: modelImportResultSchema,
  },
  /** Takes an import back: the partners it added deleted, the forms and effects it added removed. */
  'partners:undoModelImport': {
    input: z.object({ undoToken: idSchema }).strict(),
    output: z.object({ partners: z.number().int().min(0) }).strict(),
  },
} as const;
