import type { Logger } from '../errors';

/** Longer than any real link; a longer one is refused rather than handed to the system. */
const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * The URL to hand to the system (`shell.openExternal`), or null. Only a web page over https (with a host and no
 * user name or password in it) and an e-mail address (mailto:) are let out: any other scheme (http, file, smb,
 * javascript, a program's own protocol) could start a program or reach a file on the user's behalf
 * (Electron's security checklist, item 15).
 */
export function safeExternalUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'https:') {
    if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return null;
    return parsed.href;
  }
  if (parsed.protocol === 'mailto:') {
    return parsed.pathname.includes('@') ? parsed.href : null;
  }
  return null;
}

/** Hands a URL to the system's browser or mail program: the Electron shell's `openExternal`. */
export type OpenExternal = (url: string) => Promise<void>;

/**
 * Opens a link outside the app if `safeExternalUrl` lets it out; true when it was handed to the system.
 * A refusal and a failure of the system are logged, never thrown.
 */
export function openExternalSafely(url: unknown, openExternal: OpenExternal, logger?: Logger): boolean {
  const safe = safeExternalUrl(url);
  if (safe === null) {
    logger?.warn(`Refused to open ${String(url).slice(0, 200)} outside the app: only https: and mailto: are opened`);
    return false;
  }
  const failed = (error: unknown) => logger?.error(`The system could not open ${safe}`, error);
  try {
    openExternal(safe).catch(failed);
  } catch (error) {
    failed(error);
  }
  return true;
}
