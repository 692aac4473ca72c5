import { createAppCore, type AppCore } from '../../src-main/app-core';
import type { DocumentOutput } from '../../src-main/files/output';
import type { Logger } from '../../src-main/errors';
import type { SettingsFile } from '../../src-main/settings/settings-file';
import { createRecordingFileOpener } from './file-opener';
import { memoryDocumentOutput, type MemoryDocumentOutput } from './memory-output';
import { memorySettingsFile, silentLogger } from './stand-ins';

/** The day the tests and the bench live in: 26 November 2026, 10:00 local time. */
export const TEST_NOW = (): Date => new Date(2026, 10, 26, 10, 0);

/** The machine's own clock, for a core a person uses (the browser harness). */
export const systemClock = (): Date => new Date();

export interface CoreOptions {
  /** The core's clock: the tests' fixed day unless given. */
  now?: () => Date;
  /** Settings held in memory unless given (a test of settings on disk passes its own file). */
  settingsFile?: SettingsFile;
  /** Silent unless given. */
  logger?: Logger;
  /** Whether every answer is checked against the contract, as development builds and the tests do: yes unless given. */
  validateOutput?: boolean;
  /** The built worker entry heavy jobs run in (`buildWorkerEntry`, or the harness's built app); on the test's thread unless given. */
  workerEntry?: URL | null;
}

/** A core in a test, with the files it saved (documents, exports) and those it asked the system viewer to open. */
export type TestCore<O extends DocumentOutput = MemoryDocumentOutput> = AppCore & {
  output: O;
  openedFiles: readonly string[];
};

/**
 * The whole core on a real store in `dataDir`, as the app runs it: documents go to memory (or to the `output`
 * given), files to open are recorded, and the clock is the tests' fixed day unless `now` is given.
 */
export function openCore(dataDir: string, options?: CoreOptions & { output?: undefined }): Promise<TestCore>;
export function openCore<O extends DocumentOutput>(
  dataDir: string,
  options: CoreOptions & { output: O },
): Promise<TestCore<O>>;
export async function openCore(
  dataDir: string,
  options: CoreOptions & { output?: DocumentOutput } = {},
): Promise<TestCore<DocumentOutput>> {
  const output = options.output ?? memoryDocumentOutput();
  const fileOpener = createRecordingFileOpener();
  const core = await createAppCore({
    dataDir,
    settingsFile: options.settingsFile ?? memorySettingsFile(),
    logger: options.logger ?? silentLogger,
    validateOutput: options.validateOutput ?? true,
    documentOutput: output,
    fileOpener,
    now: options.now ?? TEST_NOW,
    workerEntry: options.workerEntry ?? null,
  });
  return Object.assign(core, { output, openedFiles: fileOpener.opened });
}
