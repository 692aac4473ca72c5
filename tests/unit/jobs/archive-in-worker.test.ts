import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dataPaths } from '../../../src-main/data-dir';
import { call, makeTempDir, openCore, useTempDirs, type TestCore } from '../../kit';
import { buildWorkerEntry } from '../../kit/worker-entry';
import { exportArchive, importArchive } from '../archive/core';
import { dumpTables, fillStore } from '../archive/fixtures';

const tempDir = useTempDirs();
const workerDir = makeTempDir('worker');
let workerEntry: URL;
beforeAll(async () => {
  workerEntry = await buildWorkerEntry(workerDir);
});
afterAll(() => rmSync(workerDir, { recursive: true, force: true }));
const cores: TestCore[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

describe('the archive saved and loaded in a worker thread', () => {
  it('reads the live store through the worker’s own connection and loads back every row exactly', async () => {
    const dataDir = tempDir();
    const core = await openCore(dataDir, { workerEntry });
    cores.push(core);
    const t = { core, output: core.output, dataDir, paths: dataPaths(dataDir) };
    await fillStore(core);
    const before = dumpTables(core.db);
    const bytes = await exportArchive(t);

    core.db.prepare('DELETE FROM partner_contacts').run();
    expect(dumpTables(core.db)).not.toEqual(before);
    const answer = await importArchive(t, bytes);

    expect(answer.ok).toBe(true);
    expect(dumpTables(core.db)).toEqual(before);
    expect(await call(core, 'jobs:progress', {})).toEqual({ running: null });
  });
});
