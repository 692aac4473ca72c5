import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';

export interface TableFingerprint {
  rows: number;
  sha256: string;
}

export type StoreFingerprint = Record<string, TableFingerprint | number | string[]>;

/** Every table of the store: how many rows and a hash of all of them, in key order; and the schema version. */
export function storeFingerprint(db: Database.Database, attachmentsDir?: string): StoreFingerprint {
  const tables = db
    .prepare("SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table'")
    .all() as {
    name: string;
    wr: number;
  }[];
  const fingerprint: StoreFingerprint = { user_version: db.pragma('user_version', { simple: true }) as number };
  for (const { name, wr } of tables.sort((a, b) => a.name.localeCompare(b.name))) {
    // A WITHOUT ROWID table reads in primary-key order by itself.
    const rows = db
      .prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"${wr ? '' : ' ORDER BY rowid'}`)
      .raw()
      .all();
    fingerprint[`table ${name}`] = {
      rows: rows.length,
      sha256: createHash('sha256').update(JSON.stringify(rows)).digest('hex'),
    };
  }
  if (attachmentsDir !== undefined) fingerprint.attachments = listFiles(attachmentsDir);
  return fingerprint;
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}
