import { existsSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../../kit';
import { addPartner, partnerNames, TODAY, useBackupsCores } from '../backups/core';
import { corruptCopy } from '../backups/damage';

const cores = useBackupsCores();
const HOUR_MS = 60 * 60 * 1000;

/** A store with a partner and a copy taken at 10:00, closed and then emptied to 0 bytes, as a failed disk leaves it. */
async function emptiedStore() {
  const healthy = await cores.open();
  await addPartner(healthy.core, 'Городская библиотека');
  const copy = await call(healthy.core, 'backups:create', {});
  const names = await partnerNames(healthy.core);
  return { healthy, copy, names };
}

function empty(database: string): void {
  truncateSync(database, 0);
  expect(existsSync(`${database}-wal`) ? statSync(`${database}-wal`).size : 0).toBe(0);
}

describe('a store file of 0 bytes', () => {
  it('is not taken for a first start while backups exist: read-only, offering the newest sound copy', async () => {
    const { healthy, copy, names } = await emptiedStore();
    // A newer copy that fails its check is passed over: the offer is the newest copy that would restore.
    healthy.clock.now = new Date(TODAY.getTime() + HOUR_MS);
    const newer = await call(healthy.core, 'backups:create', {});
    healthy.core.close();
    corruptCopy(join(healthy.backupsDir, newer.name));
    empty(healthy.database);
    const filesBefore = healthy.backupFiles();

    const { core, backupsDir, backupFiles } = await cores.open({ dataDir: healthy.dataDir });
    const status = await call(core, 'store:status', {});
    expect(status.readOnly).toBe(true);
    expect(status.reason).toMatch(/^Файл данных пуст \(0 байт\), хотя резервные копии есть/);
    expect(status.reason).toContain('от 26.11.2026, 10:00');
    expect(statSync(healthy.database).size).toBe(0);
    expect(backupFiles()).toEqual(filesBefore);
    expect(await core.dispatch('partners:list', {})).toMatchObject({ ok: false, error: { code: 'storage' } });

    await call(core, 'backups:restore', { name: copy.name });
    expect(await call(core, 'store:status', {})).toEqual({ readOnly: false, reason: null });
    expect(await partnerNames(core)).toEqual(names);
    const kept = backupFiles().filter((name) => name.startsWith('damaged_'));
    expect(kept).toHaveLength(1);
    expect(statSync(join(backupsDir, kept[0] ?? '')).size).toBe(0);
  });

  it('is a first start when no backup would restore: seeded and writable', async () => {
    const { healthy } = await emptiedStore();
    healthy.core.close();
    for (const name of healthy.backupFiles()) corruptCopy(join(healthy.backupsDir, name));
    empty(healthy.database);

    const { core } = await cores.open({ dataDir: healthy.dataDir });
    expect(await call(core, 'store:status', {})).toEqual({ readOnly: false, reason: null });
    expect((await call(core, 'partners:categories', {})).length).toBeGreaterThan(0);
    await addPartner(core, 'Краеведческий музей');
    const names = await partnerNames(core);
    expect(names).toContain('Краеведческий музей');
    expect(names).not.toContain('Городская библиотека');
  });

  it('is a first start when there are no backups at all', async () => {
    const dataDir = cores.tempDir();
    const first = await cores.open({ dataDir });
    first.core.close();
    empty(first.database);

    const { core, backupFiles } = await cores.open({ dataDir });
    expect(await call(core, 'store:status', {})).toEqual({ readOnly: false, reason: null });
    expect(statSync(first.database).size).toBeGreaterThan(0);
    expect(backupFiles()).toEqual([]);
  });
});
