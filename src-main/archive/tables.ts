import type Database from 'better-sqlite3';
import { decodeCell, encodeCell, type Cell } from './format';

type Db = Database.Database;

/** A table the archive carries: its name, the columns a row is written with, and a stable order of its rows. */
export interface ArchivedTable {
  name: string;
  columns: string[];
  /** The ORDER BY clause that lists its rows the same way every time. */
  orderBy: string;
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
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
 * migration adds is archived too. SQLite's own tables (`sqlite_*`) are left out, and so are virtual tables and
 * their shadow tables, whose content SQLite rebuilds and forbids writing: none exists today, and a test says so
 * the day one is added.
 */
export function archivedTables(db: Db): ArchivedTable[] {
  const names = db
    .prepare(
      `SELECT name FROM sqlite_schema
       WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'
       ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  const list = new Map((db.pragma('table_list') as TableListRow[]).map((row) => [row.name, row]));
  return names
    .filter((name) => list.get(name)?.type === 'table')
    .map((name) => {
      const columns = db.pragma(`table_xinfo(${quoteIdentifier(name)})`) as ColumnRow[];
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

/** The table's rows as arrays of archived cells, in the table's stable order. */
export function readRows(db: Db, table: ArchivedTable): Cell[][] {
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
