import type Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** A file-name-safe local timestamp: 2026-11-26_14-05-09. */
export function fileStamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}_${pad(now.getHours())}-${pad(now.getMinutes())}-${pad(now.getSeconds())}`;
}

/**
 * Copies a live database with SQLite's online backup API, which, unlike copying the file,
 * includes what is still in the WAL. Returns the path of the copy.
 */
export async function backupDatabase(db: Database.Database, dir: string, label: string, now: Date): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `${label}_${fileStamp(now)}.sqlite3`);
  await db.backup(target);
  return target;
}
