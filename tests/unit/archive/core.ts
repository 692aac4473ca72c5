import { afterEach } from 'vitest';
import type { Envelope, Output } from '../../../src-main/contract';
import { dataPaths } from '../../../src-main/data-dir';
import { openCore, useTempDirs, type MemoryDocumentOutput, type TestCore } from '../../kit';

export interface ArchiveTestCore {
  core: TestCore;
  output: MemoryDocumentOutput;
  dataDir: string;
  paths: ReturnType<typeof dataPaths>;
}

/**
 * For a test file: `open()` starts the whole core on a fresh data directory (or the one given), with documents and
 * dialogs in memory and the clock at 26 November 2026, 10:00; every core is closed after its test.
 */
export function useArchiveCores(): (dataDir?: string) => Promise<ArchiveTestCore> {
  const tempDir = useTempDirs();
  const cores: TestCore[] = [];
  afterEach(() => {
    for (const core of cores.splice(0)) core.close();
  });
  return async (dataDir = tempDir()) => {
    const core = await openCore(dataDir);
    cores.push(core);
    return { core, output: core.output, dataDir, paths: dataPaths(dataDir) };
  };
}

/** Saves the archive through the channel and returns the file's bytes as the user's disk would hold them. */
export async function exportArchive({ core, output }: ArchiveTestCore): Promise<Uint8Array> {
  const answer = await core.dispatch('archive:export', {});
  if (!answer.ok) throw new Error(answer.error.message);
  const saved = output.saved.at(-1);
  if (!saved || !(saved.content instanceof Uint8Array)) throw new Error('no archive was saved');
  return saved.content;
}

/** Loads `bytes` as the file the user picks in the open dialog; the channel's envelope. */
export async function importArchive(
  { core, output }: ArchiveTestCore,
  bytes: Uint8Array,
): Promise<Envelope<Output<'archive:import'>>> {
  output.file = { path: '/memory/Архив.sodr', bytes };
  return (await core.dispatch('archive:import', {})) as Envelope<Output<'archive:import'>>;
}
