import { rmSync } from 'node:fs';
import type { Browser, Locator, Page, Request } from 'playwright-core';
import { localIsoDate } from '../../src-main/contract/academic-year';
import { addDays } from '../../src-main/contract/dates';
import { launchChromium } from '../harness/chromium';
import { call } from '../kit';
import { eventFields } from '../unit/events/fixtures';
import { makeTempDir } from '../kit/temp-dir';
import { startHarness, type Harness } from '../harness/server';
import { afterAll, beforeAll, expect, onTestFailed } from 'vitest';

export { CHROMIUM_PATH } from '../harness/chromium';

/**
 * The end-to-end tests' browser speaks English, as a computer set to English does: every date and time the app shows
 * must still read in Russian (ДД.ММ.ГГГГ, 24 hours), as its own date and time fields make them.
 */
export const SYSTEM_LANGUAGE = 'en-US';

export function launchBrowser(): Promise<Browser> {
  return launchChromium(SYSTEM_LANGUAGE);
}

/** The Chromium of a test file: launched before its tests, closed after them; the answer gives it to a test. */
export function useBrowser(): () => Browser {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is launched before the tests of the file.');
    return browser;
  };
}

/** The office's laptop screen, the smallest the app is laid out for with room to spare (1280×720 is the least). */
export const LAPTOP_SCREEN = { width: 1366, height: 768 };

/** The app on a laptop's screen, opened at a hash route once `prepare` has put the test's data in the store. */
export async function openAt(
  browser: Browser,
  route: string,
  prepare?: (app: AppSession) => Promise<void>,
): Promise<AppSession> {
  const app = await openApp(browser, { viewport: LAPTOP_SCREEN });
  await prepare?.(app);
  await app.page.goto(`${app.harness.url}#${route}`);
  await app.page.reload();
  return app;
}

/** The calendar with an event of tomorrow 10:00–11:00 titled so, and its card opened. */
export async function tomorrowsEventCard(browser: Browser, title: string) {
  const tomorrow = addDays(localIsoDate(new Date()), 1);
  const app = await openAt(browser, '/calendar', async ({ harness }) => {
    await call(harness.core, 'events:create', {
      ...eventFields(),
      title,
      start: `${tomorrow}T10:00`,
      end: `${tomorrow}T11:00`,
    });
  });
  const { page } = app;
  await page.locator(`[role="cell"][data-date="${tomorrow}"]`).locator('.sod-event').click();
  return { app, page, card: page.getByRole('dialog', { name: 'Мероприятие' }), tomorrow };
}

/** The element that has the keyboard's focus is this one. */
export const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/**
 * Opens a screen from the navigation as the office does, opening «Реализация» first when the screen is under it. A
 * link in the group is clicked once the group has finished opening: while it grows, Playwright scrolls a clipped link
 * into view inside it and then clicks where the link stood a frame before, on nothing (a lost click, 1 in 8 under load).
 */
export async function openFromNav(page: Page, item: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Разделы' });
  const link = nav.getByRole('link', { name: item, exact: true });
  if (!(await link.isVisible())) await nav.getByText('Реализация', { exact: true }).click();
  await expect
    .poll(
      () =>
        link.evaluate((element) => {
          const group = element.closest('.mantine-NavLink-collapse');
          if (!group) return true;
          const { height } = group.getBoundingClientRect();
          return height > 0 && group.scrollHeight - height < 1 && group.getAnimations().length === 0;
        }),
      { interval: 25 },
    )
    .toBe(true);
  await link.click();
}

export interface AppSession {
  page: Page;
  harness: Harness;
  dataDir: string;
  /** Console errors and page errors seen so far: a finished screen has none. */
  consoleErrors: string[];
  close(): Promise<void>;
}

/** Each session's page's requests not yet answered (calls to the store, code, fonts), with when each left. */
const inFlight = new WeakMap<Page, Map<Request, number>>();

/** How many of the page's requests are not answered yet: a screen has shown what it loads once none is. */
export const requestsInFlight = (page: Page): number => inFlight.get(page)?.size ?? 0;

function trackRequests(page: Page): Map<Request, number> {
  const pending = new Map<Request, number>();
  inFlight.set(page, pending);
  page.on('request', (request) => pending.set(request, Date.now()));
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
  return pending;
}

/** A request as the failure print names it: the store's channel for a call to the store, else the file's path. */
function requestName(request: Request): string {
  const path = new URL(request.url()).pathname;
  if (request.method() !== 'POST') return path;
  const channel = /"channel":"([^"]+)"/.exec(request.postData() ?? '')?.[1];
  return channel ? `invoke ${channel}` : path;
}

/**
 * Where the page stood when a test failed: its address, the requests still unanswered and for how long, the dialogs
 * open, the console's errors, and the screen's text from its start and its end (where dialogs and notices are).
 */
async function failurePrint(page: Page, pending: ReadonlyMap<Request, number>, consoleErrors: string[]) {
  const now = Date.now();
  const unanswered = [...pending].map(([request, since]) => `${requestName(request)} (${now - since} ms)`);
  const dialogs = await page
    .getByRole('dialog')
    .evaluateAll((shown) => shown.map((d) => d.getAttribute('aria-label') ?? d.textContent?.slice(0, 80) ?? ''))
    .catch(() => []);
  const text = await page
    .locator('body')
    .innerText({ timeout: 2_000 })
    .catch((error: unknown) => `(not readable: ${String(error)})`);
  const shown = text.length <= 2_400 ? text : `${text.slice(0, 1_200)}\n…\n${text.slice(-1_200)}`;
  return [
    `The page at ${page.url()} when the test failed.`,
    `Unanswered requests: ${unanswered.join('; ') || 'none'}`,
    `Dialogs open: ${dialogs.join('; ') || 'none'}`,
    `Console errors: ${consoleErrors.join('\n') || 'none'}`,
    `The screen's text:\n${shown}`,
  ].join('\n');
}

/** The real renderer against a real store in a fresh data directory of its own. */
export async function openApp(
  browser: Browser,
  options: { dataDir?: string; viewport?: { width: number; height: number }; timezoneId?: string } = {},
): Promise<AppSession> {
  const dataDir = options.dataDir ?? makeTempDir('e2e');
  const harness = await startHarness({ dataDir });
  const viewport = options.viewport ?? { width: 1366, height: 860 };
  const context = await browser.newContext({
    viewport,
    locale: SYSTEM_LANGUAGE,
    // Set to show no animations, as the app honours: a dialog's button is clicked where it stands, not where it
    // stood a frame before in its opening glide (a lost click now and then on a loaded machine).
    reducedMotion: 'reduce',
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  const pending = trackRequests(page);
  // What the screen showed when a step failed: a run on a loaded CI machine leaves nothing else to look at. A session
  // opened in a `beforeAll` hook belongs to no single test, and vitest refuses the registration there.
  try {
    onTestFailed(async () => console.error(await failurePrint(page, pending, consoleErrors)));
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

/**
 * Clicks a button that saves a file (by its name, or as `click` does it) and answers with the path the app says it
 * saved to (`DIR/exports/…`).
 */
export async function savedFile(page: Page, button: string | (() => Promise<void>)): Promise<string> {
  // The notices shown before are marked, so that the one this save brings is told from them even when it replaces one.
  const notices = page.locator('.mantine-Notification-root');
  await notices.evaluateAll((shown) => shown.forEach((notice) => notice.setAttribute('data-seen-before', '')));
  if (typeof button === 'string') await page.getByRole('button', { name: button, exact: true }).first().click();
  else await button();
  const saved = page.locator('.mantine-Notification-root:not([data-seen-before])').getByText(/^Файл сохранён: /);
  // The first PDF starts a browser of its own to render it: slow on a busy machine.
  await saved.first().waitFor({ timeout: 30_000 });
  return (await saved.first().innerText()).replace('Файл сохранён: ', '');
}

/** Types a date into a date field as the office does («01.09.2026», «1.9.26»), then leaves the field. */
export async function fillDate(field: Locator, text: string): Promise<void> {
  await field.fill('');
  await field.pressSequentially(text);
  await field.blur();
}

/** A time field's hours, named by the field's label (its minutes are named «<label>: минуты»). */
export function hoursOf(scope: Page | Locator, label: string): Locator {
  return scope.getByRole('spinbutton', { name: label, exact: true });
}

/** Types a time («15:00») into a time field's hours and minutes, as the office does, then leaves the field. */
export async function fillTime(scope: Page | Locator, label: string, time: string): Promise<void> {
  const hours = hoursOf(scope, label);
  // A click selects the hours: the digits typed replace them, and go on to the minutes.
  await hours.click();
  await hours.pressSequentially(time.replace(':', ''));
  // The typing has moved on to the minutes: the field is left from there.
  await hours.page().evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** The time a time field shows, «15:00». */
export async function timeShown(scope: Page | Locator, label: string): Promise<string> {
  const minutes = scope.getByRole('spinbutton', { name: `${label}: минуты`, exact: true });
  return `${await hoursOf(scope, label).inputValue()}:${await minutes.inputValue()}`;
}
