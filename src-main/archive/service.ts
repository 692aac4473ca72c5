import type Database from 'better-sqlite3';
import { mkdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
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
  /** Copies the live database into the backups folder before it is replaced (`BackupsService.create('before-import')`); the copy's name. */
  backupBeforeImport: () => Promise<string>;
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
   * Proves the archive whole, builds and checks the new store beside the live one, backs the live database up, and
   * only then replaces the store. Every refusal comes before the backup and leaves the data as they were.
   */
  async importBytes(bytes: Uint8Array): Promise<ArchiveImported> {
    const { paths, migrations, logger } = this.options;
    const job = await this.options.jobs.run('archiveImport', 'stageArchive', {
      bytes,
      latestSchema: latestVersion(migrations),
      staging: paths.staging,
      attachments: paths.attachments,
    });
    const staged = { ...job.staged, discard: () => discardStaged(job.staged.dir, paths.staging) };
    try {
      // A damaged store cannot be copied soundly: its file itself is moved into the backups folder instead.
      const damaged = this.options.readOnly();
      const backup = damaged
        ? join(paths.backups, freeBackupName(paths.backups, 'damaged', this.options.now()))
        : await this.options.backupBeforeImport();
      if (damaged) await mkdir(paths.backups, { recursive: true });
      logger.info(`Kept the store as ${backup} before importing an archive of ${job.createdAt}`);
      await replaceThroughReopen(
        this.options.reopen,
        () => installStaged(staged, paths, logger, damaged ? backup : null),
        logger,
      );
      logger.info('Imported an archive', staged.counts);
      return {
        imported: {
          tables: staged.counts.tables,
          attachments: staged.counts.attachments,
          archiveCreatedAt: job.createdAt,
          backupFile: basename(backup),
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
