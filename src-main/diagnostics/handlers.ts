import type Database from 'better-sqlite3';
import { localIsoDate } from '../contract/academic-year';
import { suggestedFileName } from '../documents/file-name';
import type { Handlers } from '../ipc/dispatcher';
import { diagnosticsZip } from './archive';

export interface DiagnosticsHandlersDeps {
  db: Database.Database;
  /** dataDir/logs */
  logsDir: string;
  now: () => Date;
  saveFile: (bytes: Uint8Array, name: string, kind: 'zip') => Promise<string | null>;
}

export function diagnosticsHandlers({
  db,
  logsDir,
  now,
  saveFile,
}: DiagnosticsHandlersDeps): Pick<Handlers, 'diagnostics:save'> {
  return {
    'diagnostics:save': async () => {
      const at = now();
      const bytes = await diagnosticsZip({ db, logsDir, now: at });
      return {
        path: await saveFile(bytes, suggestedFileName(`Диагностика Содружество ${localIsoDate(at)}`, 'zip'), 'zip'),
      };
    },
  };
}
