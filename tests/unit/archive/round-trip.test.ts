import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { version } from '../../../package.json';
import { buildArchive } from '../../../src-main/archive/export';
import { applyMigrations, latestVersion } from '../../../src-main/db/connection';
import { migrations } from '../../../src-main/db/migrations';
import { call, useTempDirs } from '../../kit';
import { PNG } from '../attachments/samples';
import { exportArchive, importArchive, useArchiveCores, type ArchiveTestCore } from './core';
import { attachmentFiles, dumpTables, fillStore } from './fixtures';
import { openTables, unzip } from './tamper';

const open = useArchiveCores();
const tempDir = useTempDirs();

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Rows of `attachments` with the SHA-256 of the file each names, read from the folder. */
function attachedFiles(t: ArchiveTestCore): Record<string, string> {
  const names = t.core.db.prepare('SELECT stored_name FROM attachments ORDER BY id').pluck().all() as string[];
  const files = attachmentFiles(t.paths.attachments);
  return Object.fromEntries(names.map((name) => [name, files[name] ?? 'missing']));
}

/** Changes made after the archive was saved: a new plan copied from the old one, another scan, a deleted event. */
async function changeData(t: ArchiveTestCore): Promise<void> {
  await call(t.core, 'plans:create', { year: '2027/2028', copyFrom: '2026/2027' });
  const agreementId = t.core.db.prepare('SELECT id FROM agreements').pluck().get() as number;
  await call(t.core, 'agreements:attachScan', {
    agreementId,
    fileName: 'Второй скан.png',
    content: PNG.toString('base64'),
  });
  const held = t.core.db.prepare("SELECT id FROM events WHERE status = 'held'").pluck().get() as number;
  await call(t.core, 'events:delete', { id: held, scope: 'series' });
}

describe('the archive of all data', () => {
  it('is saved as «Содружество — архив — 2026-11-26.sodr»: a manifest, every table of the schema, every attachment', async () => {
    const t = await open();
    await fillStore(t.core);
    expect(await call(t.core, 'archive:export', {})).toEqual({
      path: '/memory/Содружество — архив — 2026-11-26.sodr',
      missingAttachments: 0,
    });
    expect(t.output.saved.at(-1)).toMatchObject({ fileName: 'Содружество — архив — 2026-11-26.sodr', kind: 'archive' });

    const { manifest, files } = await unzip(await exportArchive(t));
    const tables = t.core.db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    expect(manifest).toMatchObject({
      format: 'sodruzhestvo-archive',
      formatVersion: 2,
      appVersion: version,
      schemaVersion: latestVersion(migrations),
      createdAt: new Date(2026, 10, 26, 10, 0).toISOString(),
    });
    const store = files.get('tables.sqlite3') ?? new Uint8Array();
    expect(manifest.store).toEqual({ size: store.byteLength, sha256: sha256(store) });
    expect(Object.keys(manifest.tables).sort()).toEqual(tables);
    for (const table of tables) {
      const count = t.core.db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get();
      expect(manifest.tables[table]).toEqual({ rows: count });
    }
    const stored = t.core.db.prepare('SELECT stored_name AS storedName, size FROM attachments ORDER BY id').all();
    expect(manifest.attachments.map(({ storedName, size }) => ({ storedName, size }))).toEqual(stored);
    expect(stored).toHaveLength(2);
    for (const { storedName, sha256: sum } of manifest.attachments) {
      expect(sha256(files.get(`attachments/${storedName}`) ?? new Uint8Array())).toBe(sum);
    }
    // The tables store: a plain table of each name, holding nothing else, with the store's columns and values.
    const archived = openTables({ manifest, files });
    try {
      expect(archived.prepare('SELECT DISTINCT type FROM sqlite_schema').pluck().all()).toEqual(['table']);
      const columns = archived.pragma('table_info(partners)') as { name: string }[];
      expect(columns.map((column) => column.name).slice(0, 3)).toEqual(['id', 'full_name', 'short_name']);
      expect(
        archived
          .prepare('SELECT typeof(notice_days), notice_days, terminated_on, signed_on FROM agreements')
          .raw()
          .get(),
      ).toEqual(['integer', 30, null, '2026-09-01']);
      for (const table of tables) {
        const info = t.core.db.pragma(`table_info("${table}")`) as { name: string }[];
        const columns = info.map((column) => `"${column.name}"`);
        const read = (db: Database.Database, order: string) =>
          db
            .prepare(`SELECT ${columns.join(', ')} FROM "${table}" ORDER BY ${order}`)
            .raw()
            .safeIntegers()
            .all();
        expect(read(archived, '_rowid_')).toEqual(read(t.core.db, columns.join(', ')));
      }
    } finally {
      archived.close();
    }
  });

  it('loads back exactly, after the data were changed: every row of every table and every attachment byte', async () => {
    const t = await open();
    await fillStore(t.core);
    const tables = dumpTables(t.core.db);
    const files = attachedFiles(t);
    const archive = await exportArchive(t);

    await changeData(t);
    expect(dumpTables(t.core.db)).not.toEqual(tables);

    const answer = await importArchive(t, archive);
    expect(answer).toMatchObject({ ok: true });
    const imported = answer.ok ? answer.value.imported : null;
    expect(imported?.attachments).toBe(2);
    expect(imported?.tables['partners']).toBe(t.core.db.prepare('SELECT count(*) FROM partners').pluck().get());
    expect(dumpTables(t.core.db)).toEqual(tables);
    expect(attachedFiles(t)).toEqual(files);
    expect(t.core.db.pragma('user_version', { simple: true })).toBe(latestVersion(migrations));
    // The app goes on working on the loaded store.
    expect((await call(t.core, 'plans:years', {})).map((p) => p.year)).toEqual(['2026/2027']);
  });

  it('keeps the data it replaced: a backup copy taken just before, and the files added since left in the folder', async () => {
    const t = await open();
    await fillStore(t.core);
    const archived = attachmentFiles(t.paths.attachments);
    const archive = await exportArchive(t);
    await changeData(t);
    const changed = dumpTables(t.core.db);
    const filesBefore = attachmentFiles(t.paths.attachments);
    expect(filesBefore).not.toEqual(archived);

    const answer = await importArchive(t, archive);
    const backupFile = answer.ok ? answer.value.imported?.backupFile : undefined;
    expect(backupFile).toMatch(/^before-import_2026-11-26_10-00-00\.sqlite3$/);
    const copy = new Database(join(t.paths.backups, backupFile ?? ''), { readonly: true });
    try {
      expect(dumpTables(copy)).toEqual(changed);
    } finally {
      copy.close();
    }
    // The folder only gains files: the new scan stays (the copy names it), the deleted photo is back (the archive does).
    expect(attachmentFiles(t.paths.attachments)).toEqual({ ...filesBefore, ...archived });
    expect(existsSync(join(t.dataDir, 'archive-import'))).toBe(false);
  });

  it('loads into another data directory: the same rows and the same files', async () => {
    const source = await open();
    await fillStore(source.core);
    const archive = await exportArchive(source);
    const target = await open();

    expect(await importArchive(target, archive)).toMatchObject({ ok: true });
    expect(dumpTables(target.core.db)).toEqual(dumpTables(source.core.db));
    expect(attachmentFiles(target.paths.attachments)).toEqual(attachmentFiles(source.paths.attachments));
  });

  it('loads an archive of an older schema and migrates it to this one', async () => {
    const dir = tempDir();
    const old = new Database(join(dir, 'old.sqlite3'));
    applyMigrations(
      old,
      migrations.filter((m) => m.version <= 3),
    );
    old.exec(`INSERT INTO partner_categories (id, name, position) VALUES (1, 'Культура', 1);
      INSERT INTO partners (id, full_name, category_id, created_at, updated_at)
        VALUES (1, 'Городской дом культуры', 1, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z');`);
    const { bytes } = await buildArchive(old.name, join(dir, 'attachments'), {
      appVersion: '0.0.9',
      createdAt: new Date(),
    });
    old.close();
    expect((await unzip(bytes)).manifest.schemaVersion).toBe(3);

    const t = await open();
    expect(await importArchive(t, bytes)).toMatchObject({ ok: true });
    expect(t.core.db.pragma('user_version', { simple: true })).toBe(latestVersion(migrations));
    expect(t.core.db.prepare('SELECT full_name FROM partners').pluck().all()).toEqual(['Городской дом культуры']);
    // Migration 4 ran on the loaded data: its directions of upbringing are there.
    expect(t.core.db.prepare('SELECT count(*) FROM upbringing_directions').pluck().get()).toBe(8);
    expect(t.core.db.prepare('SELECT count(*) FROM program_items').pluck().get()).toBe(0);
  });

  it('says nothing was loaded when the user cancels the open dialog, and changes nothing', async () => {
    const t = await open();
    const before = dumpTables(t.core.db);
    t.output.cancel = true;
    expect(await call(t.core, 'archive:import', {})).toEqual({ imported: null });
    expect(await call(t.core, 'archive:export', {})).toEqual({ path: null, missingAttachments: 0 });
    expect(dumpTables(t.core.db)).toEqual(before);
    expect(existsSync(t.paths.backups) ? readdirSync(t.paths.backups) : []).toEqual([]);
  });

  it('saves the rows of a scan whose file was removed by hand, and says how many files were missing', async () => {
    const t = await open();
    await fillStore(t.core);
    const [name] = t.core.db.prepare('SELECT stored_name FROM attachments ORDER BY id').pluck().all() as string[];
    const { rmSync } = await import('node:fs');
    rmSync(join(t.paths.attachments, name ?? ''));
    expect(await call(t.core, 'archive:export', {})).toMatchObject({ missingAttachments: 1 });
    const { manifest } = await unzip(await exportArchive(t));
    expect(manifest.attachments.map((a) => a.storedName)).not.toContain(name);
    expect(manifest.tables['attachments']?.rows).toBe(2);
  });
});
