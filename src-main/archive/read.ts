import { createHash } from 'node:crypto';
import { STORED_NAME_PATTERN } from '../attachments/file-store';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  ATTACHMENTS_FOLDER,
  MANIFEST_ENTRY,
  MAX_ARCHIVE_BYTES,
  TABLES_FOLDER,
  TABLES_STORE_ENTRY,
  manifestSchemas,
  parseTableFile,
  type Manifest,
  type ManifestV1,
  type ManifestV2,
  type TableFile,
} from './format';
import { archiveRefusals as refuse } from './messages';
import { openZipReader, ZipFormatError, type ZipReader } from './zip-reader';

/**
 * The rows of an archive proven whole: format 2's tables store (its bytes as its checksum proves them; what it holds
 * is checked as the new store is built from it), or format 1's tables, each parsed and checked.
 */
export type ArchivedRows =
  { format: 2; store: Uint8Array; listed: ManifestV2['tables'] } | { format: 1; tables: Map<string, TableFile> };

/** An archive proven whole: the manifest, the rows, each file's bytes. Nothing is trusted beyond this. */
export interface VerifiedArchive {
  manifest: Manifest;
  rows: ArchivedRows;
  attachments: Map<string, Uint8Array>;
}

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_END_OF_DIRECTORY = [0x50, 0x4b, 0x05, 0x06];
const END_OF_DIRECTORY_SIZE = 22;
const MAX_ZIP_COMMENT = 0xffff;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function startsWith(bytes: Uint8Array, at: number, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[at + i] === byte);
}

/** A ZIP ends with its central directory's end record; a file cut short has lost it. */
function hasEndOfDirectory(bytes: Uint8Array): boolean {
  const last = bytes.byteLength - END_OF_DIRECTORY_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_ZIP_COMMENT; at--) {
    if (startsWith(bytes, at, ZIP_END_OF_DIRECTORY)) return true;
  }
  return false;
}

function openZip(bytes: Uint8Array): ZipReader {
  if (bytes.byteLength > MAX_ARCHIVE_BYTES) throw refuse.tooLarge();
  if (!startsWith(bytes, 0, ZIP_LOCAL_HEADER)) throw refuse.foreign();
  if (!hasEndOfDirectory(bytes)) throw refuse.truncated();
  try {
    return openZipReader(bytes);
  } catch {
    throw refuse.unreadable();
  }
}

/** An entry's bytes, inflated and checked against the ZIP's CRC: a changed byte is found even where no checksum of ours is kept. */
function readEntry(zip: ZipReader, name: string): Uint8Array | null {
  try {
    return zip.read(name);
  } catch (error) {
    if (error instanceof ZipFormatError) throw refuse.unreadable();
    throw error;
  }
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

/** Reads the manifest: a foreign file first, then a newer one, then the strict shape. */
function readManifest(zip: ZipReader, latestSchema: number): Manifest {
  const bytes = readEntry(zip, MANIFEST_ENTRY);
  if (!bytes) {
    const ours = zip.names.some((name) => name === TABLES_STORE_ENTRY || name.startsWith(TABLES_FOLDER));
    throw ours ? refuse.manifest('отсутствует') : refuse.foreign();
  }
  const raw = parseJson(bytes);
  if (raw === undefined) throw refuse.manifest('не читается');
  const claimed = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  if (claimed['format'] !== ARCHIVE_FORMAT) throw refuse.foreign();
  const formatVersion = claimed['formatVersion'];
  if (typeof formatVersion === 'number' && formatVersion > ARCHIVE_FORMAT_VERSION) throw refuse.newerFormat();
  const parsed = (formatVersion === 1 ? manifestSchemas[1] : manifestSchemas[2]).safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    throw refuse.manifest(where ? `не в порядке (поле ${where.slice(0, 80)})` : 'не в порядке');
  }
  const manifest = parsed.data;
  if (manifest.schemaVersion > latestSchema) throw refuse.newerSchema(manifest.schemaVersion, latestSchema);
  return manifest;
}

/** Only the entries the manifest names, and the two folders, may be in the archive. */
function checkEntries(zip: ZipReader, manifest: Manifest): void {
  const expected = new Set<string>([MANIFEST_ENTRY, ATTACHMENTS_FOLDER]);
  if (manifest.formatVersion === 2) expected.add(TABLES_STORE_ENTRY);
  else {
    expected.add(TABLES_FOLDER);
    for (const table of Object.keys(manifest.tables)) expected.add(`${TABLES_FOLDER}${table}.json`);
  }
  for (const { storedName } of manifest.attachments) expected.add(`${ATTACHMENTS_FOLDER}${storedName}`);
  for (const name of zip.names) {
    if (!expected.has(name)) throw refuse.strayEntry(name);
  }
}

/**
 * Every name must be one the attachments module itself makes (`<uuid>.pdf|jpg|png`): checked before any file is read;
 * the files are written through its `resolveStoredPath`, which checks again that each lies directly in its folder.
 */
function checkAttachmentNames(manifest: Manifest): void {
  const seen = new Set<string>();
  for (const { storedName } of manifest.attachments) {
    if (!STORED_NAME_PATTERN.test(storedName)) throw refuse.attachmentName(storedName);
    if (seen.has(storedName)) throw refuse.attachmentTwice(storedName);
    seen.add(storedName);
  }
}

/** Format 2's tables store, its size and checksum the manifest's. */
function readStore(zip: ZipReader, manifest: ManifestV2): Uint8Array {
  const bytes = readEntry(zip, TABLES_STORE_ENTRY);
  if (!bytes) throw refuse.storeMissing();
  if (bytes.byteLength !== manifest.store.size || sha256(bytes) !== manifest.store.sha256) {
    throw refuse.storeChecksum();
  }
  return bytes;
}

/** Format 1's table files, each parsed and checked against its checksum and row count. */
function readTables(zip: ZipReader, manifest: ManifestV1): Map<string, TableFile> {
  const tables = new Map<string, TableFile>();
  for (const [name, listed] of Object.entries(manifest.tables)) {
    const bytes = readEntry(zip, `${TABLES_FOLDER}${name}.json`);
    if (!bytes) throw refuse.tableMissing(name);
    if (sha256(bytes) !== listed.sha256) throw refuse.tableChecksum(name);
    const file = parseTableFile(parseJson(bytes));
    if (!file || file.table !== name) throw refuse.tableUnreadable(name);
    if (file.rows.length !== listed.rows) throw refuse.rowCount(name, file.rows.length, listed.rows);
    tables.set(name, file);
  }
  return tables;
}

function readAttachments(zip: ZipReader, manifest: Manifest): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const { storedName, size, sha256: listed } of manifest.attachments) {
    const bytes = readEntry(zip, `${ATTACHMENTS_FOLDER}${storedName}`);
    if (!bytes) throw refuse.attachmentMissing(storedName);
    if (bytes.byteLength !== size || sha256(bytes) !== listed) throw refuse.attachmentChecksum(storedName);
    files.set(storedName, bytes);
  }
  return files;
}

/**
 * Proves an archive whole before anything is touched: a ZIP of ours (not foreign, not cut short), a manifest of
 * the strict shape from a format and a schema this app knows, nothing but the entries it lists, attachment names of
 * the app's own form, and the tables store (format 1: every table) and every file matching its checksum. Any doubt is an
 * AppError with a Russian message naming what is wrong.
 */
export async function readArchive(bytes: Uint8Array, latestSchema: number): Promise<VerifiedArchive> {
  const zip = openZip(bytes);
  const manifest = readManifest(zip, latestSchema);
  checkAttachmentNames(manifest);
  checkEntries(zip, manifest);
  const rows: ArchivedRows =
    manifest.formatVersion === 2
      ? { format: 2, store: readStore(zip, manifest), listed: manifest.tables }
      : { format: 1, tables: readTables(zip, manifest) };
  const attachments = readAttachments(zip, manifest);
  return { manifest, rows, attachments };
}
