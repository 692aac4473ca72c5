import { createAppCore, type AppCore } from '../../../src-main/app-core';
import type { Channel, Input, Output } from '../../../src-main/contract';
import { createRecordingFileOpener } from '../../harness/file-opener';
import { memorySettingsFile } from '../../harness/stand-ins';
import { silentLogger } from '../temp-dir';
import { memoryDocumentOutput, type MemoryDocumentOutput } from './memory-output';

/** The whole core on a real store in `dataDir`, with documents going to memory. */
export async function openDocumentsCore(dataDir: string): Promise<{ core: AppCore; output: MemoryDocumentOutput }> {
  const output = memoryDocumentOutput();
  const core = await createAppCore({
    dataDir,
    settingsFile: memorySettingsFile(),
    logger: silentLogger,
    validateOutput: true,
    documentOutput: output,
    fileOpener: createRecordingFileOpener(),
  });
  return { core, output };
}

/** Calls a channel and returns its value, failing the test with the Russian message if it was refused. */
export async function call<C extends Channel>(core: AppCore, channel: C, input: Input<C>): Promise<Output<C>> {
  const answer = await core.dispatch(channel, input);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.message} ${JSON.stringify(answer.error.fields ?? {})}`);
  return answer.value as Output<C>;
}

export function partnerIdByName(core: AppCore, fullName: string): number {
  const row = core.db.prepare('SELECT id FROM partners WHERE full_name = ?').get(fullName) as
    { id: number } | undefined;
  if (!row) throw new Error(`no partner ${fullName}`);
  return row.id;
}
