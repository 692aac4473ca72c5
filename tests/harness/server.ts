import Conf from 'conf';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AppCore } from '../../src-main/app-core';
import type { Logger } from '../../src-main/errors';
import { CONTENT_SECURITY_POLICY } from '../../src-main/platform/security-policy';
import { SETTINGS_FILE_NAME } from '../../src-main/settings/settings-file';
import { openCore, systemClock } from '../kit/core';
import { quietLogger } from '../kit/stand-ins';
import { createHarnessDocumentOutput } from './document-output';

/** The worker thread's entry that `electron-vite build` writes beside main.js. */
const BUILT_WORKER = join(import.meta.dirname, '../../out/main/worker.js');

/**
 * The test harness: serves the built renderer and the app's own dispatcher on one loopback origin,
 * and gives the page a `window.api` that speaks HTTP. Only the Electron shell differs from the app.
 * Test infrastructure: never shipped, bound to 127.0.0.1 only.
 */

const API_PATH = '/__harness/invoke';
const BRIDGE_PATH = '/__harness/bridge.js';
const MAX_BODY = 64 * 1024 * 1024;

const BRIDGE_SCRIPT = `window.api = Object.freeze({
  invoke(channel, input) {
    return fetch(${JSON.stringify(API_PATH)}, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channel, input }),
    }).then((r) => r.json());
  },
});`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

export interface HarnessOptions {
  dataDir: string;
  port?: number;
  rendererDir?: string;
  logger?: Logger;
}

export interface Harness {
  url: string;
  core: AppCore;
  /** Every stored file the app asked the system viewer to open, in order. */
  openedFiles: readonly string[];
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'content-security-policy': CONTENT_SECURITY_POLICY,
  });
  res.end(body);
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const rendererDir = resolve(options.rendererDir ?? join(import.meta.dirname, '../../out/renderer'));
  const logger = options.logger ?? quietLogger;
  const settingsFile = new Conf<Record<string, unknown>>({
    cwd: options.dataDir,
    configName: SETTINGS_FILE_NAME,
    projectName: 'sodruzhestvo',
  });
  // The person at the screen lives on today's date, not the unit tests' fixed day.
  const core = await openCore(options.dataDir, {
    settingsFile,
    logger,
    output: createHarnessDocumentOutput(options.dataDir),
    now: systemClock,
    // The app's own worker bundle, built with the renderer: heavy jobs run in a worker thread as in Electron.
    workerEntry: existsSync(BUILT_WORKER) ? pathToFileURL(BUILT_WORKER) : null,
  });

  async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
    const relative = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname)).replace(
      /^([/\\])+/,
      '',
    );
    const file = resolve(rendererDir, relative);
    if (file !== rendererDir && !file.startsWith(rendererDir + sep)) return send(res, 403, 'text/plain', 'forbidden');
    try {
      let body: Buffer | string = await readFile(file);
      if (file.endsWith('index.html')) {
        body = body.toString('utf8').replace('<head>', `<head><script src="${BRIDGE_PATH}"></script>`);
      }
      send(res, 200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body);
    } catch {
      send(res, 404, 'text/plain', 'not found');
    }
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const handle = async () => {
      if (req.method === 'POST' && url.pathname === API_PATH) {
        let payload: { channel?: unknown; input?: unknown };
        try {
          payload = JSON.parse(await readBody(req)) as typeof payload;
        } catch {
          return send(
            res,
            400,
            'application/json',
            JSON.stringify({ ok: false, error: { code: 'invalid_input', message: 'Некорректный запрос.' } }),
          );
        }
        const envelope = await core.dispatch(payload?.channel, payload?.input);
        return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(envelope));
      }
      if (req.method === 'GET' && url.pathname === BRIDGE_PATH)
        return send(res, 200, CONTENT_TYPES['.js'] ?? '', BRIDGE_SCRIPT);
      if (req.method === 'GET') return serveStatic(url.pathname, res);
      send(res, 405, 'text/plain', 'method not allowed');
    };
    handle().catch((error: unknown) => {
      logger.error('harness request failed', error);
      if (!res.headersSent) send(res, 500, 'text/plain', 'error');
    });
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    core,
    openedFiles: core.openedFiles,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      core.close();
      await core.output.close();
    },
  };
}
