import { fc, test } from '@fast-check/vitest';
import { describe, expect, it, vi } from 'vitest';
import { openExternalSafely, safeExternalUrl } from '../../../src-main/platform/external-links';

vi.mock('electron', () => {
  throw new Error('The real electron package must not be imported in unit tests');
});

describe('safeExternalUrl', () => {
  it.each([
    ['https://school.example.ru/', 'https://school.example.ru/'],
    ['https://кремль.рф/путь?q=1#x', 'https://кремль.рф/путь?q=1#x'],
    ['HTTPS://Example.COM', 'https://example.com/'],
    ['mailto:director@school.example.ru', 'mailto:director@school.example.ru'],
    ['mailto:director@school.example.ru?subject=Договор', 'mailto:director@school.example.ru?subject=Договор'],
  ])('lets %s out', (url, expected) => {
    expect(safeExternalUrl(url)).toBe(new URL(expected).href);
  });

  it.each([
    ['plain http', 'http://school.example.ru/'],
    ['a local file', 'file:///C:/Windows/System32/calc.exe'],
    ['a network share', 'smb://server/share/setup.exe'],
    ['a UNC path', '\\\\server\\share\\setup.exe'],
    ['script', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['the app itself', 'app://sodruzhestvo/index.html'],
    ['a program’s own protocol', 'ms-settings:privacy'],
    ['a search protocol', 'search-ms:query=calc'],
    ['a user name and password', 'https://user:secret@example.com/'],
    ['a mailto without an address', 'mailto:?subject=x'],
    ['no URL', 'example.com'],
    ['an empty string', ''],
    ['something not a string', 42],
    ['an overlong link', `https://example.com/${'a'.repeat(3000)}`],
  ])('refuses %s', (_what, url) => {
    expect(safeExternalUrl(url)).toBeNull();
  });

  test.prop([fc.webUrl({ validSchemes: ['http', 'ftp', 'file', 'smb', 'javascript', 'ms-settings'] })])(
    'lets out no URL of any scheme but https and mailto',
    (url) => {
      expect(safeExternalUrl(url)).toBeNull();
    },
  );

  test.prop([fc.string({ maxLength: 200 })])('answers null, or an https: or mailto: URL, for any text', (text) => {
    const safe = safeExternalUrl(text);
    if (safe !== null) expect(new URL(safe).protocol).toMatch(/^(https|mailto):$/);
  });
});

describe('openExternalSafely', () => {
  it('hands a safe link to the system', async () => {
    const openExternal = vi.fn(() => Promise.resolve());
    expect(openExternalSafely('https://example.com/', openExternal)).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('refuses and logs any other link without asking the system', () => {
    const openExternal = vi.fn(() => Promise.resolve());
    const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    expect(openExternalSafely('file:///etc/passwd', openExternal, logger)).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('file:///etc/passwd'));
  });

  it('logs, rather than throws, when the system cannot open the link', async () => {
    const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    expect(openExternalSafely('https://example.com/', () => Promise.reject(new Error('no browser')), logger)).toBe(
      true,
    );
    await vi.waitFor(() => expect(logger.error).toHaveBeenCalledOnce());
    expect(
      openExternalSafely(
        'https://example.com/',
        () => {
          throw new Error('shell unavailable');
        },
        logger,
      ),
    ).toBe(true);
    expect(logger.error).toHaveBeenCalledTimes(2);
  });
});
