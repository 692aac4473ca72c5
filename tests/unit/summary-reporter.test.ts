import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TestModule } from 'vitest/node';
import SummaryReporter from '../summary-reporter';

type State = 'passed' | 'failed' | 'skipped';

/** A test file as the reporter reads it: its own state and its tests' states. */
function testFile(state: State, tests: State[]): TestModule {
  return {
    state: () => state,
    children: { allTests: () => tests.map((test) => ({ result: () => ({ state: test }) }))[Symbol.iterator]() },
  } as unknown as TestModule;
}

function summary(files: TestModule[], unhandled: unknown[] = []): string {
  let out = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  new SummaryReporter().onTestRunEnd(files, unhandled);
  write.mockRestore();
  return out.trim();
}

afterEach(() => vi.restoreAllMocks());

describe('the one-line summary of a test run', () => {
  it('counts each test by its result', () => {
    expect(
      summary([testFile('passed', ['passed', 'passed', 'skipped']), testFile('failed', ['failed', 'passed'])]),
    ).toBe('Tests: 3 passed, 1 failed, 1 skipped');
  });

  it('counts a file that failed on its own: to load, or in a hook that left its tests skipped', () => {
    expect(summary([testFile('failed', [])])).toBe('Tests: 0 passed, 1 failed, 0 skipped');
    expect(summary([testFile('failed', ['skipped', 'skipped'])])).toBe('Tests: 0 passed, 1 failed, 2 skipped');
  });

  it('counts errors outside any test', () => {
    expect(summary([testFile('passed', ['passed'])], [new Error('unhandled')])).toBe(
      'Tests: 1 passed, 1 failed, 0 skipped',
    );
  });
});
