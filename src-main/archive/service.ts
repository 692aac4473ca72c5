import type Database from 'better-sqlite3';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { freeBackupName } from '../db/backup';
import { latestVersion } from '../db/connection';
import type { Migration } from '../db/migration';
import type { DocumentOutput } from '../files/output';
import type { Logger } from '../errors';
import type { StoreWork } from '../backups/store-work';
import type { ArchiveExported, ArchiveImported } from '../contract/archive';
import type { JobRunner } from '../jobs/runner';
import { archiveFileName, MAX_ARCHIVE_BYTES } from './format';
import { discardStaged, installStaged, replaceThroughReopen, type Reopen } from './install';

export interface ArchivePaths {
  database: string;
  attachments: string;
  /** A scratch folder inside the data directory where an import builds the new store. */
  staging: string;
  /** The backups folder, where the file of a damaged store is kept when an archive replaces it. */
  backups: string;
}

export interface ArchiveServiceOptions {
  /** The live store; a getter, because an import replaces it. */
  db: () => Database.Database;
  paths: ArchivePaths;
  migrations: readonly Migration[];
  appVersion: string;
  now: () => Date;
  logger: Logger;
  output: Pick<DocumentOutput, 'saveFile' | 'chooseFile'>;
  /** True while the store is open read-only because its file is damaged: no copy can be taken of it then. */
  readOnly: () => boolean;
  /** Applies the backups' retention rule once an import has kept the store it replaced in the backups folder. */
  pruneBackups: () => void;
  /** The core's: closes the live store, changes its file, opens it again with every service rebuilt. */
  reopen: Reopen;
  /** Keeps the archive's work from overlapping a restore, a backup or another import. */
  work: StoreWork;
  /** Builds the archive and proves and stages one in a worker thread, off the main process's event loop. */
  jobs: JobRunner;
}

/** The whole store saved to one archive file, and loaded back from one in place of the current data. */
export class ArchiveService {
  constructor(private readonly options: ArchiveServiceOptions) {}

  /** Builds the archive and lets the user save it; null path when the save dialog was cancelled. */
  async exportToFile(): Promise<ArchiveExported> {
    const { db, paths, appVersion, now, logger, output, jobs } = this.options;
    const createdAt = now();
    const archive = await this.options.work.run('export', () =>
      jobs.run('archiveExport', 'buildArchive', {
        database: db().name,
        attachments: paths.attachments,
        appVersion,
        createdAt: createdAt.toISOString(),
      }),
    );
    if (archive.missingAttachments.length > 0) {
      logger.warn(
        'Attachment files missing from the data folder were left out of the archive',
        archive.missingAttachments,
      );
    }
    const path = await output.saveFile(archive.bytes, archiveFileName(createdAt), 'archive');
    return { path, missingAttachments: archive.missingAttachments.length };
  }

  /** Lets the user choose an archive and loads it; null when the dialog was cancelled. */
  async importFromFile(): Promise<ArchiveImported> {
    const chosen = await this.options.output.chooseFile('Загрузить архив «Содружества»', 'archive', MAX_ARCHIVE_BYTES);
    if (!chosen) return { imported: null };
    return this.options.work.run('import', () => this.importBytes(chosen.bytes));
  }

  /**
   * Proves the archive whole, builds and checks the new store beside the live one, and only then replaces the store.
   * The replaced file itself is kept in the backups folder: as the copy taken before the import (`before-import_…`),
   * or, when the store is damaged, as `damaged_…`. Every refusal comes before the replacement and leaves the data as
   * they were.
   */
  async importBytes(bytes: Uint8Array): Promise<ArchiveImported> {
    const { paths, migrations, logger, now } = this.options;
    const job = await this.options.jobs.run('archiveImport', 'stageArchive', {
      bytes,
      latestSchema: latestVersion(migrations),
      staging: paths.staging,
      attachments: paths.attachments,
    });
    const staged = { ...job.staged, discard: () => discardStaged(job.staged.dir, paths.staging) };
    try {
      const sound = !this.options.readOnly();
      const backup = freeBackupName(paths.backups, sound ? 'before-import' : 'damaged', now());
      await replaceThroughReopen(
        this.options.reopen,
        () => installStaged(staged, paths, logger, { as: join(paths.backups, backup), sound }),
        logger,
      );
      logger.info(`Imported an archive of ${job.createdAt}; the store it replaced is kept as ${backup}`, staged.counts);
      this.options.pruneBackups();
      return {
        imported: {
          tables: staged.counts.tables,
          attachments: staged.counts.attachments,
          archiveCreatedAt: job.createdAt,
          backupFile: backup,
        },
      };
    } finally {
      await staged.discard();
    }
  }

  /** Removes what an import cut short by a crash left in the staging folder; called at start. Never throws. */
  async removeLeftovers(): Promise<void> {
    await rm(this.options.paths.staging, { recursive: true, force: true }).catch((error: unknown) =>
      this.options.logger.warn('Could not clear the archive staging folder', error),
    );
  }
}
