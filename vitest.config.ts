import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/summary-reporter.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // A poll waits for the UI as long as a Playwright locator does.
    expect: { poll: { timeout: 8_000 } },
    hookTimeout: 60_000,
    // e2e files each start Chromium; two cores, so at most two files at once.
    maxWorkers: 2,
  },
});
