import type Database from 'better-sqlite3';
import { quoteIdentifier, type StoreTable } from '../db/schema';
import { decodeCell, encodeCell, type Cell } from './format';

/** The SQL of the archive: whole tables read and written, and the schema's own objects set aside while they are. */

type Db = Database.Database;

/** The table's rows as arrays of archived cells, in the table's stable order. */
export function readRows(db: Db, table: StoreTable): Cell[][] {
  const columns = table.columns.map(quoteIdentifier).join(', ');
  const rows = db
    .prepare(`SELECT ${columns} FROM ${quoteIdentifier(table.name)} ORDER BY ${table.orderBy}`)
    .raw(true)
    .safeIntegers(true)
    .all() as unknown[][];
  return rows.map((row) => row.map(encodeCell));
}

/**
 * Inserts rows given as cells in the order of `columns`, each decoded to its values only as it goes in: a whole
 * history decoded at once would be a second copy of every row in memory.
 */
export function insertRows(db: Db, table: string, columns: readonly string[], rows: readonly Cell[][]): void {
  const statement = db.prepare(
    `INSERT INTO ${quoteIdentifier(table)} (${columns.map(quoteIdentifier).join(', ')})
     VALUES (${columns.map(() => '?').join(', ')})`,
  );
  for (const row of rows) statement.run(...row.map(decodeCell));
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
