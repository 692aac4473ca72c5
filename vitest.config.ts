import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

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
    // on a two-core machine). Beside the unit files (the fuzz and the crash loop keep both cores busy), a harness's
    // request went unanswered now and then on CI (a first screen that never showed in 45 s; a saved PDF that never
    // came in 30 s); the cause is not found, and the failure print of tests/e2e/support.ts is there to find it.
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**'], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], sequence: { groupOrder: 1 }, maxWorkers: 2 },
      },
    ],
  },
});
