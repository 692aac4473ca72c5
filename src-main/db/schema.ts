import type Database from 'better-sqlite3';

/** What the store's schema holds, read from SQLite itself: its version and its tables. */

type Db = Database.Database;

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The schema's version: the number of the last migration applied (0 for an empty file); of an attached store by its schema name. */
export function schemaVersion(db: Db, schema = 'main'): number {
  return db.pragma(`${schema}.user_version`, { simple: true }) as number;
}

/** A table of the store: its name, the columns a row is written with, and a stable order of its rows. */
export interface StoreTable {
  name: string;
  columns: string[];
  /** The ORDER BY clause that lists its rows the same way every time. */
  orderBy: string;
}

interface TableListRow {
  name: string;
  type: string;
  wr: number;
}

interface ColumnRow {
  name: string;
  pk: number;
  /** 0: an ordinary column; 1: hidden in a virtual table; 2, 3: generated (computed, never inserted). */
  hidden: number;
}

/**
 * Every table of the store's schema, read from `sqlite_schema` rather than kept in a list, so a table a later
 * migration adds is archived and counted too. SQLite's own tables (`sqlite_*`) are left out, and so are virtual
 * tables and their shadow tables, whose content SQLite rebuilds and forbids writing: none exists today, and a test
 * says so the day one is added. `schema`: an attached store's name, `main` unless given.
 */
export function storeTables(db: Db, schema = 'main'): StoreTable[] {
  const names = db
    .prepare(
      `SELECT name FROM ${schema}.sqlite_schema
       WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'
       ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  const list = new Map((db.pragma(`${schema}.table_list`) as TableListRow[]).map((row) => [row.name, row]));
  return names
    .filter((name) => list.get(name)?.type === 'table')
    .map((name) => {
      const columns = db.pragma(`${schema}.table_xinfo(${quoteIdentifier(name)})`) as ColumnRow[];
      const stored = columns.filter((column) => column.hidden === 0);
      const key = columns
        .filter((column) => column.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((column) => quoteIdentifier(column.name));
      const withoutRowid = list.get(name)?.wr === 1;
      return {
        name,
        columns: stored.map((column) => column.name),
        orderBy: withoutRowid ? key.join(', ') : '_rowid_',
      };
    });
}
