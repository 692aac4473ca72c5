import { z } from 'zod';
import { emptyInput } from './text';

/** Why a copy was taken; a copy made before a risky step is kept longer than the daily ones. */
export const BACKUP_REASONS = [
  'auto',
  'manual',
  'before-migration',
  'before-restore',
  'before-import',
  'damaged',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/**
 * The only names a copy in the backups folder has, all made by the app:
 * `<reason>_<YYYY-MM-DD_HH-mm-ss>[-n].sqlite3` (the time is local; `-n` tells apart copies of one second).
 * A name of any other form, a path or a folder is never accepted.
 */
export const BACKUP_NAME_PATTERN =
  /^(auto|manual|before-restore|before-import|damaged|before-migration-v\d{1,4})_(\d{4})-(\d{2})-(\d{2})_(\d{2})-(\d{2})-(\d{2})(?:-(\d{1,3}))?\.sqlite3$/;

const UNKNOWN_BACKUP = 'Такой резервной копии нет: выберите копию из списка.';

export const backupNameSchema = z
  .string({ error: UNKNOWN_BACKUP })
  .max(64, { error: UNKNOWN_BACKUP })
  .regex(BACKUP_NAME_PATTERN, { error: UNKNOWN_BACKUP });

const count = z.number().int().min(0);

export const backupInfoSchema = z
  .object({
    name: backupNameSchema,
    reason: z.enum(BACKUP_REASONS),
    /** Local wall-clock time the copy was taken: 2026-11-26T10:00:00. */
    takenAt: z.string().max(19),
    size: count,
    /** The copy's schema version; null when the copy cannot be read. */
    schemaVersion: count.nullable(),
    counts: z.object({ partners: count, agreements: count, events: count, planItems: count }).strict().nullable(),
  })
  .strict();
export type BackupInfo = z.infer<typeof backupInfoSchema>;

/** The last restore of this session: what was restored and under which name the data before it was kept. */
export const lastRestoreSchema = z.object({ restored: backupNameSchema, keptAs: backupNameSchema.nullable() }).strict();
export type LastRestore = z.infer<typeof lastRestoreSchema>;

export const BACKUP_STAGES = ['copy', 'check', 'write'] as const;

export const backupProgressSchema = z
  .object({
    running: z.boolean(),
    stage: z.enum(BACKUP_STAGES).nullable(),
    percent: z.number().int().min(0).max(100),
  })
  .strict();
export type BackupProgress = z.infer<typeof backupProgressSchema>;

export const storeStatusSchema = z.object({ readOnly: z.boolean(), reason: z.string().max(1000).nullable() }).strict();
export type StoreStatus = z.infer<typeof storeStatusSchema>;

export const backupsChannels = {
  'backups:list': {
    input: emptyInput,
    output: z.object({ backups: z.array(backupInfoSchema), lastRestore: lastRestoreSchema.nullable() }).strict(),
  },
  'backups:create': { input: emptyInput, output: backupInfoSchema },
  'backups:saveCopy': { input: emptyInput, output: z.object({ path: z.string().nullable() }).strict() },
  'backups:progress': { input: emptyInput, output: backupProgressSchema },
  'backups:restore': { input: z.object({ name: backupNameSchema }).strict(), output: lastRestoreSchema },
  'backups:undoRestore': { input: emptyInput, output: z.object({ restored: backupNameSchema }).strict() },
  'store:status': { input: emptyInput, output: storeStatusSchema },
} as const;
