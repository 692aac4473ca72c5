import { takeSnapshot, zipSnapshot } from '../archive/export';
import { stageImport } from '../archive/install';
import { readArchive } from '../archive/read';
import { migrations } from '../db/migrations';
import { readOfficeTables, type OfficeFileKind } from '../imports/office-tables';
import { readImportTable } from '../partners/import/table';

/** Reports how far a job has gone: `done` of `total` steps. */
export type ReportProgress = (done: number, total: number) => void;

/**
 * The heavy work the app runs off the main process's event loop, in a worker thread (`runner.ts`), each as a plain
 * function of structured-clonable input and output. A job opens its own connection to the store when it reads it.
 */
export const JOBS = {
  /** A partners' table file read and checked (limits while reading). */
  readImportTable: async (input: { fileName: string; content: string }, progress: ReportProgress) => {
    progress(0, 1);
    const table = await readImportTable(input.fileName, input.content);
    progress(1, 1);
    return table;
  },

  /** The tables of a Word, Excel or CSV file the user picked (an import's first step), refusals included. */
  readOfficeTables: async (
    input: { fileName: string; bytes: Uint8Array; accept: OfficeFileKind[] },
    progress: ReportProgress,
  ) => {
    progress(0, 1);
    const tables = await readOfficeTables(input.fileName, input.bytes, input.accept);
    progress(1, 1);
    return tables;
  },

  /** The whole store as one archive's bytes, read through a connection of the worker's own. */
  buildArchive: async (
    input: { database: string; attachments: string; appVersion: string; createdAt: string },
    progress: ReportProgress,
  ) => {
    progress(0, 2);
    const snapshot = takeSnapshot(input.database, input.attachments, {
      appVersion: input.appVersion,
      createdAt: new Date(input.createdAt),
    });
    progress(1, 2);
    const bytes = await zipSnapshot(snapshot);
    progress(2, 2);
    return { bytes, missingAttachments: snapshot.missingAttachments };
  },

  /** An archive proven whole and built into a new store in the staging folder; the live store is not touched. */
  stageArchive: async (
    input: { bytes: Uint8Array; latestSchema: number; staging: string; attachments: string },
    progress: ReportProgress,
  ) => {
    progress(0, 2);
    const archive = await readArchive(input.bytes, input.latestSchema);
    progress(1, 2);
    const staged = await stageImport(archive, input.staging, input.attachments, migrations);
    progress(2, 2);
    // What crosses back to the main thread: data only (its `discard` is made again there).
    const { dir, database, attachments, newFiles, counts } = staged;
    return { staged: { dir, database, attachments, newFiles, counts }, createdAt: archive.manifest.createdAt };
  },
} as const;

export type Jobs = typeof JOBS;
export type JobName = keyof Jobs;
export type JobInput<N extends JobName> = Parameters<Jobs[N]>[0];
export type JobOutput<N extends JobName> = Awaited<ReturnType<Jobs[N]>>;
