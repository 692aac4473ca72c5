import Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError, type Logger } from '../errors';
import { backupDatabase } from './backup';
import type { Migration } from './migration';
import { schemaVersion } from './schema';

export interface OpenOptions {
  migrations: readonly Migration[];
  backupDir: string;
  logger: Logger;
  now?: () => Date;
  /**
   * Asked only when the file is empty (0 bytes, with no WAL beside it): null takes it for a first start; a reason
   * (there are backups: the data were lost, not never written) keeps the file as it is, opened read-only with it.
   */
  whenEmpty?: () => string | null;
}

export interface OpenedDatabase {
  db: Database.Database;
  /** True when the file did not exist or held no schema: the caller seeds first-run data. */
  created: boolean;
  /**
   * True when the file failed its check at start, or is empty while backups exist, and was opened for reading only:
   * every write is refused.
   */
  readOnly: boolean;
  /** Why the store is read-only, in Russian for the user; null when it is not. */
  readOnlyReason: string | null;
}

export const DAMAGED_READ_ONLY_REASON =
  'Файл данных повреждён: проверка целостности не пройдена. Программа открыта только для просмотра — изменения ' +
  'не сохраняются. Восстановите данные из резервной копии в Настройках, в разделе «Резервные копии». ' +
  'Файл данных не изменён.';

/** What a write to a read-only (damaged) store answers. */
export const READ_ONLY_WRITE_REFUSED =
  'Файл данных повреждён, программа открыта только для просмотра. Восстановите данные из резервной копии в Настройках.';

/** Whether the store passes SQLite's `quick_check` (every page and row sound; indexes not compared with their tables). */
export function passesQuickCheck(db: Database.Database): boolean {
  try {
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    return rows.length === 1 && rows[0]?.quick_check === 'ok';
  } catch {
    return false;
  }
}

/**
 * Looks at an existing file through a read-only connection, before anything can write to it: refuses a database
 * that a newer app has migrated, and tells whether the file passes `quick_check` (false: damaged).
 */
function inspect(file: string, latest: number): { sound: boolean } {
  let probe: Database.Database;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new AppError('storage', `Не удалось открыть файл данных ${file}: ${(error as Error).message}`);
  }
  try {
    let version: number;
    try {
      version = schemaVersion(probe);
    } catch {
      return { sound: false };
    }
    if (version > latest) {
      throw new AppError(
        'storage',
        `Файл данных создан более новой версией программы (схема ${version}, эта версия знает схемы до ${latest}). ` +
          'Установите новую версию «Содружества». Файл не изменён.',
      );
    }
    return { sound: passesQuickCheck(probe) };
  } finally {
    probe.close();
  }
}

/** A file of 0 bytes with no WAL holding its pages: what a first start finds, or what a failed disk or copy leaves. */
function isEmptyFile(file: string): boolean {
  const size = (path: string) => (existsSync(path) ? statSync(path).size : 0);
  return existsSync(file) && size(file) === 0 && size(`${file}-wal`) === 0;
}

/** Applies each pending migration together with its `user_version` bump in one transaction. */
export function applyMigrations(db: Database.Database, migrations: readonly Migration[]): void {
  const current = schemaVersion(db);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

/**
 * Opens the store: refuses a newer schema, checks integrity, sets the pragmas, backs up an existing database before
 * migrating it, then migrates. A file that fails its check is opened read-only instead, with no pragma that writes
 * and no migration, so that the user can still see the data and restore a backup; the file is never changed. So is
 * an empty file when `whenEmpty` gives a reason: it is not taken for a first start while there is data to restore.
 */
export async function openDatabase(file: string, options: OpenOptions): Promise<OpenedDatabase> {
  const latest = latestVersion(options.migrations);
  const now = options.now ?? (() => new Date());
  mkdirSync(dirname(file), { recursive: true });
  const emptyReason = isEmptyFile(file) ? (options.whenEmpty?.() ?? null) : null;
  if (emptyReason !== null) {
    options.logger.error(`The store ${file} is empty while backups exist; it is open read-only`);
    return readOnly(file, emptyReason);
  }
  if (existsSync(file) && !inspect(file, latest).sound) {
    options.logger.error(`The store ${file} failed quick_check; it is open read-only`);
    return readOnly(file, DAMAGED_READ_ONLY_REASON);
  }

  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');

    const version = schemaVersion(db);
    if (version > 0 && version < latest) {
      const copy = await backupDatabase(db, options.backupDir, `before-migration-v${version}`, now());
      options.logger.info(`Backed up schema ${version} to ${copy} before migrating to ${latest}`);
    }
    applyMigrations(db, options.migrations);
    return { db, created: version === 0, readOnly: false, readOnlyReason: null };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The file opened for reading only, never changed: every write is refused. */
function readOnly(file: string, reason: string): OpenedDatabase {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  return { db, created: false, readOnly: true, readOnlyReason: reason };
}

/** Folds the WAL back into the database file and closes it (a read-only connection has nothing to fold). */
export function closeDatabase(db: Database.Database): void {
  if (!db.open) return;
  if (!db.readonly) db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}
