import type Database from 'better-sqlite3';
import type { BackupInfo } from '../contract/backups';

/** The SQL of the backups: what a copy of the store holds, counted. */

/** Counts of the main records in a copy; a table the copy's schema does not have yet counts 0. */
export function recordCounts(db: Database.Database): NonNullable<BackupInfo['counts']> {
  const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
  const count = (table: string) =>
    tables.has(table) ? (db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number) : 0;
  return {
    partners: count('partners'),
    agreements: count('agreements'),
    events: count('events'),
    planItems: count('plan_items'),
  };
}
