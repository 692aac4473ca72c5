import type Database from 'better-sqlite3';
import { decodeCell, encodeCell, type Cell, type SqlValue } from './format';

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
export function rowsJson(db: Db, table: ArchivedTable): { json: string; count: number } {
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
