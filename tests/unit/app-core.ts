import { afterEach } from 'vitest';
import { createAppCore, type AppCore } from '../../src-main/app-core';
import type { Channel, Input, Output } from '../../src-main/contract';
import { createRecordingFileOpener } from '../harness/file-opener';
import { memorySettingsFile } from '../harness/stand-ins';
import { memoryDocumentOutput, type MemoryDocumentOutput } from './documents/memory-output';
import { silentLogger, useTempDirs } from './temp-dir';

export { memorySettingsFile };

/** A core in a test, with the files it saved (documents, exports) and those it asked the system viewer to open. */
export interface TestCore extends AppCore {
  output: MemoryDocumentOutput;
  openedFiles: readonly string[];
}

/** The whole core on a real store in `dataDir`, as the app runs it (outputs checked against the contract). */
export async function openCore(dataDir: string, now?: () => Date): Promise<TestCore> {
  const fileOpener = createRecordingFileOpener();
  const output = memoryDocumentOutput();
  const core = await createAppCore({
    dataDir,
    settingsFile: memorySettingsFile(),
    logger: silentLogger,
    validateOutput: true,
    documentOutput: output,
    fileOpener,
    ...(now ? { now } : {}),
  });
  return Object.assign(core, { output, openedFiles: fileOpener.opened });
}

/** Calls a channel and returns its value, failing the test with the Russian message if it was refused. */
export async function call<C extends Channel>(core: AppCore, channel: C, input: Input<C>): Promise<Output<C>> {
  const answer = await core.dispatch(channel, input);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.message} ${JSON.stringify(answer.error.fields ?? {})}`);
  return answer.value as Output<C>;
}

/**
 * For a test file: `core()` opens a fresh core in its own temporary directory, on a fixed clock
 * (26 November 2026, 10:00 local time); every core is closed after its test.
 */
export function useCores(): () => Promise<TestCore> {
  const tempDir = useTempDirs();
  const cores: TestCore[] = [];
  afterEach(() => {
    for (const core of cores.splice(0)) core.close();
  });
  return async () => {
    const opened = await openCore(tempDir(), () => new Date(2026, 10, 26, 10, 0));
    cores.push(opened);
    return opened;
  };
}
