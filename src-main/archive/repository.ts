import type Database from 'better-sqlite3';
import { quoteIdentifier, type StoreTable } from '../db/schema';
import { decodeCell, type Cell, type SqlValue } from './format';

/** The SQL of the archive: whole tables read and written, and the schema's own objects set aside while they are. */

type Db = Database.Database;

/**
 * The schema name under which the other store is attached: the live store to the tables store an export fills, an
 * archive's tables store to the store an import builds.
 */
export const ATTACHED = 'archived';

/**
 * Attaches the SQLite file `file` as the schema `archived`: the live store to the in-memory tables store an export
 * fills, or an archive's tables store to the store an import builds. Only ever read through this connection.
 */
export function attachStore(db: Db, file: string): void {
  db.prepare(`ATTACH DATABASE ? AS ${ATTACHED}`).run(file);
}

export function detachStore(db: Db): void {
  db.exec(`DETACH DATABASE ${ATTACHED}`);
}

/**
 * Copies a table of the attached live store into a plain table of the same name in `db`'s main schema: only its
 * columns, no declared types (so that SQLite converts no value), in its stable order; the number of rows.
 */
export function copyTableFromAttached(db: Db, table: StoreTable): number {
  const columns = table.columns.map(quoteIdentifier).join(', ');
  db.exec(`CREATE TABLE main.${quoteIdentifier(table.name)} (${columns})`);
  return db
    .prepare(
      `INSERT INTO main.${quoteIdentifier(table.name)} SELECT ${columns}
       FROM ${ATTACHED}.${quoteIdentifier(table.name)} ORDER BY ${table.orderBy}`,
    )
    .run().changes;
}

/** The store's whole file, as SQLite would write it to disk (an in-memory store's too). */
export function fileBytes(db: Db): Buffer {
  return db.serialize();
}

/** The stored names of the files the attached live store's attachments name, or none when its schema has none yet. */
export function attachedAttachmentNames(db: Db): string[] {
  const exists = db
    .prepare(`SELECT 1 FROM ${ATTACHED}.sqlite_schema WHERE type = 'table' AND name = 'attachments'`)
    .get();
  if (!exists) return [];
  return db.prepare(`SELECT stored_name FROM ${ATTACHED}.attachments ORDER BY id`).pluck().all() as string[];
}

/** An object of an archive's tables store, as its `sqlite_schema` lists it. */
export interface ArchivedObject {
  type: string;
  name: string;
}

/** Every object of the attached archive's tables store: only plain tables belong there. */
export function archivedObjects(db: Db): ArchivedObject[] {
  return db.prepare(`SELECT type, name FROM ${ATTACHED}.sqlite_schema`).all() as ArchivedObject[];
}

/** The columns of a table of the attached archive, in their order. */
export function archivedColumns(db: Db, table: string): string[] {
  const rows = db.pragma(`${ATTACHED}.table_xinfo(${quoteIdentifier(table)})`) as { name: string }[];
  return rows.map((row) => row.name);
}

export function countArchivedRows(db: Db, table: string): number {
  return db
    .prepare(`SELECT count(*) FROM ${ATTACHED}.${quoteIdentifier(table)}`)
    .pluck()
    .get() as number;
}

/** Inserts every row of the attached archive's table of the same name, in its order, through the table's constraints. */
export function insertArchivedRows(db: Db, table: string, columns: readonly string[]): void {
  const list = columns.map(quoteIdentifier).join(', ');
  db.exec(
    `INSERT INTO main.${quoteIdentifier(table)} (${list})
     SELECT ${list} FROM ${ATTACHED}.${quoteIdentifier(table)} ORDER BY _rowid_`,
  );
}

/** Rows per INSERT of format 1's rows: one statement call per row costs more than SQLite's own work for a row. */
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
