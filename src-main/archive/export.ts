import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolveStoredPath } from '../attachments/file-store';
import { schemaVersion, storeTables } from '../db/schema';
import { AppError, errorCode } from '../errors';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  ATTACHMENTS_FOLDER,
  MANIFEST_ENTRY,
  MAX_ARCHIVE_BYTES,
  TABLES_STORE_ENTRY,
  type ManifestV2,
} from './format';
import {
  attachedAttachmentNames,
  ATTACHED,
  attachStore,
  copyTableFromAttached,
  detachStore,
  fileBytes,
} from './repository';
import { writeZip, type ZipEntry } from './zip-writer';

export interface ArchiveSnapshot {
  manifest: ManifestV2;
  /** The archive's tables store and attachments: entry names and their bytes (`zipSnapshot` puts the manifest first). */
  entries: Map<string, Uint8Array>;
  /** Stored names of files the store lists but the attachments folder no longer holds (removed by hand). */
  missingAttachments: string[];
}

export interface BuiltArchive {
  bytes: Uint8Array;
  manifest: ManifestV2;
  missingAttachments: string[];
}

const TOO_LARGE =
  'Архив получился больше 1 ГБ: в программе слишком много файлов вложений. ' +
  'Сохраните копию иначе: закройте программу и скопируйте папку с данными целиком.';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A stored file's bytes, or null when it is gone or its name is not one the app makes (the row is archived all the same). */
function readStoredFile(dir: string, storedName: string): Uint8Array | null {
  try {
    return readFileSync(resolveStoredPath(dir, storedName));
  } catch (error) {
    if (error instanceof AppError || errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Everything in the store in `databaseFile` at one moment: every table copied by SQLite into a plain table of an
 * in-memory tables store (no value passes through JavaScript), and every file a row of `attachments` names, all read
 * inside one read transaction of the live store. The files are read synchronously within it: the attachments service
 * writes a file before its row and deletes a row before its file, so what this sees of the folder agrees with what
 * it sees of the rows. The live store is attached to a connection of its own and only read.
 */
export function takeSnapshot(
  databaseFile: string,
  attachmentsDir: string,
  meta: { appVersion: string; createdAt: Date },
): ArchiveSnapshot {
  // ATTACH would make an empty file where none is: the live store must be there.
  if (!existsSync(databaseFile)) throw new Error(`No store at ${databaseFile}`);
  const db = new Database(':memory:');
  try {
    attachStore(db, databaseFile);
    const snapshot = db.transaction(() => {
      const tables: ManifestV2['tables'] = {};
      for (const table of storeTables(db, ATTACHED)) {
        tables[table.name] = { rows: copyTableFromAttached(db, table) };
      }
      const entries = new Map<string, Uint8Array>();
      const attachments: ManifestV2['attachments'] = [];
      const missingAttachments: string[] = [];
      let total = 0;
      for (const storedName of attachedAttachmentNames(db)) {
        const bytes = readStoredFile(attachmentsDir, storedName);
        if (!bytes) {
          missingAttachments.push(storedName);
          continue;
        }
        total += bytes.byteLength;
        if (total > MAX_ARCHIVE_BYTES) throw new AppError('storage', TOO_LARGE);
        entries.set(`${ATTACHMENTS_FOLDER}${storedName}`, bytes);
        attachments.push({ storedName, size: bytes.byteLength, sha256: sha256(bytes) });
      }
      return { tables, entries, attachments, missingAttachments, schemaVersion: schemaVersion(db, ATTACHED) };
    })();
    detachStore(db);
    const store = fileBytes(db);
    if (store.byteLength > MAX_ARCHIVE_BYTES) throw new AppError('storage', TOO_LARGE);
    const entries = new Map<string, Uint8Array>([[TABLES_STORE_ENTRY, store], ...snapshot.entries]);
    const manifest: ManifestV2 = {
      format: ARCHIVE_FORMAT,
      formatVersion: ARCHIVE_FORMAT_VERSION,
      appVersion: meta.appVersion,
      schemaVersion: snapshot.schemaVersion,
      createdAt: meta.createdAt.toISOString(),
      tables: snapshot.tables,
      store: { size: store.byteLength, sha256: sha256(store) },
      attachments: snapshot.attachments,
    };
    return { manifest, entries, missingAttachments: snapshot.missingAttachments };
  } finally {
    db.close();
  }
}

/** The snapshot as a ZIP: tables and the manifest compressed, attachments (PDF, JPEG, PNG: compressed already) stored. */
export async function zipSnapshot(snapshot: ArchiveSnapshot): Promise<Uint8Array> {
  const entries: ZipEntry[] = [
    { name: MANIFEST_ENTRY, bytes: Buffer.from(JSON.stringify(snapshot.manifest, null, 2), 'utf8'), compress: true },
    ...[...snapshot.entries].map(([name, bytes]) => ({ name, bytes, compress: !name.startsWith(ATTACHMENTS_FOLDER) })),
  ];
  const bytes = await writeZip(entries, new Date(snapshot.manifest.createdAt));
  if (bytes.byteLength > MAX_ARCHIVE_BYTES) throw new AppError('storage', TOO_LARGE);
  return bytes;
}

/** The whole store in `databaseFile` as one archive file's bytes. */
export async function buildArchive(
  databaseFile: string,
  attachmentsDir: string,
  meta: { appVersion: string; createdAt: Date },
): Promise<BuiltArchive> {
  const snapshot = takeSnapshot(databaseFile, attachmentsDir, meta);
  const bytes = await zipSnapshot(snapshot);
  return { bytes, manifest: snapshot.manifest, missingAttachments: snapshot.missingAttachments };
}
