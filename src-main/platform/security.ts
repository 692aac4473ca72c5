import { pathToFileURL } from 'node:url';
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
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
}

/** The part of Electron's Session that hardening touches. */
export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  readonly webRequest: {
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

/** The app is one page: every navigation elsewhere, every popup and every <webview> is refused. */
export function hardenWebContents(contents: HardenableContents, appEntryUrl: string): void {
  const entry = documentOf(appEntryUrl, false);
  const preventUnlessEntry = (event: NavigationEvent) => {
    if (entry === null || documentOf(event.url, false) !== entry) event.preventDefault();
  };
  contents.on('will-navigate', preventUnlessEntry);
  contents.on('will-redirect', preventUnlessEntry);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** No camera, notifications, geolocation or any other permission; every response carries the CSP. */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
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

export type RendererEntry = { kind: 'file'; path: string; url: string } | { kind: 'url'; url: string };

export interface RendererEntryOptions {
  isPackaged: boolean;
  /** The value of ELECTRON_RENDERER_URL, which `electron-vite dev` sets. */
  devServerUrl: string | undefined;
  indexHtmlPath: string;
}

function isLoopbackHttp(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' && (parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1');
  } catch {
    return false;
  }
}

/** What the window loads: the built page, or in development only, a dev server on this machine. */
export function rendererEntry({ isPackaged, devServerUrl, indexHtmlPath }: RendererEntryOptions): RendererEntry {
  if (!isPackaged && devServerUrl && isLoopbackHttp(devServerUrl)) {
    return { kind: 'url', url: new URL(devServerUrl).href };
  }
  return { kind: 'file', path: indexHtmlPath, url: pathToFileURL(indexHtmlPath).href };
}
