import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DAMAGED_READ_ONLY_REASON, READ_ONLY_WRITE_REFUSED } from '../../../src-main/db/connection';
import { call } from '../../kit';
import { addPartner, damagedStore, partnerNames, useBackupsCores } from './core';
import { damageStoreFile } from './damage';
import { blankPartnerFields } from '../../../src-main/contract/partners';

const cores = useBackupsCores();
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const storeDamagedOnDisk = () => damagedStore(cores, damageStoreFile);

describe('a damaged store', () => {
  it('opens read-only with the reason, refuses a write in Russian and changes nothing', async () => {
    const { dataDir, database, names } = await storeDamagedOnDisk();
    const before = sha(database);

    const { core, backupFiles } = await cores.open({ dataDir });
    expect(await call(core, 'store:status', {})).toEqual({ readOnly: true, reason: DAMAGED_READ_ONLY_REASON });
    expect(await partnerNames(core)).toEqual(names);
    const filesAtStart = backupFiles();

    const add = await core.dispatch('partners:create', {
      ...blankPartnerFields(1),
      fullName: 'Краеведческий музей',
      status: 'active',
    });
    expect(add).toEqual({ ok: false, error: { code: 'storage', message: READ_ONLY_WRITE_REFUSED } });
    expect(READ_ONLY_WRITE_REFUSED).toBe(
      'Файл данных повреждён, программа открыта только для просмотра. Восстановите данные из резервной копии в Настройках.',
    );
    const first = (await call(core, 'partners:list', {}))[0];
    expect(await core.dispatch('partners:archive', { id: first?.id ?? 0 })).toEqual(add);
    expect(await core.dispatch('backups:create', {})).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(await partnerNames(core)).toEqual(names);
    core.close();
    expect(sha(database)).toBe(before);
    expect(backupFiles()).toEqual(filesAtStart);
  });

  it('still lists the backups and restores one, keeping the damaged file aside, and then accepts writes', async () => {
    const { dataDir, database, copy, names } = await storeDamagedOnDisk();
    const damagedBytes = sha(database);
    const { core, backupsDir, backupFiles } = await cores.open({ dataDir });

    const listed = await call(core, 'backups:list', {});
    expect(listed.backups.map((b) => b.name)).toEqual([copy.name]);
    expect(listed.backups[0]?.counts?.partners).toBe(names.length);

    expect(await call(core, 'backups:restore', { name: copy.name })).toEqual({ restored: copy.name, keptAs: null });
    expect(await call(core, 'store:status', {})).toEqual({ readOnly: false, reason: null });
    const damaged = backupFiles().find((name) => name.startsWith('damaged_'));
    expect(damaged).toBeDefined();
    expect(sha(join(backupsDir, damaged ?? ''))).toBe(damagedBytes);

    await addPartner(core, 'Краеведческий музей');
    expect(await partnerNames(core)).toEqual([...names, 'Краеведческий музей'].sort());
    expect((await call(core, 'backups:list', {})).lastRestore).toEqual({ restored: copy.name, keptAs: null });
    expect(await core.dispatch('backups:undoRestore', {})).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
