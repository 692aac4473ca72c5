import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../harness/chromium';
import { startHarness, type Harness } from '../harness/server';

export { CHROMIUM_PATH } from '../harness/chromium';

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

export interface AppSession {
  page: Page;
  harness: Harness;
  dataDir: string;
  /** Console errors and page errors seen so far: a finished screen has none. */
  consoleErrors: string[];
  close(): Promise<void>;
}

/** The real renderer against a real store in a fresh data directory of its own. */
export async function openApp(browser: Browser, options: { dataDir?: string } = {}): Promise<AppSession> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'sodruzhestvo-e2e-'));
  const harness = await startHarness({ dataDir });
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'ru-RU' });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  // Generous: on a loaded two-core CI machine a first screen can take seconds; tests check what is shown, not speed.
  page.setDefaultTimeout(15_000);
  await page.goto(harness.url);
  return {
    page,
    harness,
    dataDir,
    consoleErrors,
    close: async () => {
      await context.close();
      await harness.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
