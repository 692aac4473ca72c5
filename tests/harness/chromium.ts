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
];

/**
 * The browser in a language of the system's: Russian, as the office's computer usually is, or English, to show the
 * app's dates and times stay Russian (ДД.ММ.ГГГГ, 24 hours) whatever the computer's language.
 */
export type SystemLanguage = 'ru-RU' | 'en-US';

export function launchChromium(language: SystemLanguage = 'ru-RU'): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, `--lang=${language}`],
    env: { ...process.env, LANG: `${language.replace('-', '_')}.UTF-8`, LANGUAGE: language.replace('-', '_') },
    headless: true,
  });
}
