import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src-main/archive/export';
import { installStaged, replaceThroughReopen, stageImport, type StoreSwap } from '../../../src-main/archive/install';
import { readArchive } from '../../../src-main/archive/read';
import { applyMigrations, latestVersion } from '../../../src-main/db/connection';
import { migrations } from '../../../src-main/db/migrations';
import { AppError } from '../../../src-main/errors';
import { PDF } from '../attachments/samples';
import { silentLogger, useTempDirs } from '../../kit';
import { attachmentFiles, dumpTables, fileHash } from './fixtures';

const tempDir = useTempDirs();
const SCAN = '0b7e4a52-3f1c-4d2a-9e8b-1c2d3e4f5a6b.pdf';

/** A closed store in `dir` with one partner and one scan, and an archive of another store with another partner. */
async function setUp() {
  const dir = tempDir();
  const paths = { database: join(dir, 'sodruzhestvo.sqlite3'), attachments: join(dir, 'attachments') };
  const make = (file: string, name: string) => {
    const db = new Database(file);
    applyMigrations(db, migrations);
    db.exec(`INSERT INTO partner_categories (id, name, position) VALUES (1, 'Спорт', 1);
      INSERT INTO partners (id, full_name, category_id, created_at, updated_at) VALUES (1, '${name}', 1, 'x', 'x');`);
    return db;
  };
  make(paths.database, 'Живой партнёр').close();
  const source = make(join(dir, 'source.sqlite3'), 'Партнёр из архива');
  source.exec(`INSERT INTO attachments (owner_kind, owner_id, stored_name, original_name, mime, size, sha256, added_at)
    VALUES ('agreement', 1, '${SCAN}', 'скан.pdf', 'application/pdf', ${PDF.length}, 'x', 'x')`);
  const sourceFiles = join(dir, 'source-files');
  mkdirSync(sourceFiles);
  writeFileSync(join(sourceFiles, SCAN), PDF);
  const { bytes } = await buildArchive(source.name, sourceFiles, { appVersion: '0.1.0', createdAt: new Date() });
  const expected = dumpTables(source);
  source.close();
  const archive = await readArchive(bytes, latestVersion(migrations));
  return { dir, paths, archive, expected, staging: join(dir, 'archive-import') };
}

/** Where a sound store's replaced file is kept, as the archive service names it. */
const beforeImport = (dir: string) => ({
  as: join(dir, 'backups', 'before-import_2026-11-26_10-00-00.sqlite3'),
  sound: true,
});

function tablesOf(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return dumpTables(db);
  } finally {
    db.close();
  }
}

describe('replacing the closed store by a staged one', () => {
  it('puts the new database in place and the new files beside the old ones, and clears the staging folder', async () => {
    const { dir, paths, archive, expected, staging } = await setUp();
    const staged = await stageImport(archive, staging, paths.attachments, migrations);
    const swap = await installStaged(staged, paths, silentLogger, beforeImport(dir));
    expect(tablesOf(paths.database)).toEqual(expected);
    expect(attachmentFiles(paths.attachments)).toHaveProperty(SCAN);
    await swap.finish();
    expect(existsSync(staging)).toBe(false);
  });

  it('undoes itself to the very bytes of the old database and without the files it brought', async () => {
    const { dir, paths, archive, staging } = await setUp();
    const before = fileHash(paths.database);
    const staged = await stageImport(archive, staging, paths.attachments, migrations);
    const swap = await installStaged(staged, paths, silentLogger, beforeImport(dir));
    await swap.undo();
    expect(fileHash(paths.database)).toBe(before);
    expect(existsSync(beforeImport(dir).as)).toBe(false);
    expect(readdirSync(paths.attachments)).toEqual([]);
    await staged.discard();
  });

  it('keeps the replaced file under the name it is given (a damaged store, of which no copy could be taken)', async () => {
    const { dir, paths, archive, staging } = await setUp();
    const before = fileHash(paths.database);
    const staged = await stageImport(archive, staging, paths.attachments, migrations);
    const kept = join(dir, 'damaged_2026-11-26_10-00-00.sqlite3');
    await (await installStaged(staged, paths, silentLogger, { as: kept, sound: false })).finish();
    expect(fileHash(kept)).toBe(before);
  });

  it('keeps a sound store’s very file as the copy before the import: no copy made, a self-contained file', async () => {
    const { dir, paths, archive, staging } = await setUp();
    const before = { tables: tablesOf(paths.database), inode: statSync(paths.database).ino };
    const staged = await stageImport(archive, staging, paths.attachments, migrations);
    const kept = beforeImport(dir).as;
    await (await installStaged(staged, paths, silentLogger, beforeImport(dir))).finish();
    expect(statSync(kept).ino).toBe(before.inode);
    expect(tablesOf(kept)).toEqual(before.tables);
    const copy = new Database(kept, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    expect(readdirSync(join(dir, 'backups'))).toEqual(['before-import_2026-11-26_10-00-00.sqlite3']);
  });

  it('refuses a file whose name is taken in the folder by other bytes, before anything is replaced', async () => {
    const { paths, archive, staging } = await setUp();
    mkdirSync(paths.attachments);
    writeFileSync(join(paths.attachments, SCAN), Buffer.from('%PDF-other'));
    await expect(stageImport(archive, staging, paths.attachments, migrations)).rejects.toThrow(
      `Архив не подходит: файл вложения ${SCAN} уже есть в папке данных с другим содержимым.`,
    );
    expect(existsSync(staging)).toBe(false);
  });
});

describe('replacing the store through the core’s reopen', () => {
  it('puts the old store back when the new one does not open, and says so', async () => {
    const { dir, paths, archive, staging } = await setUp();
    const before = fileHash(paths.database);
    const staged = await stageImport(archive, staging, paths.attachments, migrations);
    let openings = 0;
    // The core's reopen: runs the change on the closed store, then opens it; the first opening after the swap fails.
    const reopen = async (change: (file: string) => Promise<void>) => {
      await change(paths.database);
      openings += 1;
      if (openings === 1) throw new Error('the new store does not open');
    };
    let swap: StoreSwap | null = null;
    const error = await replaceThroughReopen(
      reopen,
      async () => (swap = await installStaged(staged, paths, silentLogger, beforeImport(dir))),
      silentLogger,
    ).catch((e: unknown) => e);
    expect(swap).not.toBeNull();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/^Не удалось открыть загруженные данные: прежние данные возвращены/);
    expect(openings).toBe(2);
    expect(fileHash(paths.database)).toBe(before);
    expect(readdirSync(paths.attachments)).toEqual([]);
    await staged.discard();
  });

  it('passes a failed replacement on as it is, the store reopened unchanged by the core', async () => {
    const failure = new Error('disk full');
    const reopen = async (change: (file: string) => Promise<void>) => change('/nowhere');
    await expect(replaceThroughReopen(reopen, () => Promise.reject(failure), silentLogger)).rejects.toBe(failure);
  });
});
