import log from 'electron-log/main';
import { join } from 'node:path';
import { dataPaths } from '../data-dir';
import type { Logger } from '../errors';

export const LOG_FILE_NAME = 'main.log';
/** When main.log grows past this, electron-log moves it to main.old.log and starts afresh. */
export const LOG_MAX_BYTES = 5 * 1024 * 1024;

/**
 * The main process's journal: dataDir/logs/main.log, size-limited, with every uncaught error and
 * unhandled rejection written to it. `log.initialize()` is not called on purpose: it would inject
 * electron-log's own preload into the renderer, and the renderer gets nothing but `window.api`.
 */
export function setupLogging(dataDir: string): Logger {
  const file = join(dataPaths(dataDir).logs, LOG_FILE_NAME);
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.maxSize = LOG_MAX_BYTES;
  log.transports.file.level = 'info';
  log.errorHandler.startCatching({ showDialog: false });
  return {
    info: (message, ...details) => log.info(message, ...details),
    warn: (message, ...details) => log.warn(message, ...details),
    error: (message, ...details) => log.error(message, ...details),
  };
}
