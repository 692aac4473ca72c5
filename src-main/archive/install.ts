import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { copyFile, link, mkdir, open, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { resolveStoredPath } from '../attachments/file-store';
import { leaveWalMode } from '../db/backup';
import type { Migration } from '../db/migration';
import { AppError, type Logger } from '../errors';
import { buildStore, type ImportCounts } from './build';
import { archiveRefusals as refuse } from './messages';
import type { VerifiedArchive } from './read';

/** Where the live store's files are: the database file and the attachments folder. */
export interface StorePaths {
  database: string;
  attachments: string;
}

/** A verified new store waiting beside the live one: its database file and the files the live folder lacks. */
export interface StagedImport {
  dir: string;
  database: string;
  attachments: string;
  /** Stored names staged in `attachments`, to be moved into the live folder. */
  newFiles: string[];
  counts: ImportCounts;
  /** Removes whatever of the staging folder is left. Never throws. */
  discard(): Promise<void>;
}

/** A replacement done on the closed store: `undo` puts the old store back, `finish` tidies up once the new one is open. */
export interface StoreSwap {
  undo(): Promise<void>;
  finish(): Promise<void>;
}

/**
 * Removes a staged import's folder, and the staging folder too when nothing else is in it, so that a refused archive
 * leaves the data folder as it was. Never throws.
 */
export function discardStaged(dir: string, stagingRoot: string): Promise<void> {
  return rm(dir, { recursive: true, force: true })
    .then(() => rmdir(stagingRoot))
    .catch(() => undefined);
}

/**
 * Builds the new store from a verified archive in a fresh folder under `stagingRoot` (inside the data directory, so
 * that the later renames stay on one disk) and puts there the files the live attachments folder does not have yet.
 * A file already there under the same name must have the same bytes. Nothing live is touched.
 */
export async function stageImport(
  archive: VerifiedArchive,
  stagingRoot: string,
  liveAttachments: string,
  migrations: readonly Migration[],
): Promise<StagedImport> {
  const dir = join(stagingRoot, `import-${randomBytes(8).toString('hex')}`);
  const discard = () => discardStaged(dir, stagingRoot);
  const staged: StagedImport = {
    dir,
    database: join(dir, 'store.sqlite3'),
    attachments: join(dir, 'attachments'),
    newFiles: [],
    counts: { tables: {}, attachments: 0 },
    discard,
  };
  try {
    await mkdir(staged.attachments, { recursive: true });
    staged.counts = buildStore(archive, staged.database, migrations);
    for (const [storedName, bytes] of archive.attachments) {
      const live = resolveStoredPath(liveAttachments, storedName);
      if (existsSync(live)) {
        if (!(await readFile(live)).equals(bytes)) throw refuse.attachmentConflict(storedName);
        continue;
      }
      await writeFile(resolveStoredPath(staged.attachments, storedName), bytes, { flag: 'wx' });
      staged.newFiles.push(storedName);
    }
    return staged;
  } catch (error) {
    await discard();
    throw error;
  }
}

/** Keeps the old database under `previous`: a hard link where the disk allows it, a synced copy otherwise. */
async function keepPrevious(database: string, previous: string): Promise<void> {
  try {
    await link(database, previous);
  } catch {
    await copyFile(database, previous);
    const copy = await open(previous, 'r+');
    try {
      await copy.sync();
    } finally {
      await copy.close();
    }
  }
}

/**
 * Where the replaced database file goes in the backups folder: a sound store's file becomes the copy taken before the
 * import (`before-import_…`, made a self-contained file once the new store is open), a damaged one is kept exactly as
 * it was, with its WAL (`damaged_…`).
 */
export interface KeepReplaced {
  as: string;
  sound: boolean;
}

/**
 * Replaces the closed live store by the staged one. The attachments folder only gains files (the old ones stay, so the
 * kept database keeps its scans); the database file is replaced by one rename, so at every moment the live name holds
 * either the whole old store or the whole new one. The old file itself, closed and whole, is then moved to
 * `keep.as` in the backups folder: no copy of the store is made. `undo` puts it back; `finish` clears the staging
 * folder and, for a sound store, makes the kept file a self-contained copy like any other backup.
 */
export async function installStaged(
  staged: StagedImport,
  paths: StorePaths,
  logger: Logger,
  keep: KeepReplaced,
): Promise<StoreSwap> {
  const wal = `${paths.database}-wal`;
  const shm = `${paths.database}-shm`;
  const previous = join(staged.dir, 'previous.sqlite3');
  const hadDatabase = existsSync(paths.database);
  const moved: string[] = [];
  let walKept = false;
  let kept = previous;

  const removeMoved = async () => {
    for (const storedName of moved.splice(0)) {
      await rm(resolveStoredPath(paths.attachments, storedName), { force: true });
    }
  };

  try {
    await mkdir(paths.attachments, { recursive: true });
    for (const storedName of staged.newFiles) {
      const target = resolveStoredPath(paths.attachments, storedName);
      if (existsSync(target)) continue;
      await rename(resolveStoredPath(staged.attachments, storedName), target);
      moved.push(storedName);
    }
    if (hadDatabase) {
      await mkdir(dirname(keep.as), { recursive: true });
      await keepPrevious(paths.database, previous);
      // A sound store was checkpointed on closing and has no WAL left; a damaged one is closed without a checkpoint,
      // and what its WAL holds belongs to it: it goes along with the old file.
      if (existsSync(wal) && statSync(wal).size > 0) {
        await rename(wal, `${previous}-wal`);
        walKept = true;
      }
    }
    if (!walKept) await rm(wal, { force: true });
    await rm(shm, { force: true });
    await rename(staged.database, paths.database);
  } catch (error) {
    try {
      if (walKept) await rename(`${previous}-wal`, wal);
      await removeMoved();
    } catch (putBack) {
      logger.error('Could not put back the files of a failed import', putBack);
    }
    throw error;
  }
  if (hadDatabase) {
    // Straight after the rename, so that the old data are never left only in the staging folder a start clears.
    await rename(previous, keep.as);
    if (walKept) await rename(`${previous}-wal`, `${keep.as}-wal`);
    kept = keep.as;
  }

  return {
    undo: async () => {
      // Whatever the failed opening left beside the new file belongs to it, not to the old one coming back.
      await rm(wal, { force: true });
      await rm(shm, { force: true });
      if (hadDatabase) await rename(kept, paths.database);
      else await rm(paths.database, { force: true });
      if (walKept) await rename(`${kept}-wal`, wal);
      await removeMoved();
    },
    finish: async () => {
      if (hadDatabase && keep.sound) {
        try {
          leaveWalMode(keep.as);
        } catch (error) {
          logger.warn(`Could not make ${keep.as} a self-contained file`, error);
        }
      }
      await staged.discard();
    },
  };
}

/**
 * The core's capability to close the live store, change its database file, and open it again with every service
 * rebuilt; if the change fails, the unchanged file is opened again (BackupsServiceOptions['reopen']).
 */
export type Reopen = (change: (databaseFile: string) => Promise<void>) => Promise<void>;

const REOPEN_FAILED =
  'Не удалось открыть загруженные данные: прежние данные возвращены, подробности записаны в журнал.';

/**
 * Replaces the live store by `install` through the core's `reopen`. If the new store does not open, the old files are
 * put back through `reopen` again and the failure reported.
 */
export async function replaceThroughReopen(
  reopen: Reopen,
  install: () => Promise<StoreSwap>,
  logger: Logger,
): Promise<void> {
  let swap: StoreSwap | null = null;
  try {
    await reopen(async () => {
      swap = await install();
    });
  } catch (error) {
    const done = swap as StoreSwap | null;
    if (!done) throw error;
    logger.error('The imported store could not be opened; the previous one is put back', error);
    await reopen(() => done.undo());
    throw new AppError('storage', REOPEN_FAILED);
  }
  await (swap as StoreSwap | null)?.finish();
}
