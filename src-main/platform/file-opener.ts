import { shell } from 'electron';
import type { FileOpener } from '../attachments/opener';
import { isStoredPath } from '../attachments/file-store';
import { AppError, type Logger } from '../errors';

export interface ElectronFileOpenerOptions {
  /** The attachments folder of the data directory: the only place files are opened from. */
  attachmentsDir: string;
  logger: Logger;
}

/**
 * Opens a stored attachment with the system's viewer. Only a file of the app's own naming inside the attachments
 * folder is opened: `shell.openPath` would just as readily start a program.
 */
export function createElectronFileOpener(options: ElectronFileOpenerOptions): FileOpener {
  return {
    open: async (path) => {
      if (!isStoredPath(options.attachmentsDir, path)) {
        options.logger.error(`Refused to open ${path}: it is not a stored attachment`);
        throw new AppError('forbidden', 'Открывать можно только файлы, прикреплённые в программе.');
      }
      let failure: string;
      try {
        failure = await shell.openPath(path);
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
      if (failure) options.logger.error(`The system could not open ${path}: ${failure}`);
      return !failure;
    },
  };
}
