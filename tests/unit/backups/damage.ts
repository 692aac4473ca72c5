import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';

/** Finds the page where a table's rows start (its b-tree root) in a closed store. */
function rootPageOf(file: string, table: string): { page: number; pageSize: number } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const page = db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(table) as number;
    return { page, pageSize: db.pragma('page_size', { simple: true }) as number };
  } finally {
    db.close();
  }
}

/**
 * Damages a closed store the way a failing disk does: the page holding the rows of `table` (by default the
 * programme's goal) is overwritten with garbage, so `quick_check` fails while the rest of the file still reads.
 */
export function damageStoreFile(file: string, table = 'program'): void {
  const { page, pageSize } = rootPageOf(file, table);
  const bytes = readFileSync(file);
  bytes.fill(0xa5, (page - 1) * pageSize, page * pageSize);
  writeFileSync(file, bytes);
}

/** Flips bytes in the middle of a copy, as a bad sector or a half-written file would. */
export function corruptCopy(file: string): void {
  const bytes = readFileSync(file);
  const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16);
  const pages = Math.floor(bytes.length / pageSize);
  for (let page = 1; page < pages; page += 2) bytes.fill(0x5a, page * pageSize, page * pageSize + 64);
  writeFileSync(file, bytes);
}
