import { readdirSync } from 'node:fs';
import { afterEach } from 'vitest';
import type { AppCore } from '../../../src-main/app-core';
import type { BackupInfo } from '../../../src-main/contract/backups';
import { blankPartnerFields } from '../../../src-main/contract/partners';
import { dataPaths } from '../../../src-main/data-dir';
import { call, memoryDocumentOutput, openCore, TEST_NOW, useTempDirs, type MemoryDocumentOutput } from '../../kit';

/** 26 November 2026, 10:00 local time, the day the tests live in. */
export const TODAY = TEST_NOW();

export interface BackupsCore {
  core: AppCore;
  output: MemoryDocumentOutput;
  dataDir: string;
  database: string;
  backupsDir: string;
  /** The core's clock: tests move it. */
  clock: { now: Date };
  /** The names in the backups folder, sorted. */
  backupFiles(): string[];
}

/**
 * For a test file: `open()` starts a core on a real store (in a fresh temporary directory, or in `dataDir` to start
 * it again), on a clock the test can move; every core is closed after its test.
 */
export function useBackupsCores() {
  const tempDir = useTempDirs();
  const opened: AppCore[] = [];
  afterEach(() => {
    for (const core of opened.splice(0)) core.close();
  });
  return {
    tempDir,
    async open(options: { dataDir?: string; at?: Date; folder?: string } = {}): Promise<BackupsCore> {
      const dataDir = options.dataDir ?? tempDir();
      const clock = { now: options.at ?? TODAY };
      const output = memoryDocumentOutput();
      output.folder = options.folder ?? null;
      const core = await openCore(dataDir, { output, now: () => clock.now });
      opened.push(core);
      const paths = dataPaths(dataDir);
      return {
        core,
        output,
        dataDir,
        database: paths.database,
        backupsDir: paths.backups,
        clock,
        backupFiles: () => {
          try {
            return readdirSync(paths.backups).sort();
          } catch {
            return [];
          }
        },
      };
    },
  };
}

export async function addPartner(core: AppCore, fullName: string) {
  const category = (await call(core, 'partners:categories', {}))[0];
  return call(core, 'partners:create', { ...blankPartnerFields(category?.id ?? 0), fullName });
}

export async function partnerNames(core: AppCore): Promise<string[]> {
  return (await call(core, 'partners:list', {})).map((p) => p.fullName).sort();
}

/** A store with a partner and a checked copy of it, closed and then damaged on disk by `damage`. */
export async function damagedStore(
  cores: ReturnType<typeof useBackupsCores>,
  damage: (database: string) => void,
): Promise<{ dataDir: string; database: string; copy: BackupInfo; names: string[] }> {
  const healthy = await cores.open();
  await addPartner(healthy.core, 'Городская библиотека');
  const copy = await call(healthy.core, 'backups:create', {});
  const names = await partnerNames(healthy.core);
  healthy.core.close();
  damage(healthy.database);
  return { dataDir: healthy.dataDir, database: healthy.database, copy, names };
}
