import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupProgress } from '../../../src-main/contract/backups';
import { latestVersion } from '../../../src-main/db/connection';
import { suggestedFileName } from '../../../src-main/files/file-name';
import { migrations } from '../../../src-main/db/migrations';
import { call } from '../../kit';
import { addPartner, partnerNames, TODAY, useBackupsCores } from './core';
import { corruptCopy } from './damage';

const cores = useBackupsCores();
const HOUR = 60 * 60 * 1000;
const later = (hours: number) => new Date(TODAY.getTime() + hours * HOUR);
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('automatic backups at start', () => {
  it('takes a copy at start only when the newest one is over a day old', async () => {
    const first = await cores.open();
    first.core.close();
    expect(first.backupFiles()).toEqual([]);

    const second = await cores.open({ dataDir: first.dataDir, at: later(1) });
    second.core.close();
    expect(second.backupFiles()).toEqual(['auto_2026-11-26_11-00-00.sqlite3']);

    const third = await cores.open({ dataDir: first.dataDir, at: later(20) });
    third.core.close();
    expect(third.backupFiles()).toEqual(['auto_2026-11-26_11-00-00.sqlite3']);

    const fourth = await cores.open({ dataDir: first.dataDir, at: later(26) });
    fourth.core.close();
    expect(fourth.backupFiles()).toEqual(['auto_2026-11-26_11-00-00.sqlite3', 'auto_2026-11-27_12-00-00.sqlite3']);
  });

  it('makes each copy one checked file and lists it with its date, size, schema and record counts', async () => {
    const { core, backupsDir } = await cores.open();
    await addPartner(core, 'Городская библиотека');
    const created = await call(core, 'backups:create', {});
    expect(created).toMatchObject({
      name: 'manual_2026-11-26_10-00-00.sqlite3',
      reason: 'manual',
      takenAt: '2026-11-26T10:00:00',
      schemaVersion: latestVersion(migrations),
      counts: { partners: expect.any(Number), agreements: 0, events: 0, planItems: 0 },
    });
    expect(created.counts?.partners).toBe((await call(core, 'partners:list', {})).length);
    expect(created.size).toBe(readFileSync(join(backupsDir, created.name)).length);
    expect(await call(core, 'backups:list', {})).toEqual({ backups: [created], lastRestore: null });
    const copy = new Database(join(backupsDir, created.name), { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    expect(readdirSync(backupsDir)).toEqual([created.name]);
  });

  it('discards a copy that fails integrity_check and says so, leaving nothing behind', async () => {
    const { core, backupFiles } = await cores.open();
    // An index that disagrees with its table: quick_check at start misses it, integrity_check of a copy does not.
    core.db.exec('CREATE TABLE test_notes (a TEXT, b TEXT); CREATE INDEX test_notes_by_a ON test_notes (a);');
    const insert = core.db.prepare('INSERT INTO test_notes VALUES (?, ?)');
    for (let i = 0; i < 20; i++) insert.run(`a${i}`, `b${99 - i}`);
    core.db.unsafeMode(true);
    core.db.pragma('writable_schema = ON');
    core.db
      .prepare("UPDATE sqlite_schema SET sql = 'CREATE INDEX test_notes_by_a ON test_notes (b)' WHERE name = ?")
      .run('test_notes_by_a');
    core.db.pragma('writable_schema = OFF');
    core.db.unsafeMode(false);

    const answer = await core.dispatch('backups:create', {});
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'storage',
        message: expect.stringMatching(/^Резервная копия не прошла проверку целостности и удалена/),
      },
    });
    expect(backupFiles()).toEqual([]);
  });
});

describe('restoring a backup', () => {
  it('keeps the current data as a copy, restores the chosen one, and can be undone', async () => {
    const { core, backupFiles } = await cores.open();
    await addPartner(core, 'Городская библиотека');
    const before = await partnerNames(core);
    const copy = await call(core, 'backups:create', {});
    await addPartner(core, 'Краеведческий музей');

    const restored = await call(core, 'backups:restore', { name: copy.name });
    expect(restored).toEqual({ restored: copy.name, keptAs: 'before-restore_2026-11-26_10-00-00.sqlite3' });
    expect(await partnerNames(core)).toEqual(before);
    expect(await call(core, 'store:status', {})).toEqual({ readOnly: false, reason: null });

    // The app keeps working on the restored data.
    await addPartner(core, 'Дом культуры');
    expect(await partnerNames(core)).toEqual([...before, 'Дом культуры'].sort());

    const listed = await call(core, 'backups:list', {});
    expect(listed.lastRestore).toEqual(restored);
    const kept = listed.backups.find((b) => b.name === restored.keptAs);
    expect(kept).toMatchObject({ reason: 'before-restore', counts: { partners: before.length + 1 } });

    expect(await call(core, 'backups:undoRestore', {})).toEqual({ restored: restored.keptAs });
    expect(await partnerNames(core)).toEqual([...before, 'Краеведческий музей'].sort());
    expect((await call(core, 'backups:list', {})).lastRestore).toBeNull();
    // Undoing kept the data it replaced as a copy too.
    expect(backupFiles().filter((name) => name.startsWith('before-restore_'))).toHaveLength(2);
    expect(await core.dispatch('backups:undoRestore', {})).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/^Отменять нечего/) },
    });
  });

  it('refuses a copy that fails integrity_check and changes nothing', async () => {
    const { core, backupFiles, backupsDir, database } = await cores.open();
    await addPartner(core, 'Городская библиотека');
    const copy = await call(core, 'backups:create', {});
    corruptCopy(join(backupsDir, copy.name));
    const names = await partnerNames(core);
    const files = backupFiles();

    expect(await core.dispatch('backups:restore', { name: copy.name })).toEqual({
      ok: false,
      error: {
        code: 'storage',
        message: 'Эта резервная копия повреждена: проверка целостности не пройдена. Выберите другую копию.',
      },
    });
    expect(await partnerNames(core)).toEqual(names);
    expect(backupFiles()).toEqual(files);
    expect(core.db.name).toBe(database);
    expect((await call(core, 'backups:list', {})).lastRestore).toBeNull();
  });

  it('refuses a copy made by a newer version of the app', async () => {
    const { core, backupsDir } = await cores.open();
    const copy = await call(core, 'backups:create', {});
    const raw = new Database(join(backupsDir, copy.name));
    raw.pragma('user_version = 99');
    raw.close();
    expect(await core.dispatch('backups:restore', { name: copy.name })).toMatchObject({
      ok: false,
      error: {
        code: 'storage',
        message: expect.stringMatching(
          new RegExp(
            `более новой версией программы \\(схема 99, эта версия знает схемы до ${latestVersion(migrations)}\\)`,
          ),
        ),
      },
    });
  });

  it('puts the data back when the restored copy cannot be opened', async () => {
    const { core, backupsDir } = await cores.open();
    await addPartner(core, 'Городская библиотека');
    const copy = await call(core, 'backups:create', {});
    // A copy that claims an older schema than it has: migrating it on opening fails (migration 7 creates indexes
    // the copy already has; a later migration may well be one that can run twice).
    const raw = new Database(join(backupsDir, copy.name));
    raw.pragma('user_version = 6');
    raw.close();
    await addPartner(core, 'Краеведческий музей');
    const names = await partnerNames(core);

    expect(await core.dispatch('backups:restore', { name: copy.name })).toMatchObject({
      ok: false,
      error: { code: 'storage', message: expect.stringMatching(/^Не удалось открыть восстановленную копию/) },
    });
    expect(await partnerNames(core)).toEqual(names);
    await addPartner(core, 'Дом культуры');
    expect(await partnerNames(core)).toContain('Дом культуры');
  });

  it('accepts only backup names of the app’s own form', async () => {
    const { core } = await cores.open();
    const copy = await call(core, 'backups:create', {});
    for (const name of [
      '../x',
      '../sodruzhestvo.sqlite3',
      '/etc/passwd',
      'C:\\Windows\\win.ini',
      `../backups/${copy.name}`,
      `${copy.name}/../../sodruzhestvo.sqlite3`,
      'sodruzhestvo.sqlite3',
      'auto_2026-11-26_10-00-00.sqlite3.bak',
      `${copy.name}\u0000`,
      '',
      'x'.repeat(10_000),
    ]) {
      expect(await core.dispatch('backups:restore', { name }), name).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', fields: { name: 'Такой резервной копии нет: выберите копию из списка.' } },
      });
    }
    // Of the right form but with a date that does not exist, or not in the folder.
    expect(await core.dispatch('backups:restore', { name: 'auto_2026-02-30_10-00-00.sqlite3' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await core.dispatch('backups:restore', { name: 'auto_2020-01-01_10-00-00.sqlite3' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await core.dispatch('backups:restore', { name: copy.name, extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});

describe('saving a copy to a folder the user chooses', () => {
  it('writes «Содружество — school — date.sqlite3» with progress, and never overwrites an earlier copy', async () => {
    const folder = join(cores.tempDir(), 'Флешка');
    const { core, backupsDir } = await cores.open({ folder });
    const school = (await call(core, 'settings:get', {})).school.shortName;

    const seen: BackupProgress[] = [];
    const saving = call(core, 'backups:saveCopy', {});
    let done = false;
    void saving.finally(() => {
      done = true;
    });
    while (!done) {
      seen.push(await call(core, 'backups:progress', {}));
      await new Promise((resolve) => setImmediate(resolve));
    }
    const { path } = await saving;

    expect(path).toBe(join(folder, suggestedFileName(`Содружество — ${school} — 2026-11-26`, 'sqlite3')));
    expect(path).toMatch(/Содружество — .+ — 2026-11-26\.sqlite3$/);
    const [manual] = readdirSync(backupsDir);
    expect(sha(path ?? '')).toBe(sha(join(backupsDir, manual ?? '')));
    const running = seen.filter((p) => p.running);
    expect(running.length).toBeGreaterThan(0);
    expect(running.map((p) => p.percent)).toEqual([...running.map((p) => p.percent)].sort((a, b) => a - b));
    expect(await call(core, 'backups:progress', {})).toEqual({ running: false, stage: null, percent: 0 });

    const second = await call(core, 'backups:saveCopy', {});
    expect(second.path).toBe(path?.replace(/\.sqlite3$/, ' (2).sqlite3'));
    expect(readdirSync(folder)).toHaveLength(2);
  });

  it('does nothing when the user cancels the folder dialog', async () => {
    const { core, backupFiles } = await cores.open();
    expect(await call(core, 'backups:saveCopy', {})).toEqual({ path: null });
    expect(backupFiles()).toEqual([]);
  });
});
