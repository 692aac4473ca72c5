import Database from 'better-sqlite3';
import { join } from 'node:path';
import { createAppCore, type AppCore } from '../../../src-main/app-core';
import { closeDatabase } from '../../../src-main/db/connection';
import type { SettingsFile } from '../../../src-main/settings/settings-file';
import { createHarnessDocumentOutput, type HarnessDocumentOutput } from '../../harness/document-output';
import { createRecordingFileOpener } from '../../harness/file-opener';
import { memorySettingsFile, quietLogger } from '../../harness/stand-ins';
import { BENCH_SCHOOL, type HistoryOptions } from './context';
import { generateHistory, type TableCounts } from './generate';

export const STORE_FILE = 'sodruzhestvo.sqlite3';

/** The bench's clock: 26 November 2026, 10:00 local time, as the tests' own. */
export const BENCH_NOW = () => new Date(2026, 10, 26, 10, 0);
export const BENCH_TODAY = '2026-11-26';

export interface BenchCore extends AppCore {
  output: HarnessDocumentOutput;
}

/** The whole core on the store in `dataDir`, on the bench's clock; documents go to `dataDir/exports`. */
export async function openBenchCore(
  dataDir: string,
  options: { validateOutput?: boolean; settingsFile?: SettingsFile; now?: () => Date } = {},
): Promise<BenchCore> {
  const output = createHarnessDocumentOutput(dataDir);
  const core = await createAppCore({
    dataDir,
    settingsFile: options.settingsFile ?? memorySettingsFile(),
    logger: quietLogger,
    validateOutput: options.validateOutput ?? true,
    documentOutput: output,
    fileOpener: createRecordingFileOpener(),
    now: options.now ?? BENCH_NOW,
  });
  const answer = await core.dispatch('settings:saveSchool', BENCH_SCHOOL);
  if (!answer.ok) throw new Error(`settings:saveSchool: ${answer.error.message}`);
  return Object.assign(core, { output });
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
