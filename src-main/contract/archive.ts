import { z } from 'zod';
import { emptyInput } from './text';

const archiveExportedSchema = z
  .object({
    /** Where the archive was saved; null when the user cancelled the save dialog. */
    path: z.string().nullable(),
    /** Files the store lists that were no longer in the data folder (removed by hand), so not in the archive. */
    missingAttachments: z.number().int().min(0),
  })
  .strict();
export type ArchiveExported = z.infer<typeof archiveExportedSchema>;

const importCountsSchema = z
  .object({
    /** Rows of each table the archive brought. */
    tables: z.record(z.string(), z.number().int().min(0)),
    attachments: z.number().int().min(0),
    /** When the archive was made (ISO time). */
    archiveCreatedAt: z.string(),
    /** The file in the backups folder that keeps the data the import replaced. */
    backupFile: z.string(),
  })
  .strict();
export type ImportCounts = z.infer<typeof importCountsSchema>;

const archiveImportedSchema = z.object({ imported: importCountsSchema.nullable() }).strict();
export type ArchiveImported = z.infer<typeof archiveImportedSchema>;

/**
 * The whole store in one file and back. The archive's bytes never cross the contract: the main process writes the
 * file through the shell's save dialog and reads the one the user picks in the shell's open dialog, within a size
 * limit, so an archive of hundreds of megabytes of scans is not passed through IPC as base64.
 */
export const archiveChannels = {
  /** Saves every table and every attached file to «Содружество — архив — ГГГГ-ММ-ДД.sodr». */
  'archive:export': { input: emptyInput, output: archiveExportedSchema },
  /**
   * Asks for an archive, proves it whole and loads it in place of all current data, which are backed up first.
   * A foreign, cut-short or altered file is refused with a Russian message, and nothing changes. Null: cancelled.
   */
  'archive:import': { input: emptyInput, output: archiveImportedSchema },
} as const;
