import { rmSync } from 'node:fs';
import { afterEach } from 'vitest';
import { openCore, type CoreOptions, type TestCore } from './core';
import { makeTempDir } from './temp-dir';

/** For a test file: a fresh directory for each test that asks for one, removed after it. */
export function useTempDirs(): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = makeTempDir();
    dirs.push(dir);
    return dir;
  };
}

/**
 * For a test file: `core()` opens a fresh core in its own temporary directory (or in `dataDir`, to start it again),
 * on the tests' fixed clock unless told otherwise; every core is closed after its test.
 */
export function useCores(): (options?: CoreOptions & { dataDir?: string }) => Promise<TestCore> {
  const tempDir = useTempDirs();
  const cores: TestCore[] = [];
  afterEach(() => {
    for (const core of cores.splice(0)) core.close();
  });
  return async ({ dataDir, ...options } = {}) => {
    const opened = await openCore(dataDir ?? tempDir(), options);
    cores.push(opened);
    return opened;
  };
}
