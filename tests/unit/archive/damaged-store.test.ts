import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../../kit';
import { damageStoreFile } from '../backups/damage';
import { exportArchive, importArchive, useArchiveCores } from './core';
import { attachmentFiles, dumpTables, fileHash, fillStore } from './fixtures';

const open = useArchiveCores();

describe('loading an archive into a store whose file is damaged', () => {
  it('brings the data back, and keeps the damaged file in the backups folder instead of a copy', async () => {
    const healthy = await open();
    await fillStore(healthy.core);
    const tables = dumpTables(healthy.core.db);
    const files = attachmentFiles(healthy.paths.attachments);
    const archive = await exportArchive(healthy);
    healthy.core.close();
    damageStoreFile(healthy.paths.database);
    const damaged = fileHash(healthy.paths.database);

    const t = await open(healthy.dataDir);
    expect(await call(t.core, 'store:status', {})).toMatchObject({ readOnly: true });
    const answer = await importArchive(t, archive);
    expect(answer).toMatchObject({ ok: true, value: { imported: { backupFile: expect.stringMatching(/^damaged_/) } } });

    expect(await call(t.core, 'store:status', {})).toMatchObject({ readOnly: false });
    expect(dumpTables(t.core.db)).toEqual(tables);
    expect(attachmentFiles(t.paths.attachments)).toEqual(files);
    const kept = readdirSync(t.paths.backups).filter((name) => name.startsWith('damaged_'));
    expect(kept).toEqual([expect.stringMatching(/^damaged_2026-11-26_10-00-00\.sqlite3$/)]);
    expect(fileHash(join(t.paths.backups, kept[0] ?? ''))).toBe(damaged);
  });
});
