import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    environment: 'node',
    // Generous for a loaded two-core machine; a test that hangs still fails within a minute.
    testTimeout: 60_000,
    // A poll waits for the UI as long as a Playwright locator does.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 60_000,
    // e2e files each start Chromium; two cores, so at most two files at once.
    maxWorkers: 2,
    // The end-to-end tests run after the unit tests, not beside them: the crash-safety test's 200 killed writers
    // and their fsyncs stalled a harness's store (whose core shares the test's event loop) for over 30 s on CI.
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**'], sequence: { groupOrder: 0 } },
      },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
