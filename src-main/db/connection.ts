import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError, type Logger } from '../errors';
import { backupDatabase } from './backup';
import type { Migration } from './migration';

export interface OpenOptions {
  migrations: readonly Migration[];
  backupDir: string;
  logger: Logger;
  now?: () => Date;
}

export interface OpenedDatabase {
  db: Database.Database;
  /** True when the file did not exist or held no schema: the caller seeds first-run data. */
  created: boolean;
}

function readUserVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses, before anything is written, a database that a newer app has migrated. */
function assertNotNewer(file: string, latest: number): void {
  if (!existsSync(file)) return;
  let probe: Database.Database;
  let version: number;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new AppError('storage', `Не удалось открыть файл данных ${file}: ${(error as Error).message}`);
  }
  try {
    try {
      version = readUserVersion(probe);
    } catch {
      throw new AppError('storage', DAMAGED);
    }
    if (version > latest) {
      throw new AppError(
        'storage',
        `Файл данных создан более новой версией программы (схема ${version}, эта версия знает схемы до ${latest}). ` +
          'Установите новую версию «Содружества». Файл не изменён.',
      );
    }
  } finally {
    probe.close();
  }
}

const DAMAGED =
  'Файл данных повреждён: проверка целостности не пройдена. Восстановите данные из резервной копии. Файл не изменён.';

function quickCheck(db: Database.Database): void {
  let rows: { quick_check: string }[];
  try {
    rows = db.pragma('quick_check') as { quick_check: string }[];
  } catch {
    rows = [];
  }
  if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') {
    throw new AppError('storage', DAMAGED);
  }
}

/** Applies each pending migration together with its `user_version` bump in one transaction. */
export function applyMigrations(db: Database.Database, migrations: readonly Migration[]): void {
  const current = readUserVersion(db);
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
 * Opens the store: refuses a newer schema, checks integrity, sets the pragmas,
 * backs up an existing database before migrating it, then migrates.
 */
export async function openDatabase(file: string, options: OpenOptions): Promise<OpenedDatabase> {
  const latest = latestVersion(options.migrations);
  const now = options.now ?? (() => new Date());
  mkdirSync(dirname(file), { recursive: true });
  assertNotNewer(file, latest);

  const db = new Database(file);
  try {
    quickCheck(db);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');

    const version = readUserVersion(db);
    if (version > 0 && version < latest) {
      const copy = await backupDatabase(db, options.backupDir, `before-migration-v${version}`, now());
      options.logger.info(`Backed up schema ${version} to ${copy} before migrating to ${latest}`);
    }
    applyMigrations(db, options.migrations);
    return { db, created: version === 0 };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Folds the WAL back into the database file and closes it. */
export function closeDatabase(db: Database.Database): void {
  if (!db.open) return;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}
