import { globSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ISOLATED } from '../../../vitest.config';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** What changes a module or a global for the rest of a worker's files, were they to share it. */
const SHARED_STATE = /\bvi\.(mock|doMock|stubGlobal|stubEnv|useFakeTimers|spyOn)\(/;

describe('unit files that share their worker', () => {
  it('leave out every file that mocks a module or stubs a global: those run isolated', () => {
    const isolated = new Set(globSync(ISOLATED, { cwd: ROOT }));
    const sharing = globSync('tests/unit/**/*.test.ts', { cwd: ROOT }).filter((file) => !isolated.has(file));
    const changingState = sharing.filter((file) => SHARED_STATE.test(readFileSync(`${ROOT}${file}`, 'utf8')));
    expect(changingState).toEqual([]);
    // The list names files that are there.
    expect(isolated.size).toBeGreaterThan(10);
  });
});
