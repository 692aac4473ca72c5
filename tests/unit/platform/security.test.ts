import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../../src-main/platform/app-protocol';
import { documentPagePath } from '../../../src-main/platform/document-page';
import {
  hardenSession,
  hardenWebContents,
  isAllowedRequest,
  isTrustedSender,
  rendererEntry,
  secureWebPreferences,
  type HardenableContents,
  type HardenableSession,
} from '../../../src-main/platform/security';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/platform/security-policy';

const ENTRY = 'app://sodruzhestvo/index.html';
const DOCUMENT_DIR = join(tmpdir(), 'Содружество', 'tmp');

type Listener = (event: { url?: string; preventDefault(): void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      openHandler = handler;
    },
  };
  /** Fires an event as Electron would and tells whether a listener prevented it. */
  const emit = (event: string, url?: string): boolean => {
    const preventDefault = vi.fn();
    for (const listener of listeners.get(event) ?? []) listener({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return {
    contents: contents as HardenableContents,
    emit,
    openWindow: (url = 'https://example.com/') => openHandler?.({ url }),
    listeners,
  };
}

function fakeSession() {
  let requestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null =
    null;
  let checkHandler: (() => boolean) | null = null;
  let requestListener: ((details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void) | null =
    null;
  let headersListener:
    | ((
        details: { responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
      ) => void)
    | null = null;
  const session: HardenableSession = {
    setPermissionRequestHandler: (handler) => void (requestHandler = handler),
    setPermissionCheckHandler: (handler) => void (checkHandler = handler),
    webRequest: {
      onBeforeRequest: (listener) => void (requestListener = listener),
      onHeadersReceived: (listener) => void (headersListener = listener),
    },
  };
  return {
    session,
    requestPermission(permission: string): boolean | undefined {
      let granted: boolean | undefined;
      requestHandler?.({}, permission, (answer) => (granted = answer));
      return granted;
    },
    checkPermission: () => checkHandler?.(),
    /** Whether the session lets a request through. */
    lets(url: string): boolean {
      let answer: { cancel?: boolean } | undefined;
      requestListener?.({ url }, (response) => (answer = response));
      return answer !== undefined && answer.cancel !== true;
    },
    headersFor(responseHeaders: Record<string, string[]>) {
      let answer: { responseHeaders?: Record<string, string | string[]> } | undefined;
      headersListener?.({ responseHeaders }, (response) => (answer = response));
      return answer?.responseHeaders;
    },
  };
}

describe('secureWebPreferences', () => {
  const preferences = secureWebPreferences('/app/out/preload/preload.cjs');

  it('loads the given preload script', () => {
    expect(preferences.preload).toBe('/app/out/preload/preload.cjs');
  });

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
    ['navigateOnDragDrop', false],
    ['spellcheck', false],
    ['devTools', false],
  ] as const)('sets %s to %s', (flag, value) => {
    expect(preferences[flag]).toBe(value);
  });
});

describe('secureWebPreferences, beyond its flags', () => {
  it('opens the developer tools only where asked for', () => {
    expect(secureWebPreferences('/app/out/preload/preload.cjs', { devTools: true }).devTools).toBe(true);
  });

  it('enables no Blink feature and no experimental feature', () => {
    const preferences: Record<string, unknown> = secureWebPreferences('/app/out/preload/preload.cjs');
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
    expect(preferences['experimentalFeatures']).toBe(false);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('never allows eval', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('names no remote origin of any scheme', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
  });

  it('runs the app’s own scripts only', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
  });

  it('denies whatever it does not name', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });
});

describe('hardenWebContents', () => {
  it('denies every window.open', () => {
    const { contents, openWindow } = fakeContents();
    hardenWebContents(contents, ENTRY);
    expect(openWindow()).toEqual({ action: 'deny' });
    expect(openWindow(ENTRY)).toEqual({ action: 'deny' });
  });

  it('opens an https link with target=_blank in the system browser, in place of a window of its own', async () => {
    const { contents, openWindow } = fakeContents();
    const openExternal = vi.fn(() => Promise.resolve());
    hardenWebContents(contents, ENTRY, { openExternal });
    expect(openWindow('https://school.example.ru/partners?id=1')).toEqual({ action: 'deny' });
    expect(openWindow('mailto:director@school.example.ru')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([
      ['https://school.example.ru/partners?id=1'],
      ['mailto:director@school.example.ru'],
    ]);
  });

  it.each([
    'http://school.example.ru/',
    'file:///C:/Windows/System32/calc.exe',
    'smb://server/share/setup.exe',
    'javascript:alert(1)',
    ENTRY,
    'ms-settings:privacy',
  ])('hands no other link to the system: %s', (url) => {
    const { contents, openWindow } = fakeContents();
    const openExternal = vi.fn(() => Promise.resolve());
    const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    hardenWebContents(contents, ENTRY, { openExternal, logger });
    expect(openWindow(url)).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledOnce();
  });

  it('opens nothing from a plain navigation, even to an https page', () => {
    const { contents, emit } = fakeContents();
    const openExternal = vi.fn(() => Promise.resolve());
    hardenWebContents(contents, ENTRY, { openExternal });
    expect(emit('will-navigate', 'https://school.example.ru/')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('prevents navigation to another site', () => {
    const { contents, emit } = fakeContents();
    hardenWebContents(contents, ENTRY);
    expect(emit('will-navigate', 'https://example.com/')).toBe(true);
    expect(emit('will-redirect', 'https://example.com/')).toBe(true);
  });

  it('prevents navigation to a local file, another page of the app or the same page with another query', () => {
    const { contents, emit } = fakeContents();
    hardenWebContents(contents, ENTRY);
    expect(emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(emit('will-navigate', 'file:///opt/sodruzhestvo/out/renderer/index.html')).toBe(true);
    expect(emit('will-navigate', 'app://sodruzhestvo/other.html')).toBe(true);
    expect(emit('will-navigate', 'app://elsewhere/index.html')).toBe(true);
    expect(emit('will-navigate', `${ENTRY}?next=https://example.com`)).toBe(true);
  });

  it('prevents navigation to something that is no URL', () => {
    const { contents, emit } = fakeContents();
    hardenWebContents(contents, ENTRY);
    expect(emit('will-navigate', 'not a url')).toBe(true);
    expect(emit('will-navigate', undefined)).toBe(true);
  });

  it('lets the app’s own page reload, whatever its hash', () => {
    const { contents, emit } = fakeContents();
    hardenWebContents(contents, ENTRY);
    expect(emit('will-navigate', ENTRY)).toBe(false);
    expect(emit('will-navigate', `${ENTRY}#/partners`)).toBe(false);
  });

  it('prevents attaching a <webview>', () => {
    const { contents, emit } = fakeContents();
    hardenWebContents(contents, ENTRY);
    expect(emit('will-attach-webview')).toBe(true);
  });
});

describe('hardenSession', () => {
  it('refuses every permission request', () => {
    const fake = fakeSession();
    hardenSession(fake.session);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      expect(fake.requestPermission(permission)).toBe(false);
    }
  });

  it('answers every permission check with no', () => {
    const fake = fakeSession();
    hardenSession(fake.session);
    expect(fake.checkPermission()).toBe(false);
  });

  it('lets no request leave for the network', () => {
    const fake = fakeSession();
    hardenSession(fake.session);
    for (const url of [
      'https://fonts.googleapis.com/css2?family=PT+Serif',
      'http://127.0.0.1:5173/',
      'ws://localhost:5173/',
      'wss://example.com/socket',
      'ftp://example.com/file',
    ]) {
      expect(fake.lets(url)).toBe(false);
    }
  });

  it('lets the app’s own files and data: through', () => {
    const fake = fakeSession();
    hardenSession(fake.session);
    expect(fake.lets(`${ENTRY}`)).toBe(true);
    expect(fake.lets('app://sodruzhestvo/assets/index.js')).toBe(true);
    expect(fake.lets('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(fake.lets('data:font/woff2;base64,d09GMgABAAAAA')).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'file:///C:/Windows/System32/calc.exe',
    'file://server/share/setup.exe',
    'file:///opt/sodruzhestvo/resources/app.asar/out/renderer/index.html',
    'app://elsewhere/index.html',
    'blob:app://sodruzhestvo/1b7c6e0a-0000-4000-8000-000000000000',
    'blob:https://example.com/1b7c6e0a-0000-4000-8000-000000000000',
    'blob:file:///1b7c6e0a-0000-4000-8000-000000000000',
    'devtools://devtools/bundled/inspector.html',
    'chrome://settings/',
    'chrome-extension://abcdefghijklmnop/page.html',
    'javascript:alert(1)',
    'smb://server/share/setup.exe',
    'ms-settings:privacy',
    'mailto:director@school.example.ru',
    'about:srcdoc',
  ])('refuses what the app never loads: %s', (url) => {
    const fake = fakeSession();
    hardenSession(fake.session, { documentDir: DOCUMENT_DIR });
    expect(fake.lets(url)).toBe(false);
  });

  it('lets the page of a document being printed through, and no other file of its folder or elsewhere', () => {
    const fake = fakeSession();
    hardenSession(fake.session, { documentDir: DOCUMENT_DIR });
    const page = pathToFileURL(documentPagePath(DOCUMENT_DIR)).href;
    expect(fake.lets(page)).toBe(true);
    expect(fake.lets(`${page}?x=1`)).toBe(false);
    expect(fake.lets(pathToFileURL(join(DOCUMENT_DIR, 'evil.html')).href)).toBe(false);
    expect(fake.lets(pathToFileURL(join(DOCUMENT_DIR, 'sub', 'document-0123456789abcdef.html')).href)).toBe(false);
    expect(fake.lets(pathToFileURL(join(DOCUMENT_DIR, '..', 'document-0123456789abcdef.html')).href)).toBe(false);
    // Without a folder for documents, no file at all.
    const strict = fakeSession();
    hardenSession(strict.session);
    expect(strict.lets(page)).toBe(false);
  });

  it('lets the developer tools’ pages through in a development build only', () => {
    const development = fakeSession();
    hardenSession(development.session, { devTools: true });
    expect(development.lets('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(development.lets('file:///etc/passwd')).toBe(false);
  });

  it('lets the dev server and its hot-reload socket through in development, and nothing else', () => {
    const fake = fakeSession();
    hardenSession(fake.session, { devServerOrigin: 'http://localhost:5173/' });
    expect(fake.lets('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(fake.lets('ws://localhost:5173/')).toBe(true);
    expect(fake.lets('http://localhost:5174/')).toBe(false);
    expect(fake.lets('https://example.com/')).toBe(false);
  });

  it('adds the Content-Security-Policy header and keeps the other headers', () => {
    const fake = fakeSession();
    hardenSession(fake.session);
    expect(fake.headersFor({ 'Content-Type': ['text/html'] })).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });
});

describe('isAllowedRequest', () => {
  it('refuses a URL it cannot read', () => {
    expect(isAllowedRequest('not a url')).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts the app’s own top-level page, whatever its hash or query', () => {
    expect(isTrustedSender({ frameUrl: ENTRY, isTopFrame: true }, ENTRY)).toBe(true);
    expect(isTrustedSender({ frameUrl: `${ENTRY}#/partners/3`, isTopFrame: true }, ENTRY)).toBe(true);
    expect(isTrustedSender({ frameUrl: `${ENTRY}?tab=1`, isTopFrame: true }, ENTRY)).toBe(true);
  });

  it('trusts the page when Chromium and Node escape its path differently', () => {
    expect(isTrustedSender({ frameUrl: 'app://sodruzhestvo/index%2Ehtml', isTopFrame: true }, ENTRY)).toBe(true);
  });

  it('rejects a subframe of the app’s own page', () => {
    expect(isTrustedSender({ frameUrl: ENTRY, isTopFrame: false }, ENTRY)).toBe(false);
  });

  it('rejects a file URL, even of the built page itself, and another page or host of app://', () => {
    expect(isTrustedSender({ frameUrl: 'file:///tmp/evil.html', isTopFrame: true }, ENTRY)).toBe(false);
    expect(
      isTrustedSender({ frameUrl: 'file:///opt/sodruzhestvo/out/renderer/index.html', isTopFrame: true }, ENTRY),
    ).toBe(false);
    expect(isTrustedSender({ frameUrl: 'app://sodruzhestvo/other.html', isTopFrame: true }, ENTRY)).toBe(false);
    expect(isTrustedSender({ frameUrl: 'app://evil/index.html', isTopFrame: true }, ENTRY)).toBe(false);
  });

  it('rejects an https origin', () => {
    expect(isTrustedSender({ frameUrl: 'https://example.com/index.html', isTopFrame: true }, ENTRY)).toBe(false);
  });

  it('rejects a missing frame or frame URL', () => {
    expect(isTrustedSender(null, ENTRY)).toBe(false);
    expect(isTrustedSender(undefined, ENTRY)).toBe(false);
    expect(isTrustedSender({ frameUrl: null, isTopFrame: true }, ENTRY)).toBe(false);
    expect(isTrustedSender({ frameUrl: '', isTopFrame: true }, ENTRY)).toBe(false);
  });

  it('trusts the dev server’s page in development but not one on another port', () => {
    expect(
      isTrustedSender({ frameUrl: 'http://localhost:5173/#/plan', isTopFrame: true }, 'http://localhost:5173'),
    ).toBe(true);
    expect(isTrustedSender({ frameUrl: 'http://localhost:5174/', isTopFrame: true }, 'http://localhost:5173/')).toBe(
      false,
    );
  });
});

describe('rendererEntry', () => {
  it('loads the built page from app://sodruzhestvo/index.html when packaged, even if a dev server is named', () => {
    expect(rendererEntry({ isPackaged: true, devServerUrl: 'http://localhost:5173' })).toEqual({
      kind: 'app',
      url: APP_ENTRY_URL,
    });
    expect(APP_ENTRY_URL).toBe('app://sodruzhestvo/index.html');
  });

  it('loads the built page in development when no dev server is named', () => {
    expect(rendererEntry({ isPackaged: false, devServerUrl: undefined })).toEqual({ kind: 'app', url: ENTRY });
    expect(rendererEntry({ isPackaged: false, devServerUrl: '' })).toEqual({ kind: 'app', url: ENTRY });
  });

  it('never loads a file:// URL', () => {
    for (const isPackaged of [true, false]) {
      for (const devServerUrl of [undefined, 'file:///tmp/x.html', 'http://localhost:5173']) {
        expect(rendererEntry({ isPackaged, devServerUrl }).url).not.toMatch(/^file:/);
      }
    }
  });

  it('loads a dev server on localhost or 127.0.0.1 in development', () => {
    expect(rendererEntry({ isPackaged: false, devServerUrl: 'http://localhost:5173' })).toEqual({
      kind: 'url',
      url: 'http://localhost:5173/',
    });
    expect(rendererEntry({ isPackaged: false, devServerUrl: 'http://127.0.0.1:5173/' })).toEqual({
      kind: 'url',
      url: 'http://127.0.0.1:5173/',
    });
  });

  it.each([
    'https://example.com',
    'http://192.168.1.5:5173',
    'http://localhost.example.com:5173',
    'file:///tmp/x.html',
    'nonsense',
  ])('ignores the dev server URL %s, which is not http on this machine', (devServerUrl) => {
    expect(rendererEntry({ isPackaged: false, devServerUrl })).toMatchObject({ kind: 'app' });
  });
});
