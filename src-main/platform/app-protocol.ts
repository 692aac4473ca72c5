import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { errorCode, type Logger } from '../errors';
import { CONTENT_SECURITY_POLICY } from './security-policy';

/**
 * The app's own pages are served from `app://sodruzhestvo/…` rather than `file://`: a standard, secure origin
 * of their own, which reaches nothing but the built renderer (Electron's security checklist, item 18).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'sodruzhestvo';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Registered before the app is ready. Standard (relative URLs, its own origin, web storage), secure (like https),
 * readable by fetch. Deliberately not `bypassCSP` and not `corsEnabled`: the CSP applies, and no other origin
 * may read the app's files.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

type PathApi = Pick<typeof path, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

/** Windows opens a device, not a file, for these names whatever the extension. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d|conin\$|conout\$)(\..*)?$/i;

/**
 * One decoded path segment that names a file or folder below the current one, and nothing else. A name ending in a
 * dot or a space is refused too: Windows drops those characters, so «.. » would climb like «..».
 */
function isPlainSegment(segment: string): boolean {
  return (
    segment !== '' &&
    !/[. ]$/.test(segment) &&
    !/[/\\:*?"<>|]/.test(segment) &&
    ![...segment].some((char) => (char.codePointAt(0) ?? 0) < 0x20 || char === '\u007f') &&
    !WINDOWS_DEVICE.test(segment)
  );
}

/**
 * The file an `app://sodruzhestvo/…` URL names inside `rootDir`, or null when it names anything else: another
 * scheme or host, a path that climbs out (`..`, `%2e%2e`, `%2f`, backslashes, drive letters, absolute paths), a
 * NUL, an undecodable escape. The query and fragment are ignored. `paths` is Node's path module (win32 or posix
 * in tests); the answer is proven to lie below `rootDir`.
 */
export function resolveAppPath(rootDir: string, url: string, paths: PathApi = path): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;

  const raw = parsed.pathname === '/' || parsed.pathname === '' ? '/index.html' : parsed.pathname;
  if (!raw.startsWith('/')) return null;
  const segments: string[] = [];
  for (const encoded of raw.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return null;
    }
    if (!isPlainSegment(segment)) return null;
    segments.push(segment);
  }

  const root = paths.resolve(rootDir);
  const target = paths.resolve(root, ...segments);
  const relative = paths.relative(root, target);
  if (relative === '' || paths.isAbsolute(relative) || relative === '..' || relative.startsWith(`..${paths.sep}`)) {
    return null;
  }
  return target.startsWith(root.endsWith(paths.sep) ? root : `${root}${paths.sep}`) ? target : null;
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** The Content-Type a file of the built renderer is served with; unknown kinds are plain bytes. */
export function mimeTypeOf(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface AppProtocolRequest {
  readonly url: string;
  readonly method?: string;
}

export interface AppProtocolOptions {
  /** The built renderer: out/renderer. */
  rootDir: string;
  logger?: Logger;
  /** Reads a file; Node's by default (Electron's, inside the ASAR archive). */
  read?: (file: string) => Promise<Uint8Array>;
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

function isMissing(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

/**
 * The handler for `protocol.handle('app', …)`: a file of the built renderer with its MIME type and the
 * Content-Security-Policy header, 404 for anything outside it, 405 for anything but GET and HEAD.
 */
export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: AppProtocolRequest) => Promise<Response> {
  const read = options.read ?? ((file: string) => readFile(file));
  return async (request) => {
    const method = (request.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') return plainResponse(405, 'Method Not Allowed');
    const file = resolveAppPath(options.rootDir, request.url);
    if (file === null) {
      options.logger?.warn(`app:// refused ${request.url}: it names no file of the app`);
      return plainResponse(404, 'Not Found');
    }
    let bytes: Uint8Array;
    try {
      bytes = await read(file);
    } catch (error) {
      if (isMissing(error)) return plainResponse(404, 'Not Found');
      options.logger?.error(`app:// could not read ${file}`, error);
      return plainResponse(500, 'Internal Server Error');
    }
    return new Response(method === 'HEAD' ? null : new Uint8Array(bytes), {
      status: 200,
      headers: {
        'Content-Type': mimeTypeOf(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  };
}
