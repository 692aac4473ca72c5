import { createHash } from 'node:crypto';
import { readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DAMAGED_READ_ONLY_REASON } from '../../../src-main/db/connection';
import { call } from '../../kit';
import { damagedStore, partnerNames, useBackupsCores } from '../backups/core';

const cores = useBackupsCores();
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Overwrites `length` bytes of a closed file from `offset`, as a failing disk does. */
function overwrite(file: string, offset: number, length: number): void {
  const bytes = readFileSync(file);
  bytes.fill(0x5a, offset, offset + length);
  writeFileSync(file, bytes);
}

const DAMAGES: [string, (file: string) => void][] = [
  ['a damaged header', (file) => overwrite(file, 0, 100)],
  // Page 1 after the header holds the schema: the table of every table, index and trigger.
  ['a damaged schema page', (file) => overwrite(file, 100, readFileSync(file).readUInt16BE(16) - 100)],
  ['a file cut to half its length', (file) => truncateSync(file, Math.floor(statSync(file).size / 2))],
];

describe.each(DAMAGES)('a store with %s', (_damage, damage) => {
  it('starts read-only with the reason and the restore list, and a restore brings the data back', async () => {
    const { dataDir, database, copy, names } = await damagedStore(cores, damage);
    const damagedBytes = sha(database);

    const { core, backupsDir, backupFiles } = await cores.open({ dataDir });
    expect(await call(core, 'store:status', {})).toEqual({ readOnly: true, reason: DAMAGED_READ_ONLY_REASON });
    expect((await call(core, 'backups:list', {})).backups.map((backup) => backup.name)).toEqual([copy.name]);
    expect((await call(core, 'settings:get', {})).school.shortName).not.toBe('');
    expect(await core.dispatch('partners:list', {})).toEqual({
      ok: false,
      error: { code: 'storage', message: expect.stringMatching(/^Эти данные не читаются: файл данных повреждён/) },
    });
    expect(sha(database)).toBe(damagedBytes);

    await call(core, 'backups:restore', { name: copy.name });
    expect(await call(core, 'store:status', {})).toEqual({ readOnly: false, reason: null });
    expect(await partnerNames(core)).toEqual(names);
    const kept = backupFiles().find((name) => name.startsWith('damaged_'));
    expect(sha(join(backupsDir, kept ?? ''))).toBe(damagedBytes);
  });
});
