import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import {
  TABLES_STORE_ENTRY,
  type Manifest,
  type ManifestV1,
  type ManifestV2,
  type TableFile,
} from '../../../src-main/archive/format';

/** The archive's entries, to be changed and zipped again. */
export interface Entries<M extends Manifest = ManifestV2> {
  manifest: M;
  files: Map<string, Uint8Array>;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export async function unzip<M extends Manifest = ManifestV2>(bytes: Uint8Array): Promise<Entries<M>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('uint8array'));
  }
  const manifest = JSON.parse(Buffer.from(files.get('manifest.json') ?? []).toString('utf8')) as M;
  files.delete('manifest.json');
  return { manifest, files };
}

export async function zip({ manifest, files }: Entries<Manifest>): Promise<Uint8Array> {
  const out = new JSZip();
  out.file('manifest.json', JSON.stringify(manifest));
  for (const [name, bytes] of files) out.file(name, bytes, { createFolders: false });
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Unzips, lets `edit` change the entries, zips again (with fresh ZIP CRCs: only our checksums can tell). */
export async function tamper<M extends Manifest = ManifestV2>(
  bytes: Uint8Array,
  edit: (entries: Entries<M>) => void,
): Promise<Uint8Array> {
  const entries = await unzip<M>(bytes);
  edit(entries);
  return zip(entries);
}

/** The archive's tables store, opened in memory (to read, or to change through `editTables`). */
export function openTables(entries: Entries): Database.Database {
  return new Database(Buffer.from(entries.files.get(TABLES_STORE_ENTRY) ?? []));
}

/**
 * Changes the tables store by SQL and puts it back; with `fixChecksum` its size and checksum and the row counts of
 * the tables the manifest lists too, as a careful forger would.
 */
export function editTables(
  entries: Entries,
  change: (db: Database.Database) => void,
  { fixChecksum }: { fixChecksum: boolean },
): void {
  const db = openTables(entries);
  try {
    change(db);
    const bytes = db.serialize();
    entries.files.set(TABLES_STORE_ENTRY, bytes);
    if (!fixChecksum) return;
    entries.manifest.store = { size: bytes.byteLength, sha256: sha256(bytes) };
    const present = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all());
    for (const name of Object.keys(entries.manifest.tables)) {
      if (!present.has(name)) continue;
      entries.manifest.tables[name] = { rows: db.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() as number };
    }
  } finally {
    db.close();
  }
}

/** A table file of an archive of format 1. */
export function readTable(entries: Entries<ManifestV1>, name: string): TableFile {
  return JSON.parse(Buffer.from(entries.files.get(`tables/${name}.json`) ?? []).toString('utf8')) as TableFile;
}

/** Writes a table file of format 1 back, and with `fixChecksum` its checksum and row count too. */
export function writeTable(
  entries: Entries<ManifestV1>,
  file: TableFile,
  { fixChecksum }: { fixChecksum: boolean },
): void {
  const bytes = Buffer.from(JSON.stringify(file), 'utf8');
  entries.files.set(`tables/${file.table}.json`, bytes);
  if (fixChecksum) entries.manifest.tables[file.table] = { rows: file.rows.length, sha256: sha256(bytes) };
}
