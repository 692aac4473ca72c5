import type Database from 'better-sqlite3';
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

/** The local calendar day, as it reads on the school's clock: 2026-09-01. */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
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
        path: await saveFile(bytes, suggestedFileName(`Диагностика Содружество ${localDay(at)}`, 'zip'), 'zip'),
      };
    },
  };
}
