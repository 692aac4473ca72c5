import type Database from 'better-sqlite3';
import { quoteIdentifier, storeTables } from '../db/schema';

/** The SQL of the diagnostics: what the store holds, counted. */

/**
 * How many rows each table of the store holds — every table of the schema (`storeTables`), as the archive carries
 * them, so a table a later migration adds is counted too: counts only, never a row.
 */
export function tableCounts(db: Database.Database): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { name } of storeTables(db)) {
    counts[name] = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${quoteIdentifier(name)}`).get()?.n ?? 0;
  }
  return counts;
}
