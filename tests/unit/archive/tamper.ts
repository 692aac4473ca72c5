import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import type { Manifest, TableFile } from '../../../src-main/archive/format';

/** The archive's entries, to be changed and zipped again. */
export interface Entries {
  manifest: Manifest;
  files: Map<string, Uint8Array>;
}

export async function unzip(bytes: Uint8Array): Promise<Entries> {
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('uint8array'));
  }
  const manifest = JSON.parse(Buffer.from(files.get('manifest.json') ?? []).toString('utf8')) as Manifest;
  files.delete('manifest.json');
  return { manifest, files };
}

export async function zip({ manifest, files }: Entries): Promise<Uint8Array> {
  const out = new JSZip();
  out.file('manifest.json', JSON.stringify(manifest));
  for (const [name, bytes] of files) out.file(name, bytes, { createFolders: false });
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Unzips, lets `edit` change the entries, zips again (with fresh ZIP CRCs: only our checksums can tell). */
export async function tamper(bytes: Uint8Array, edit: (entries: Entries) => void): Promise<Uint8Array> {
  const entries = await unzip(bytes);
  edit(entries);
  return zip(entries);
}

export function readTable(entries: Entries, name: string): TableFile {
  return JSON.parse(Buffer.from(entries.files.get(`tables/${name}.json`) ?? []).toString('utf8')) as TableFile;
}

/** Writes a table back, and with `fixChecksum` its checksum and row count too, as a careful forger would. */
export function writeTable(entries: Entries, file: TableFile, { fixChecksum }: { fixChecksum: boolean }): void {
  const bytes = Buffer.from(JSON.stringify(file), 'utf8');
  entries.files.set(`tables/${file.table}.json`, bytes);
  if (fixChecksum) {
    entries.manifest.tables[file.table] = {
      rows: file.rows.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
  }
}
