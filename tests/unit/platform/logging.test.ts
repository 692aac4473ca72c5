import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOG_KEEP_FILES, rotateLogFiles, setupLogging } from '../../../src-main/platform/logging';

const fakeLog = vi.hoisted(() => ({
  transports: {
    file: {
      resolvePathFn: undefined as (() => string) | undefined,
      maxSize: 1024 * 1024,
      level: 'silly',
      archiveLogFn: undefined as ((file: { path: string; clear(): boolean }) => void) | undefined,
    },
  },
  errorHandler: { startCatching: vi.fn() },
  info: vi.fn(),
  warn: vi.fn(),
  error: vi.fn(),
}));

// electron-log/main requires the real 'electron' package, which outside Electron tries to download its binary.
vi.mock('electron-log/main', () => ({ default: fakeLog }));
vi.mock('electron', () => {
  throw new Error('The real electron package must not be imported in unit tests');
});

describe('setupLogging', () => {
  it('writes to logs/main.log inside the data directory', () => {
    setupLogging('/data/sodruzhestvo');
    expect(fakeLog.transports.file.resolvePathFn?.()).toBe(join('/data/sodruzhestvo', 'logs', 'main.log'));
  });

  it('limits the log file to 5 MB', () => {
    setupLogging('/data/sodruzhestvo');
    expect(fakeLog.transports.file.maxSize).toBe(5 * 1024 * 1024);
  });

  it('catches uncaught errors and unhandled rejections without a dialog of its own', () => {
    setupLogging('/data/sodruzhestvo');
    expect(fakeLog.errorHandler.startCatching).toHaveBeenCalledWith({ showDialog: false });
  });

  it('returns a logger that passes each level and its details to electron-log', () => {
    const logger = setupLogging('/data/sodruzhestvo');
    const failure = new Error('disk full');
    logger.info('started', { version: '0.1.0' });
    logger.warn('odd settings');
    logger.error('could not save', failure);
    expect(fakeLog.info).toHaveBeenCalledWith('started', { version: '0.1.0' });
    expect(fakeLog.warn).toHaveBeenCalledWith('odd settings');
    expect(fakeLog.error).toHaveBeenCalledWith('could not save', failure);
  });
});

describe('log rotation', () => {
  let dir: string;
  let log: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sodruzhestvo-logs-'));
    log = join(dir, 'main.log');
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  /** Writes main.log, as electron-log would, then lets the transport set it aside as it does at the size limit. */
  function fillAndRotate(text: string) {
    writeFileSync(log, text);
    fakeLog.transports.file.archiveLogFn?.({ path: log, clear: () => true });
  }

  it('keeps five older logs besides main.log', () => {
    expect(LOG_KEEP_FILES).toBe(5);
  });

  it('sets a full main.log aside as main.1.log, moving the older ones up by one', () => {
    setupLogging(dir);
    fillAndRotate('first');
    fillAndRotate('second');
    expect(readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log']);
    expect(readFileSync(join(dir, 'main.1.log'), 'utf8')).toBe('second');
    expect(readFileSync(join(dir, 'main.2.log'), 'utf8')).toBe('first');
  });

  it('drops the oldest log once five are kept', () => {
    setupLogging(dir);
    for (const n of [1, 2, 3, 4, 5, 6, 7]) fillAndRotate(`log ${n}`);
    expect(readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log', 'main.3.log', 'main.4.log', 'main.5.log']);
    expect(readFileSync(join(dir, 'main.1.log'), 'utf8')).toBe('log 7');
    expect(readFileSync(join(dir, 'main.5.log'), 'utf8')).toBe('log 3');
  });

  it('skips a gap in the chain', () => {
    writeFileSync(join(dir, 'main.3.log'), 'old');
    writeFileSync(log, 'now');
    rotateLogFiles(log, 5);
    expect(readdirSync(dir).sort()).toEqual(['main.1.log', 'main.4.log']);
  });

  it('empties main.log when it cannot be set aside, rather than letting it grow', () => {
    setupLogging(dir);
    const clear = vi.fn(() => true);
    fakeLog.transports.file.archiveLogFn?.({ path: join(dir, 'missing', 'main.log'), clear });
    expect(clear).toHaveBeenCalledOnce();
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});
