import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startHarness, type Harness } from '../harness/server';

/** Debian's Chromium; never a browser downloaded by Playwright (these machines reach no such host). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
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
  page.setDefaultTimeout(8000);
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
