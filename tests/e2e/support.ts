import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../harness/chromium';
import { makeTempDir } from '../kit/temp-dir';
import { startHarness, type Harness } from '../harness/server';
import { expect, onTestFailed } from 'vitest';

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
  const dataDir = options.dataDir ?? makeTempDir('e2e');
  const harness = await startHarness({ dataDir });
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, locale: 'ru-RU' });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  // What the screen showed when a step failed: a run on a loaded CI machine leaves nothing else to look at. A session
  // opened in a `beforeAll` hook belongs to no single test, and vitest refuses the registration there.
  try {
    onTestFailed(async () => {
      const shown = await page
        .locator('body')
        .innerText({ timeout: 2_000 })
        .catch((error: unknown) => `(not readable: ${String(error)})`);
      console.error(
        `The screen at ${page.url()} when the test failed:\n${shown.slice(0, 2_000)}\n` +
          `Console errors: ${consoleErrors.join('\n') || 'none'}`,
      );
    });
  } catch {
    // Opened outside a test: its failures are the file's, reported by vitest itself.
  }
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

/**
 * Text with every run of white space (line breaks, no-break spaces) made one space, without the soft hyphens
 * Chromium writes into a PDF's text (`pdftotext -raw` ends a line after each) and with the words it hyphenated at a
 * line's end («‐») whole again, as read in order: PDF and screen text compare.
 */
export function flat(text: string): string {
  return text
    .replace(/\u00AD\s*/g, '')
    .replace(/\u2010\s+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const savedNotices = (page: Page) => page.getByText(/^Файл сохранён: /);

/** Clicks a button that saves a file and answers with the path the app says it saved to (`DIR/exports/…`). */
export async function savedFile(page: Page, button: string): Promise<string> {
  const before = await savedNotices(page).count();
  await page.getByRole('button', { name: button, exact: true }).first().click();
  // The first PDF starts a browser of its own to render it: slow on a busy machine.
  await expect.poll(() => savedNotices(page).count(), { timeout: 30_000 }).toBe(before + 1);
  return (await savedNotices(page).nth(before).innerText()).replace('Файл сохранён: ', '');
}

/** Notifications sit over the header's buttons: they are closed first, as a user would. */
export async function closeNotifications(page: Page): Promise<void> {
  const close = page.locator('.mantine-Notification-closeButton');
  while ((await close.count()) > 0) {
    // A notification may close by itself meanwhile.
    await close
      .first()
      .click({ timeout: 1000 })
      .catch(() => undefined);
  }
}
