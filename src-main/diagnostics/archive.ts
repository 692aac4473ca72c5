import type Database from 'better-sqlite3';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeZip, type ZipEntry } from '../archive/zip-writer';
import { errorCode } from '../errors';
import { diagnosticsReport } from './report';

/** main.log and the logs set aside from it (main.1.log …, an older main.old.log). */
const LOG_NAME = /^[\w.-]+\.log(\.\d+)?$/i;
/** Whatever else lies about, a store, its journal or the settings never go into the archive. */
const NEVER_SHARED = /(\.sqlite3?|\.db|-wal|-shm|-journal)$|^settings/i;

export function isShareableLog(name: string): boolean {
  return LOG_NAME.test(name) && !NEVER_SHARED.test(name);
}

async function logFiles(logsDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(logsDir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
  const files: string[] = [];
  for (const name of names.filter(isShareableLog).sort()) {
    // A link could point at the store; only plain files are taken.
    if ((await lstat(join(logsDir, name))).isFile()) files.push(name);
  }
  return files;
}

export interface DiagnosticsSource {
  db: Database.Database;
  /** dataDir/logs */
  logsDir: string;
  now: Date;
}

/** The diagnostics ZIP: `logs/<name>.log…` and `versions.json`. Nothing else from the data directory. */
export async function diagnosticsZip({ db, logsDir, now }: DiagnosticsSource): Promise<Uint8Array> {
  const logs = await logFiles(logsDir);
  const entries: ZipEntry[] = [];
  for (const name of logs) {
    entries.push({ name: `logs/${name}`, bytes: await readFile(join(logsDir, name)), compress: true });
  }
  const report = `${JSON.stringify(diagnosticsReport(db, logs, now), null, 2)}\n`;
  entries.push({ name: 'versions.json', bytes: Buffer.from(report, 'utf8'), compress: true });
  return writeZip(entries, now);
}
