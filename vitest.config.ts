import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

/** Unit files that mock modules or stub globals, or draw with a module-wide renderer: each has modules of its own. */
export const ISOLATED = [
  'tests/unit/platform/**/*.test.ts',
  'tests/unit/build/**/*.test.ts',
  'tests/unit/archive/electron-dialogs.test.ts',
  'tests/unit/faults/file-write-faults.test.ts',
  'tests/unit/documents/chart-svg.test.ts',
  'tests/unit/summary-reporter.test.ts',
];

export default defineConfig({
  // As in electron.vite.config.ts: the renderer's modules read the contract as `@contract/…`.
  resolve: { alias: { '@contract': resolve(import.meta.dirname, 'src-main/contract') } },
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    environment: 'node',
    // Generous for a loaded two-core machine; a test that hangs still fails within a minute.
    testTimeout: 60_000,
    // A poll waits for the UI as long as a Playwright locator does.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 60_000,
    maxWorkers: 2,
    // The end-to-end tests run after the unit tests, two files at a time (844 s one at a time, 535 s two at a time
    // on a two-core machine). A first screen that never showed was a click lost in the navigation's growing group
    // (see `openFromNav` in tests/e2e/support.ts); a saved PDF that once never came in 30 s is unexplained, and the
    // failure print there (the page's unanswered requests, dialogs and text) is what to read if it comes back.
    projects: [
      // Most unit files share their worker's loaded modules (isolate: false): the store's code is loaded once per
      // worker rather than once per file, a third of the unit run. Files that mock modules or stub globals get a
      // fresh module graph each (ISOLATED; unit/build/isolated-tests.test.ts holds every such file to it).
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', ...ISOLATED],
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      { extends: true, test: { name: 'unit-isolated', include: [...ISOLATED], sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], sequence: { groupOrder: 1 }, maxWorkers: 2 },
      },
    ],
  },
});
