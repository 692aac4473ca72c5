import type { Logger } from '../errors';
import { APP_ENTRY_URL } from './app-protocol';
import { openExternalSafely, type OpenExternal } from './external-links';
import { CONTENT_SECURITY_POLICY } from './security-policy';

/** The renderer is a web page with no Node, in Chromium's sandbox, isolated from its preload. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  } as const;
}

interface PreventableEvent {
  preventDefault(): void;
}

interface NavigationEvent extends PreventableEvent {
  readonly url: string;
}

/** The part of Electron's WebContents that hardening touches. */
export interface HardenableContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** The part of Electron's Session that hardening touches. */
export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  readonly webRequest: {
    onBeforeRequest(
      listener: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void,
    ): void;
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
      ) => void,
    ): void;
  };
}

/** The document a URL names, ignoring its fragment (and, if asked, its query), or null if it is no URL. */
function documentOf(url: string | null | undefined, ignoreQuery: boolean): string | null {
  if (typeof url !== 'string' || url === '') return null;
  try {
    const parsed = new URL(url);
    // Chromium and Node may escape different characters of the same path (Cyrillic folders on Windows).
    const path = decodeURIComponent(parsed.pathname);
    return `${parsed.protocol}//${parsed.host}${path}${ignoreQuery ? '' : parsed.search}`;
  } catch {
    return null;
  }
}

export interface HardenOptions {
  /** Opens an https: or mailto: link in the system's browser or mail program (Electron's `shell.openExternal`). */
  openExternal?: OpenExternal;
  logger?: Logger;
}

/**
 * The app is one page: every navigation elsewhere, every popup and every <webview> is refused. A link that asks
 * for a new window (target=_blank) is handed to the system instead, if it is https: or mailto:.
 */
export function hardenWebContents(
  contents: HardenableContents,
  appEntryUrl: string,
  options: HardenOptions = {},
): void {
  const entry = documentOf(appEntryUrl, false);
  const preventUnlessEntry = (event: NavigationEvent) => {
    if (entry === null || documentOf(event.url, false) !== entry) event.preventDefault();
  };
  contents.on('will-navigate', preventUnlessEntry);
  contents.on('will-redirect', preventUnlessEntry);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (options.openExternal) openExternalSafely(url, options.openExternal, options.logger);
    return { action: 'deny' };
  });
}

const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/**
 * Whether a request may leave for the network: never, except, in development, to the dev server on this machine
 * (`devServerOrigin`). The app's own files come from app://, documents and pictures from data: and blob:.
 */
export function isAllowedRequest(url: string, devServerOrigin: string | null = null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!NETWORK_SCHEMES.has(parsed.protocol)) return true;
  if (devServerOrigin === null) return false;
  const origin = new URL(devServerOrigin);
  // The dev server's hot reload speaks WebSocket on the same host and port.
  const sameHost = parsed.hostname === origin.hostname && parsed.port === origin.port;
  return sameHost && (parsed.protocol === origin.protocol || parsed.protocol === 'ws:');
}

export interface HardenSessionOptions {
  /** In development only: the origin of `electron-vite dev`'s server, the one network address the page may reach. */
  devServerOrigin?: string | null;
  logger?: Logger;
}

/**
 * No camera, notifications, geolocation or any other permission (nor handing a link to another program); no
 * request to the network; every response carries the CSP.
 */
export function hardenSession(session: HardenableSession, options: HardenSessionOptions = {}): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, options.devServerOrigin ?? null);
    if (!allowed) options.logger?.warn(`Blocked a request to the network: ${details.url.slice(0, 200)}`);
    callback(allowed ? {} : { cancel: true });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

export interface SenderFrame {
  frameUrl: string | null | undefined;
  isTopFrame: boolean;
}

/** Only the app's own page, in its top-level frame, may call the store. */
export function isTrustedSender(sender: SenderFrame | null | undefined, appEntryUrl: string): boolean {
  if (!sender || sender.isTopFrame !== true) return false;
  const entry = documentOf(appEntryUrl, true);
  return entry !== null && documentOf(sender.frameUrl, true) === entry;
}

export type RendererEntry = { kind: 'app'; url: string } | { kind: 'url'; url: string };

export interface RendererEntryOptions {
  isPackaged: boolean;
  /** The value of ELECTRON_RENDERER_URL, which `electron-vite dev` sets. */
  devServerUrl: string | undefined;
}

function isLoopbackHttp(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' && (parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1');
  } catch {
    return false;
  }
}

/**
 * What the window loads: the built page from `app://sodruzhestvo/index.html`, or, in development only
 * (`electron-vite dev`, never in an installed app), the dev server on this machine.
 */
export function rendererEntry({ isPackaged, devServerUrl }: RendererEntryOptions): RendererEntry {
  if (!isPackaged && devServerUrl && isLoopbackHttp(devServerUrl)) {
    return { kind: 'url', url: new URL(devServerUrl).href };
  }
  return { kind: 'app', url: APP_ENTRY_URL };
}
