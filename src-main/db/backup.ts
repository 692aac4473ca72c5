import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tempNameBeside } from '../files/atomic-write';
import { AppError } from '../errors';

/** A file-name-safe local timestamp: 2026-11-26_14-05-09. */
export function fileStamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}_${pad(now.getHours())}-${pad(now.getMinutes())}-${pad(now.getSeconds())}`;
}

/** `<label>_<stamp>.sqlite3`, or `-2`, `-3` … after the stamp when copies of that second are already there. */
export function freeBackupName(dir: string, label: string, now: Date): string {
  const stem = `${label}_${fileStamp(now)}`;
  for (let n = 1; n < 1000; n++) {
    const name = n === 1 ? `${stem}.sqlite3` : `${stem}-${n}.sqlite3`;
    if (!existsSync(join(dir, name))) return name;
  }
  throw new AppError('storage', 'Слишком много резервных копий за одну секунду. Повторите через минуту.');
}

/** The first problem `integrity_check` finds, or null when the file is sound. */
export function integrityProblem(db: Database.Database): string | null {
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    if (rows.length === 1 && rows[0]?.integrity_check === 'ok') return null;
    return rows[0]?.integrity_check ?? 'no answer';
  } catch (error) {
    return (error as Error).message;
  }
}

const SIDECARS = ['-wal', '-shm', '-journal'] as const;

/** Removes a database file together with the files SQLite keeps beside it. */
export function removeDatabaseFile(file: string): void {
  for (const suffix of ['', ...SIDECARS]) rmSync(`${file}${suffix}`, { force: true });
}

/**
 * Opens a copy read-only just for `read` and closes it. A read-only connection to a file in WAL mode leaves an
 * empty `-wal` and a `-shm` beside it; those it created are removed again, so reading a copy changes nothing.
 */
export function readCopy<T>(file: string, read: (db: Database.Database) => T): T {
  const present = SIDECARS.filter((suffix) => existsSync(`${file}${suffix}`));
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
    for (const suffix of SIDECARS) {
      const sidecar = `${file}${suffix}`;
      if (present.includes(suffix) || !existsSync(sidecar)) continue;
      if (suffix === '-wal' && statSync(sidecar).size > 0) continue;
      rmSync(sidecar, { force: true });
    }
  }
}

/**
 * Makes a closed store's file a single self-contained file, as every copy in the backups folder is: its journal mode
 * set to a rollback journal, so that no WAL is ever kept beside it. Its content is not changed.
 */
export function leaveWalMode(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** Pages copied per step of the backup API; between steps the app answers other calls. */
const PAGES_PER_STEP = 256;

/** A fresh copy failed `integrity_check` and was deleted; `problem` is SQLite's first complaint, for the log. */
export class CopyFailedCheck extends AppError {
  constructor(readonly problem: string) {
    super(
      'storage',
      'Резервная копия не прошла проверку целостности и удалена. Данные программы не изменены; подробности записаны в журнал.',
    );
  }
}

/**
 * Copies a live database with SQLite's online backup API, which, unlike copying the file, includes what is still in
 * the WAL. The copy is written under a temporary name, made a single self-contained file (rollback journal, no WAL),
 * checked with `integrity_check`, and only then given its name `<label>_<stamp>.sqlite3`; a copy that fails the
 * check is deleted and reported. `onProgress` hears the share of pages copied (0…1; 1 when the check begins).
 * Returns the path of the copy.
 */
export async function backupDatabase(
  db: Database.Database,
  dir: string,
  label: string,
  now: Date,
  onProgress?: (copied: number) => void,
): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, freeBackupName(dir, label, now));
  const temp = tempNameBeside(target);
  try {
    await db.backup(temp, {
      progress: ({ totalPages, remainingPages }) => {
        onProgress?.(totalPages > 0 ? (totalPages - remainingPages) / totalPages : 0);
        return PAGES_PER_STEP;
      },
    });
    onProgress?.(1);
    const copy = new Database(temp, { fileMustExist: true });
    let problem: string | null;
    try {
      copy.pragma('journal_mode = DELETE');
      problem = integrityProblem(copy);
    } finally {
      copy.close();
    }
    if (problem !== null) throw new CopyFailedCheck(problem);
    renameSync(temp, target);
    return target;
  } finally {
    removeDatabaseFile(temp);
  }
}
