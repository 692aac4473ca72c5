import { fc, test } from '@fast-check/vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  mimeTypeOf,
  resolveAppPath,
} from '../../../src-main/platform/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/platform/security-policy';

vi.mock('electron', () => {
  throw new Error('The real electron package must not be imported in unit tests');
});

const POSIX_ROOT = '/opt/Содружество/resources/app.asar/out/renderer';
const WIN_ROOT = 'C:\\Program Files\\Содружество\\resources\\app.asar\\out\\renderer';

describe('APP_SCHEME_PRIVILEGES', () => {
  it('makes app:// a standard, secure scheme that fetch can read', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });

  it('neither bypasses the CSP nor opens the files to other origins', () => {
    const privileges: Record<string, unknown> = APP_SCHEME_PRIVILEGES.privileges;
    expect(privileges['bypassCSP']).toBeUndefined();
    expect(privileges['corsEnabled']).toBeUndefined();
    expect(privileges['allowServiceWorkers']).toBeUndefined();
  });
});

describe('resolveAppPath', () => {
  it('finds the entry page and the built assets inside the renderer folder', () => {
    expect(resolveAppPath(POSIX_ROOT, APP_ENTRY_URL, path.posix)).toBe(`${POSIX_ROOT}/index.html`);
    expect(resolveAppPath(POSIX_ROOT, 'app://sodruzhestvo/assets/index-4f2a.js', path.posix)).toBe(
      `${POSIX_ROOT}/assets/index-4f2a.js`,
    );
    expect(resolveAppPath(WIN_ROOT, 'app://sodruzhestvo/assets/pt-serif-cyrillic.woff2', path.win32)).toBe(
      `${WIN_ROOT}\\assets\\pt-serif-cyrillic.woff2`,
    );
  });

  it('reads the root as the entry page', () => {
    expect(resolveAppPath(POSIX_ROOT, 'app://sodruzhestvo/', path.posix)).toBe(`${POSIX_ROOT}/index.html`);
    expect(resolveAppPath(POSIX_ROOT, 'app://sodruzhestvo', path.posix)).toBe(`${POSIX_ROOT}/index.html`);
  });

  it('ignores the query and the fragment', () => {
    expect(resolveAppPath(POSIX_ROOT, `${APP_ENTRY_URL}?tab=1#/partners/3`, path.posix)).toBe(
      `${POSIX_ROOT}/index.html`,
    );
    expect(resolveAppPath(POSIX_ROOT, 'app://sodruzhestvo/index.html?../../secret#../..', path.posix)).toBe(
      `${POSIX_ROOT}/index.html`,
    );
  });

  it('decodes escaped names, Cyrillic included', () => {
    expect(resolveAppPath(POSIX_ROOT, 'app://sodruzhestvo/assets/%D0%B3%D0%B5%D1%80%D0%B1.svg', path.posix)).toBe(
      `${POSIX_ROOT}/assets/герб.svg`,
    );
  });

  it.each([
    ['a parent folder', 'app://sodruzhestvo/../secret.txt', 'secret.txt'],
    ['a parent folder below a real one', 'app://sodruzhestvo/assets/../../secret.txt', 'secret.txt'],
    ['an escaped parent folder', 'app://sodruzhestvo/%2e%2e/secret.txt', 'secret.txt'],
    ['an upper-case escaped parent folder', 'app://sodruzhestvo/%2E%2E/%2E%2E/etc/passwd', 'etc/passwd'],
    ['a parent folder inside the root', 'app://sodruzhestvo/assets/../index.html', 'index.html'],
  ])('reads %s as the URL standard does, never above the root', (_what, url, inside) => {
    expect(resolveAppPath(POSIX_ROOT, url, path.posix)).toBe(path.posix.join(POSIX_ROOT, inside));
    expect(resolveAppPath(WIN_ROOT, url, path.win32)).toBe(path.win32.join(WIN_ROOT, inside));
  });

  it.each([
    ['an escaped slash', 'app://sodruzhestvo/..%2f..%2fetc%2fpasswd'],
    ['an escaped slash inside a name', 'app://sodruzhestvo/assets%2findex.js'],
    ['backslashes', 'app://sodruzhestvo/..\\..\\Windows\\win.ini'],
    ['an escaped backslash', 'app://sodruzhestvo/..%5c..%5cWindows%5cwin.ini'],
    ['a drive letter', 'app://sodruzhestvo/C:/Windows/win.ini'],
    ['an escaped absolute path', 'app://sodruzhestvo/%2fetc%2fpasswd'],
    ['a doubled slash', 'app://sodruzhestvo//etc/passwd'],
    ['a NUL', 'app://sodruzhestvo/index.html%00.png'],
    ['a control character', 'app://sodruzhestvo/index%0a.html'],
    ['a broken escape', 'app://sodruzhestvo/%E0%A4%A'],
    ['a name ending in a dot', 'app://sodruzhestvo/index.html.'],
    ['dots and a space that Windows reads as a parent', 'app://sodruzhestvo/..%20/secret.txt'],
    ['a Windows device', 'app://sodruzhestvo/CON'],
    ['a Windows device with an extension', 'app://sodruzhestvo/assets/nul.txt'],
    ['an alternate data stream', 'app://sodruzhestvo/index.html:secret'],
    ['another host', 'app://evil/index.html'],
    ['a port', 'app://sodruzhestvo:8080/index.html'],
    ['a user name', 'app://user@sodruzhestvo/index.html'],
    ['another scheme', 'file:///opt/Содружество/resources/app.asar/out/renderer/index.html'],
    ['https', 'https://sodruzhestvo/index.html'],
    ['no URL at all', 'index.html'],
  ])('refuses %s', (_what, url) => {
    expect(resolveAppPath(POSIX_ROOT, url, path.posix)).toBeNull();
    expect(resolveAppPath(WIN_ROOT, url, path.win32)).toBeNull();
  });

  /** Path pieces an attacker would combine: climbing, escapes, separators, drives, NULs, devices. */
  const piece = fc.oneof(
    fc.constantFrom(
      '..',
      '.',
      '%2e',
      '%2E%2e',
      '%2f',
      '%5c',
      '\\',
      '/',
      '//',
      'C:',
      'c%3a',
      '%00',
      '%',
      '%C0%AF',
      'CON',
      ' ',
      '%20',
      '?',
      '#',
      'assets',
      'index.html',
      'secret.txt',
      '~',
      'Содружество',
      'app.asar',
    ),
    fc.string({ maxLength: 6 }),
  );
  const attack = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

  test.prop([attack])('answers null or a path strictly inside the root (POSIX)', (tail) => {
    const found = resolveAppPath(POSIX_ROOT, `app://sodruzhestvo/${tail}`, path.posix);
    if (found !== null) {
      expect(found.startsWith(`${POSIX_ROOT}/`)).toBe(true);
      expect(path.posix.relative(POSIX_ROOT, found).split('/')).not.toContain('..');
    }
  });

  test.prop([attack])('answers null or a path strictly inside the root (Windows)', (tail) => {
    const found = resolveAppPath(WIN_ROOT, `app://sodruzhestvo/${tail}`, path.win32);
    if (found !== null) {
      expect(found.startsWith(`${WIN_ROOT}\\`)).toBe(true);
      expect(path.win32.relative(WIN_ROOT, found).split('\\')).not.toContain('..');
      expect(found.slice(2)).not.toContain(':');
    }
  });

  const safeName = fc
    .stringMatching(/^[A-Za-z0-9_-]{1,12}(\.[a-z0-9]{1,5})?$/)
    .filter((name) => !/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(name));
  test.prop([fc.array(safeName, { minLength: 1, maxLength: 5 })])(
    'finds every plain file below the root where it lies',
    (segments) => {
      const url = `app://sodruzhestvo/${segments.map(encodeURIComponent).join('/')}`;
      expect(resolveAppPath(POSIX_ROOT, url, path.posix)).toBe(path.posix.join(POSIX_ROOT, ...segments));
      expect(resolveAppPath(WIN_ROOT, url, path.win32)).toBe(path.win32.join(WIN_ROOT, ...segments));
    },
  );
});

describe('mimeTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-4f2a.js', 'text/javascript; charset=utf-8'],
    ['assets/index-4f2a.css', 'text/css; charset=utf-8'],
    ['favicon.svg', 'image/svg+xml'],
    ['assets/pt-serif-cyrillic-400-normal.woff2', 'font/woff2'],
    ['assets/pt-serif-cyrillic-400-normal.woff', 'font/woff'],
    ['icon.PNG', 'image/png'],
    ['data.json', 'application/json; charset=utf-8'],
    ['unknown.bin', 'application/octet-stream'],
    ['README', 'application/octet-stream'],
  ])('serves %s as %s', (file, type) => {
    expect(mimeTypeOf(file)).toBe(type);
  });
});

describe('the app:// handler', () => {
  let base: string;
  let root: string;

  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'sodruzhestvo-protocol-'));
    root = join(base, 'out', 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Содружество</title>');
    writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1);');
    writeFileSync(join(root, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
    writeFileSync(join(base, 'out', 'secret.txt'), 'not for the page');
    writeFileSync(join(base, 'sodruzhestvo.sqlite3'), 'SQLite format 3');
  });

  afterAll(() => {
    rmSync(base, { recursive: true, force: true });
  });

  it('serves the entry page with its MIME type and the Content-Security-Policy header', async () => {
    const response = await createAppProtocolHandler({ rootDir: root })({ url: APP_ENTRY_URL, method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.text()).toBe('<!doctype html><title>Содружество</title>');
  });

  it('serves scripts and fonts byte for byte', async () => {
    const handle = createAppProtocolHandler({ rootDir: root });
    const script = await handle({ url: 'app://sodruzhestvo/assets/index.js' });
    expect(script.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1);');
    const font = await handle({ url: 'app://sodruzhestvo/assets/font.woff2' });
    expect(font.headers.get('Content-Type')).toBe('font/woff2');
    expect(new Uint8Array(await font.arrayBuffer())).toEqual(new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  });

  it.each([
    'app://sodruzhestvo/../secret.txt',
    'app://sodruzhestvo/%2e%2e/secret.txt',
    'app://sodruzhestvo/..%2f..%2fsodruzhestvo.sqlite3',
    'app://sodruzhestvo/assets/..\\..\\secret.txt',
    'app://sodruzhestvo/missing.js',
    'app://sodruzhestvo/assets',
    'app://other/index.html',
  ])('answers 404 for %s', async (url) => {
    const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const response = await createAppProtocolHandler({ rootDir: root, logger })({ url });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('not for the page');
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('answers 405 to anything but GET and HEAD, and HEAD without a body', async () => {
    const handle = createAppProtocolHandler({ rootDir: root });
    expect((await handle({ url: APP_ENTRY_URL, method: 'POST' })).status).toBe(405);
    const head = await handle({ url: APP_ENTRY_URL, method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers 500 and logs when a file cannot be read for another reason', async () => {
    const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const read = () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' }));
    const response = await createAppProtocolHandler({ rootDir: root, logger, read })({ url: APP_ENTRY_URL });
    expect(response.status).toBe(500);
    expect(logger.error).toHaveBeenCalledOnce();
  });
});
