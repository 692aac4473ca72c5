import Database from 'better-sqlite3';
import { join } from 'node:path';
import { closeDatabase } from '../../../src-main/db/connection';
import type { SettingsFile } from '../../../src-main/settings/settings-file';
import { createHarnessDocumentOutput, type HarnessDocumentOutput } from '../../harness/document-output';
import { call } from '../../kit/channels';
import { openCore, TEST_NOW, type TestCore } from '../../kit/core';
import { quietLogger } from '../../kit/stand-ins';
import { BENCH_SCHOOL, type HistoryOptions } from './context';
import { generateHistory, type TableCounts } from './generate';

export const STORE_FILE = 'sodruzhestvo.sqlite3';

/** The bench's clock: 26 November 2026, 10:00 local time, the tests' own. */
export const BENCH_NOW = TEST_NOW;
export const BENCH_TODAY = '2026-11-26';

export type BenchCore = TestCore<HarnessDocumentOutput>;

/** The whole core on the store in `dataDir`, on the bench's clock; documents go to `dataDir/exports`. */
export async function openBenchCore(
  dataDir: string,
  options: { validateOutput?: boolean; settingsFile?: SettingsFile; now?: () => Date } = {},
): Promise<BenchCore> {
  const core = await openCore(dataDir, {
    ...options,
    output: createHarnessDocumentOutput(dataDir),
    logger: quietLogger,
    now: options.now ?? BENCH_NOW,
  });
  await call(core, 'settings:saveSchool', BENCH_SCHOOL);
  return core;
}

/**
 * A store in `dataDir` as the app creates it on first start (migrated, seeded), then filled with the history:
 * the app makes the file, the generator writes the years into it, and the WAL is folded back.
 */
export async function createHistoryStore(
  dataDir: string,
  options: HistoryOptions,
  now: () => Date = BENCH_NOW,
): Promise<TableCounts> {
  const core = await openBenchCore(dataDir, { now });
  core.close();
  await core.output.close();
  const db = new Database(join(dataDir, STORE_FILE));
  try {
    db.pragma('foreign_keys = ON');
    return generateHistory(db, options);
  } finally {
    closeDatabase(db);
  }
}
