import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, DAMAGED_READ_ONLY_REASON, latestVersion, openDatabase } from '../../../src-main/db/connection';
import type { Migration } from '../../../src-main/db/migration';
import { migrations } from '../../../src-main/db/migrations';
import { AppError } from '../../../src-main/errors';
import { damageStoreFile } from '../backups/damage';
import { silentLogger, useTempDirs } from '../../kit';

const tempDir = useTempDirs();

function paths() {
  const dir = tempDir();
  return { file: join(dir, 'store.sqlite3'), backupDir: join(dir, 'backups') };
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const addNotes: Migration = {
  version: latestVersion(migrations) + 1,
  name: 'test: a table of notes',
  up: (db) => db.exec('CREATE TABLE test_notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT'),
};

describe('opening the store', () => {
  it('creates a fresh database at the latest schema with the safe pragmas', async () => {
    const { file, backupDir } = paths();
    const { db, created } = await openDatabase(file, { migrations, backupDir, logger: silentLogger });
    expect(created).toBe(true);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion(migrations));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map(
      (t) => t.name,
    );
    expect(tables).toEqual(
      expect.arrayContaining(['partners', 'partner_forms', 'partner_effects', 'program', 'stages']),
    );
    expect(existsSync(backupDir)).toBe(false);
    closeDatabase(db);
  });

  it('reopens a current database without migrating or backing it up', async () => {
    const { file, backupDir } = paths();
    closeDatabase((await openDatabase(file, { migrations, backupDir, logger: silentLogger })).db);
    const { db, created } = await openDatabase(file, { migrations, backupDir, logger: silentLogger });
    expect(created).toBe(false);
    expect(existsSync(backupDir)).toBe(false);
    closeDatabase(db);
  });

  it('backs up an older database with the backup API before migrating it, keeping its rows', async () => {
    const { file, backupDir } = paths();
    const first = await openDatabase(file, { migrations, backupDir, logger: silentLogger });
    first.db.prepare("INSERT INTO partner_categories (name, position) VALUES ('Спорт', 1)").run();
    closeDatabase(first.db);

    const { db, created } = await openDatabase(file, {
      migrations: [...migrations, addNotes],
      backupDir,
      logger: silentLogger,
    });
    expect(created).toBe(false);
    expect(db.pragma('user_version', { simple: true })).toBe(addNotes.version);
    expect(db.prepare('SELECT count(*) AS n FROM test_notes').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT name FROM partner_categories').all()).toEqual([{ name: 'Спорт' }]);
    closeDatabase(db);

    const backups = readdirSync(backupDir);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(new RegExp(`^before-migration-v${latestVersion(migrations)}_\\d{4}-\\d\\d-\\d\\d_`));
    const copy = new Database(join(backupDir, backups[0] ?? ''), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(latestVersion(migrations));
    expect(copy.prepare('SELECT name FROM partner_categories').all()).toEqual([{ name: 'Спорт' }]);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
  });

  it('refuses a database from a newer app with a Russian message and leaves the file as it was', async () => {
    const { file, backupDir } = paths();
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x) ; PRAGMA user_version = 99');
    raw.close();
    const before = sha(file);

    const opening = openDatabase(file, { migrations, backupDir, logger: silentLogger });
    await expect(opening).rejects.toBeInstanceOf(AppError);
    await expect(opening).rejects.toThrow(/более новой версией программы.*Файл не изменён/s);
    expect(sha(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(existsSync(backupDir)).toBe(false);
  });

  it('leaves the database as it was when a migration fails half-way', async () => {
    const { file, backupDir } = paths();
    closeDatabase((await openDatabase(file, { migrations, backupDir, logger: silentLogger })).db);
    const broken: Migration = {
      version: latestVersion(migrations) + 1,
      name: 'test: fails after its first statement',
      up: (db) => {
        db.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        throw new Error('injected failure');
      },
    };
    await expect(
      openDatabase(file, { migrations: [...migrations, broken], backupDir, logger: silentLogger }),
    ).rejects.toThrow('injected failure');
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion(migrations));
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('opens a file that is not a database read-only with a Russian reason and leaves it as it was', async () => {
    const { file, backupDir } = paths();
    writeFileSync(file, 'это не база данных, а просто текст'.repeat(200));
    const before = sha(file);
    const opened = await openDatabase(file, { migrations, backupDir, logger: silentLogger });
    expect(opened).toMatchObject({ created: false, readOnly: true, readOnlyReason: DAMAGED_READ_ONLY_REASON });
    expect(opened.readOnlyReason).toMatch(/повреждён.*только для просмотра.*резервной копии/s);
    expect(opened.db.readonly).toBe(true);
    closeDatabase(opened.db);
    expect(sha(file)).toBe(before);
    expect(existsSync(backupDir)).toBe(false);
  });

  it('opens a store that fails quick_check read-only: no migration, no pragma that writes, every write refused', async () => {
    const { file, backupDir } = paths();
    const first = await openDatabase(file, { migrations, backupDir, logger: silentLogger });
    first.db.prepare("INSERT INTO partner_categories (name, position) VALUES ('Спорт', 1)").run();
    first.db.exec("INSERT INTO program (id, goal) VALUES (1, '" + 'Цель программы. '.repeat(200) + "')");
    closeDatabase(first.db);
    damageStoreFile(file);
    const before = sha(file);

    const { db, readOnly, created } = await openDatabase(file, {
      migrations: [...migrations, addNotes],
      backupDir,
      logger: silentLogger,
    });
    expect({ readOnly, created }).toEqual({ readOnly: true, created: false });
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion(migrations));
    expect(db.prepare('SELECT name FROM partner_categories').all()).toEqual([{ name: 'Спорт' }]);
    expect(() => db.prepare("INSERT INTO partner_categories (name, position) VALUES ('Культура', 2)").run()).toThrow(
      expect.objectContaining({ code: 'SQLITE_READONLY' }),
    );
    closeDatabase(db);
    expect(sha(file)).toBe(before);
    expect(existsSync(backupDir)).toBe(false);
  });

  it('still refuses a damaged database from a newer app rather than opening it', async () => {
    const { file, backupDir } = paths();
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x) ; PRAGMA user_version = 99');
    raw.close();
    await expect(openDatabase(file, { migrations, backupDir, logger: silentLogger })).rejects.toThrow(
      /более новой версией программы/,
    );
  });

  it('keeps the copy taken before a migration as one checked file, without a WAL', async () => {
    const { file, backupDir } = paths();
    closeDatabase((await openDatabase(file, { migrations, backupDir, logger: silentLogger })).db);
    closeDatabase(
      (await openDatabase(file, { migrations: [...migrations, addNotes], backupDir, logger: silentLogger })).db,
    );
    const [copy] = readdirSync(backupDir);
    const bytes = readFileSync(join(backupDir, copy ?? ''));
    // Bytes 18 and 19 of the header say 1 for a rollback journal, 2 for WAL.
    expect([bytes[18], bytes[19]]).toEqual([1, 1]);
    expect(readdirSync(backupDir)).toEqual([copy]);
  });

  it('checkpoints the WAL into the database file on close', async () => {
    const { file, backupDir } = paths();
    const { db } = await openDatabase(file, { migrations, backupDir, logger: silentLogger });
    db.prepare("INSERT INTO partner_categories (name, position) VALUES ('Культура', 1)").run();
    closeDatabase(db);
    expect(existsSync(`${file}-wal`)).toBe(false);
    const reopened = new Database(file, { readonly: true });
    expect(reopened.prepare('SELECT name FROM partner_categories').all()).toEqual([{ name: 'Культура' }]);
    reopened.close();
  });
});
