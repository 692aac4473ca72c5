import type { Logger } from '../errors';
import { APP_ENTRY_URL, APP_HOST, APP_SCHEME } from './app-protocol';
import { isDocumentPage } from './document-page';
import { openExternalSafely, type OpenExternal } from './external-links';
import { CONTENT_SECURITY_POLICY } from './security-policy';

/**
 * The renderer is a web page with no Node, in Chromium's sandbox, isolated from its preload. The developer tools
 * open only where asked for: in a development build's main window.
 */
export function secureWebPreferences(preloadPath: string, { devTools = false }: { devTools?: boolean } = {}) {
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
    devTools,
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

export interface RequestAllowance {
  /** In development only: the origin of `electron-vite dev`'s server, the one network address the page may reach. */
  devServerOrigin?: string | null;
  /** Where the pages of documents being printed are written (`documentPagePath`): their `file:` URLs load. */
  documentDir?: string | null;
  /** A development build: the developer tools' own pages (`devtools:`) load too. */
  devTools?: boolean;
}

function isDevServerRequest(url: URL, devServerOrigin: string): boolean {
  const origin = new URL(devServerOrigin);
  // The dev server's hot reload speaks WebSocket on the same host and port.
  const sameHost = url.hostname === origin.hostname && url.port === origin.port;
  return sameHost && (url.protocol === origin.protocol || url.protocol === 'ws:');
}

/**
 * Whether the app may load a URL: an allow-list of what it uses, everything else (the network, any other file,
 * another app:// host, `blob:`, which the built page never makes, a scheme handed to another program) refused.
 * - `app://sodruzhestvo/…`: the built page, its scripts, styles, fonts and pictures;
 * - `data:`: the fonts inlined into printed documents (and any picture inlined into a page);
 * - `file:` of a document's page while it is printed or saved to PDF (`options.documentDir`);
 * - in development only, the dev server on this machine and the developer tools.
 */
export function isAllowedRequest(url: string, options: RequestAllowance = {}): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  switch (parsed.protocol) {
    case `${APP_SCHEME}:`:
      return parsed.host === APP_HOST;
    case 'data:':
      return true;
    case 'file:':
      return options.documentDir != null && isDocumentPage(parsed, options.documentDir);
    case 'devtools:':
      return options.devTools === true;
    default:
      return options.devServerOrigin != null && isDevServerRequest(parsed, options.devServerOrigin);
  }
}

export type HardenSessionOptions = RequestAllowance & { logger?: Logger };

/**
 * No camera, notifications, geolocation or any other permission (nor handing a link to another program); no
 * request but those `isAllowedRequest` lists; every response carries the CSP.
 */
export function hardenSession(session: HardenableSession, options: HardenSessionOptions = {}): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, options);
    if (!allowed) options.logger?.warn(`Blocked a request the app does not make: ${details.url.slice(0, 200)}`);
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
