import log from 'electron-log/main';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, parse } from 'node:path';
import { dataPaths } from '../data-dir';
import type { Logger } from '../errors';

export const LOG_FILE_NAME = 'main.log';
/** When main.log grows past this, it is set aside as main.1.log and a new one is started. */
export const LOG_MAX_BYTES = 5 * 1024 * 1024;
/** How many set-aside logs are kept (main.1.log, the newest, … main.5.log): at most 30 MB in all. */
export const LOG_KEEP_FILES = 5;

/**
 * Sets a full log aside: main.log becomes main.1.log, main.1.log becomes main.2.log … and the oldest, main.N.log,
 * is removed. A missing step in the chain is skipped.
 */
export function rotateLogFiles(file: string, keep: number = LOG_KEEP_FILES): void {
  const { dir, name, ext } = parse(file);
  const numbered = (n: number) => join(dir, `${name}.${n}${ext}`);
  rmSync(numbered(keep), { force: true });
  for (let n = keep - 1; n >= 1; n--) {
    if (existsSync(numbered(n))) renameSync(numbered(n), numbered(n + 1));
  }
  renameSync(file, numbered(1));
}

/** The part of electron-log's LogFile that rotation uses. */
interface RotatedFile {
  readonly path: string;
  clear(): boolean;
}

/**
 * The main process's journal: dataDir/logs/main.log, set aside at 5 MB with five older logs kept, with every
 * uncaught error and unhandled rejection written to it. `log.initialize()` is not called on purpose: it would
 * inject electron-log's own preload into the renderer, and the renderer gets nothing but `window.api`.
 */
export function setupLogging(dataDir: string): Logger {
  const file = join(dataPaths(dataDir).logs, LOG_FILE_NAME);
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.maxSize = LOG_MAX_BYTES;
  log.transports.file.archiveLogFn = (full: RotatedFile) => {
    try {
      rotateLogFiles(full.path, LOG_KEEP_FILES);
    } catch {
      // A log that cannot be set aside (another program holds it open) is emptied rather than left to grow.
      full.clear();
    }
  };
  log.transports.file.level = 'info';
  log.errorHandler.startCatching({ showDialog: false });
  return {
    info: (message, ...details) => log.info(message, ...details),
    warn: (message, ...details) => log.warn(message, ...details),
    error: (message, ...details) => log.error(message, ...details),
  };
}
