import type Database from 'better-sqlite3';
import { quoteIdentifier, type StoreTable } from '../db/schema';
import { decodeCell, encodeCell, type Cell, type SqlValue } from './format';

/** The SQL of the archive: whole tables read and written, and the schema's own objects set aside while they are. */

type Db = Database.Database;

/** The SQL function that writes a REAL or a BLOB cell as its JSON (rare: scores and targets; no BLOB today). */
const CELL_FUNCTION = 'sodruzhestvo_archive_cell';
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** One column's archived cell as SQLite's JSON: what `encodeCell` makes of its value, written without a JS value per cell. */
function cellSql(column: string): string {
  const c = quoteIdentifier(column);
  return `CASE typeof(${c})
    WHEN 'integer' THEN CASE WHEN ${c} BETWEEN -${MAX_SAFE} AND ${MAX_SAFE} THEN ${c} ELSE json_object('int', CAST(${c} AS TEXT)) END
    WHEN 'real' THEN json(${CELL_FUNCTION}(${c}))
    WHEN 'blob' THEN json(${CELL_FUNCTION}(${c}))
    ELSE ${c} END`;
}

/**
 * The table's rows in its stable order as the JSON text of an array of archived cells (a `TableFile`'s rows), and
 * how many. SQLite writes each row's JSON itself: a history of a million rows is never a million arrays in memory.
 */
export function rowsJson(db: Db, table: StoreTable): { json: string; count: number } {
  db.function(CELL_FUNCTION, { deterministic: true, safeIntegers: true }, (value: unknown) =>
    JSON.stringify(encodeCell(value)),
  );
  const rows = db
    .prepare(
      `SELECT json_array(${table.columns.map(cellSql).join(', ')}) FROM ${quoteIdentifier(table.name)}
       ORDER BY ${table.orderBy}`,
    )
    .pluck()
    .all() as string[];
  return { json: `[${rows.join(',')}]`, count: rows.length };
}

/** Rows per INSERT: one statement call per row costs more than SQLite's own work for a row. */
const ROWS_PER_INSERT = 100;
/** Below SQLite's limit of bound parameters per statement (32,766). */
const MAX_PARAMETERS = 30_000;

/**
 * Inserts rows given as cells in the order of `columns`, a hundred to a statement, each decoded to its values only
 * as it goes in: a whole history decoded at once would be a second copy of every row in memory.
 */
export function insertRows(db: Db, table: string, columns: readonly string[], rows: readonly Cell[][]): void {
  const into = `INSERT INTO ${quoteIdentifier(table)} (${columns.map(quoteIdentifier).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const perInsert = Math.max(1, Math.min(ROWS_PER_INSERT, Math.floor(MAX_PARAMETERS / columns.length)));
  const statement = (count: number) => db.prepare(into + Array.from({ length: count }, () => tuple).join(', '));
  const batch = statement(perInsert);
  let at = 0;
  for (; at + perInsert <= rows.length; at += perInsert) {
    const values: SqlValue[] = [];
    for (let i = at; i < at + perInsert; i += 1) for (const cell of rows[i] ?? []) values.push(decodeCell(cell));
    batch.run(values);
  }
  if (at < rows.length) statement(rows.length - at).run(rows.slice(at).flatMap((row) => row.map(decodeCell)));
}

/** Removes every row of the table. */
export function deleteAllRows(db: Db, table: string): void {
  db.exec(`DELETE FROM ${quoteIdentifier(table)}`);
}

/** The stored names of the files the store's attachments name, or none when the schema has no attachments yet. */
export function attachmentNames(db: Db): string[] {
  const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'attachments'").get();
  if (!exists) return [];
  return db.prepare('SELECT stored_name FROM attachments ORDER BY id').pluck().all() as string[];
}

/** An index or a trigger of the schema, with the SQL that makes it again. */
export interface SchemaObject {
  name: string;
  table: string;
  sql: string;
}

/**
 * Drops the schema's own indexes or triggers (not the indexes SQLite makes for keys) and returns them, to be made
 * again with `makeAgain`.
 */
export function setAside(db: Db, type: 'index' | 'trigger'): SchemaObject[] {
  const objects = db
    .prepare('SELECT name, tbl_name AS "table", sql FROM sqlite_schema WHERE type = ? AND sql IS NOT NULL')
    .all(type) as SchemaObject[];
  const drop = type === 'index' ? 'DROP INDEX' : 'DROP TRIGGER';
  for (const object of objects) db.exec(`${drop} ${quoteIdentifier(object.name)}`);
  return objects;
}

/** Makes an index or a trigger set aside again. */
export function makeAgain(db: Db, object: SchemaObject): void {
  db.exec(object.sql);
}

/** Turns the checking of foreign keys off or on (a no-op inside a transaction, so the caller sets it outside). */
export function checkForeignKeys(db: Db, on: boolean): void {
  db.pragma(`foreign_keys = ${on ? 'ON' : 'OFF'}`);
}

/** The tables holding rows whose foreign keys point nowhere, by name. */
export function foreignKeyViolations(db: Db): string[] {
  const rows = db.pragma('foreign_key_check') as { table: string }[];
  return [...new Set(rows.map((row) => row.table))].sort();
}

/**
 * Settings for a store file that nobody reads until it is built: no journal on disk and no sync per write (the
 * caller syncs the file once, whole, before it is installed), and a larger page cache for the bulk insert.
 */
export function buildWithoutJournal(db: Db): void {
  db.pragma('journal_mode = MEMORY');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -131072');
}
