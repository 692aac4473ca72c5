import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; never a browser downloaded by Playwright (these machines reach no such host). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Dates in inputs as a Russian office sees them: ДД.ММ.ГГГГ.
  '--lang=ru-RU',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
