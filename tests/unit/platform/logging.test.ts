import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { setupLogging } from '../../../src-main/platform/logging';

const fakeLog = vi.hoisted(() => ({
  transports: {
    file: { resolvePathFn: undefined as (() => string) | undefined, maxSize: 1024 * 1024, level: 'silly' },
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
