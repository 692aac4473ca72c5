import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/summary-reporter.ts'],
    environment: 'node',
    // Generous for a loaded two-core machine; a test that hangs still fails within a minute.
    testTimeout: 60_000,
    // A poll waits for the UI as long as a Playwright locator does.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 60_000,
    // e2e files each start Chromium; two cores, so at most two files at once.
    maxWorkers: 2,
  },
});
