import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolveStoredPath } from '../attachments/file-store';
import { schemaVersion, storeTables } from '../db/schema';
import { AppError, errorCode } from '../errors';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  ATTACHMENTS_FOLDER,
  MANIFEST_ENTRY,
  MAX_ARCHIVE_BYTES,
  TABLES_FOLDER,
  type Manifest,
} from './format';
import { attachmentNames, rowsJson } from './repository';
import { writeZip, type ZipEntry } from './zip-writer';

export interface ArchiveSnapshot {
  manifest: Manifest;
  /** The archive's tables and attachments: entry names and their bytes (`zipSnapshot` puts the manifest first). */
  entries: Map<string, Uint8Array>;
  /** Stored names of files the store lists but the attachments folder no longer holds (removed by hand). */
  missingAttachments: string[];
}

export interface BuiltArchive {
  bytes: Uint8Array;
  manifest: Manifest;
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
 * Everything in the store at one moment: every table and every file a row of `attachments` names, read inside
 * one read transaction. The files are read synchronously within it: the attachments service writes a file before
 * its row and deletes a row before its file, so what this sees of the folder agrees with what it sees of the rows.
 */
export function takeSnapshot(
  db: Database.Database,
  attachmentsDir: string,
  meta: { appVersion: string; createdAt: Date },
): ArchiveSnapshot {
  return db.transaction(() => {
    const entries = new Map<string, Uint8Array>();
    const tables: Manifest['tables'] = {};
    let total = 0;
    for (const table of storeTables(db)) {
      // A TableFile's JSON, its rows as SQLite wrote them.
      const rows = rowsJson(db, table);
      const head = JSON.stringify({ table: table.name, columns: table.columns });
      const bytes = Buffer.from(`${head.slice(0, -1)},"rows":${rows.json}}`, 'utf8');
      total += bytes.byteLength;
      entries.set(`${TABLES_FOLDER}${table.name}.json`, bytes);
      tables[table.name] = { rows: rows.count, sha256: sha256(bytes) };
    }
    const attachments: Manifest['attachments'] = [];
    const missingAttachments: string[] = [];
    for (const storedName of attachmentNames(db)) {
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
    const manifest: Manifest = {
      format: ARCHIVE_FORMAT,
      formatVersion: ARCHIVE_FORMAT_VERSION,
      appVersion: meta.appVersion,
      schemaVersion: schemaVersion(db),
      createdAt: meta.createdAt.toISOString(),
      tables,
      attachments,
    };
    return { manifest, entries, missingAttachments };
  })();
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

/** The whole store as one archive file's bytes. */
export async function buildArchive(
  db: Database.Database,
  attachmentsDir: string,
  meta: { appVersion: string; createdAt: Date },
): Promise<BuiltArchive> {
  const snapshot = takeSnapshot(db, attachmentsDir, meta);
  const bytes = await zipSnapshot(snapshot);
  return { bytes, manifest: snapshot.manifest, missingAttachments: snapshot.missingAttachments };
}
