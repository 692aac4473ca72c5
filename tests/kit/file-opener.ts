import { existsSync } from 'node:fs';
import type { FileOpener } from '../../src-main/attachments/opener';

export interface RecordingFileOpener extends FileOpener {
  /** Every path the app asked to open, in order. */
  readonly opened: string[];
}

/** The harness's stand-in for the system viewer: it records the path and says whether there was a file to open. */
export function createRecordingFileOpener(): RecordingFileOpener {
  const opened: string[] = [];
  return {
    opened,
    open: async (path) => {
      opened.push(path);
      return existsSync(path);
    },
  };
}
