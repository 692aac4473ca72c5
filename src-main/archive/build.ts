import Database from 'better-sqlite3';
import { closeSync, fsyncSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { AppError } from '../errors';
import { applyMigrations, passesQuickCheck } from '../db/connection';
import type { Migration } from '../db/migration';
import { schemaVersion, storeTables, type StoreTable } from '../db/schema';
import type { ManifestV2, TableFile } from './format';
import { archiveRefusals as refuse } from './messages';
import type { VerifiedArchive } from './read';
import {
  archivedColumns,
  archivedObjects,
  attachStore,
  buildWithoutJournal,
  checkForeignKeys,
  countArchivedRows,
  deleteAllRows,
  detachStore,
  foreignKeyViolations,
  insertArchivedRows,
  insertRows,
  makeAgain,
  setAside,
} from './repository';

/** How many rows of each table and how many files an archive brought. */
export interface ImportCounts {
  tables: Record<string, number>;
  attachments: number;
}

type Db = Database.Database;

/** The archive must hold exactly the tables of the schema it was made at, each with exactly its columns. */
function matchSchema(schema: readonly StoreTable[], archived: ReadonlyMap<string, readonly string[]>): void {
  const known = new Set(schema.map((table) => table.name));
  for (const name of archived.keys()) if (!known.has(name)) throw refuse.tableNotInSchema();
  for (const table of schema) {
    const columns = archived.get(table.name);
    if (!columns) throw refuse.tableMissing(table.name);
    const expected = new Set(table.columns);
    if (columns.length !== expected.size || columns.some((column) => !expected.has(column))) {
      throw refuse.columnsDiffer(table.name);
    }
  }
}

/** Format 1's tables, parsed and checked already: each table's rows a hundred to a statement. */
function fromTableFiles(tables: ReadonlyMap<string, TableFile>): RowSource {
  return {
    columns: new Map([...tables].map(([name, file]) => [name, file.columns])),
    insert: (db, table) => {
      const file = tables.get(table.name);
      if (!file) throw refuse.tableMissing(table.name);
      try {
        insertRows(db, table.name, file.columns, file.rows);
      } catch (error) {
        if (error instanceof Database.SqliteError || error instanceof RangeError || error instanceof TypeError) {
          throw refuse.rowsRefused(table.name);
        }
        throw error;
      }
    },
  };
}

/** A failure of SQLite to read the archive's tables store, rather than a row the new store refuses. */
const UNREADABLE = /^SQLITE_(CORRUPT|NOTADB|IOERR|CANTOPEN|FORMAT)/;

/**
 * Format 2's tables store, attached to the new store as a file of its own: it must hold nothing but a plain table
 * for each table the manifest lists, with the row count the manifest gives; SQLite then copies each table's rows
 * into the new one, through its types and constraints as any insert.
 */
function fromTablesStore(db: Db, listedTables: ManifestV2['tables']): RowSource {
  const columns = new Map<string, string[]>();
  try {
    const objects = archivedObjects(db);
    if (objects.some((object) => object.type !== 'table')) throw refuse.strayTable();
    const names = new Set(objects.map((object) => object.name));
    for (const name of Object.keys(listedTables)) if (!names.has(name)) throw refuse.tableMissing(name);
    for (const name of names) {
      const listed = listedTables[name];
      if (!listed) throw refuse.strayTable();
      const found = countArchivedRows(db, name);
      if (found !== listed.rows) throw refuse.rowCount(name, found, listed.rows);
      columns.set(name, archivedColumns(db, name));
    }
  } catch (error) {
    if (error instanceof Database.SqliteError) throw refuse.storeUnreadable();
    throw error;
  }
  return {
    columns,
    insert: (into, table) => {
      try {
        insertArchivedRows(into, table.name, table.columns);
      } catch (error) {
        if (error instanceof Database.SqliteError) {
          throw UNREADABLE.test(error.code) ? refuse.storeUnreadable() : refuse.rowsRefused(table.name);
        }
        throw error;
      }
    },
  };
}

/** Where the rows come from: each archived table's columns, and what puts a table's rows into the new store. */
interface RowSource {
  columns: ReadonlyMap<string, readonly string[]>;
  insert: (db: Db, table: StoreTable) => void;
}

/**
 * Puts the archive's rows in place of whatever the migrations seeded, all in one transaction: triggers are set
 * aside so that they write nothing of their own, the schema's indexes are made again once the rows are in (built
 * at once from sorted rows, several times faster than kept up row by row over a whole history), and the foreign
 * keys are checked once everything is in.
 */
function fillTables(db: Db, source: RowSource): void {
  const schema = storeTables(db);
  matchSchema(schema, source.columns);
  checkForeignKeys(db, false);
  db.transaction(() => {
    const triggers = setAside(db, 'trigger');
    const indexes = setAside(db, 'index');
    for (const table of schema) deleteAllRows(db, table.name);
    for (const table of schema) source.insert(db, table);
    for (const index of indexes) {
      try {
        makeAgain(db, index);
      } catch (error) {
        // A unique index the rows break (two agreements with one number).
        if (error instanceof Database.SqliteError) throw refuse.rowsRefused(index.table);
        throw error;
      }
    }
    for (const trigger of triggers) makeAgain(db, trigger);
    const broken = foreignKeyViolations(db);
    if (broken.length > 0) throw refuse.links(broken);
  })();
  checkForeignKeys(db, true);
}

/** Fills the new store from the archive's rows of either format; format 2's tables store is written beside it meanwhile. */
function fillFromArchive(db: Db, archive: VerifiedArchive, file: string): void {
  if (archive.rows.format === 1) {
    fillTables(db, fromTableFiles(archive.rows.tables));
    return;
  }
  const store = `${file}-archived`;
  writeFileSync(store, archive.rows.store, { flag: 'wx' });
  try {
    try {
      attachStore(db, store);
    } catch (error) {
      if (error instanceof Database.SqliteError) throw refuse.storeUnreadable();
      throw error;
    }
    try {
      fillTables(db, fromTablesStore(db, archive.rows.listed));
    } finally {
      detachStore(db);
    }
  } finally {
    rmSync(store, { force: true });
  }
}

function syncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Builds a new store from a verified archive in `file`, which must not exist: the schema the archive was made at
 * (the migrations up to its version), its rows, then the migrations after it, the foreign keys and SQLite's
 * integrity check. On any refusal the file is removed and the error thrown; the live store is never touched.
 */
export function buildStore(archive: VerifiedArchive, file: string, migrations: readonly Migration[]): ImportCounts {
  const db = new Database(file, { fileMustExist: false });
  try {
    // A file of its own that nobody reads until it is built: no journal on disk, no sync per migration; it is
    // synced once, whole, before it is installed.
    buildWithoutJournal(db);
    const version = archive.manifest.schemaVersion;
    applyMigrations(
      db,
      migrations.filter((migration) => migration.version <= version),
    );
    if (schemaVersion(db) !== version) {
      throw new AppError('internal', `The migrations do not reach schema ${version}`);
    }
    fillFromArchive(db, archive, file);
    applyMigrations(db, migrations);
    // The rows were checked at the archive's schema; a later migration may have moved them.
    if (schemaVersion(db) !== version) {
      const broken = foreignKeyViolations(db);
      if (broken.length > 0) throw refuse.links(broken);
    }
    // The indexes were just built from the rows, so comparing them again (`integrity_check`) could find nothing more.
    if (!passesQuickCheck(db)) throw refuse.integrity();
    db.close();
    syncFile(file);
  } catch (error) {
    if (db.open) db.close();
    rmSync(file, { force: true });
    rmSync(`${file}-journal`, { force: true });
    rmSync(`${file}-archived`, { force: true });
    throw error;
  }
  return {
    tables: Object.fromEntries(Object.entries(archive.manifest.tables).map(([name, table]) => [name, table.rows])),
    attachments: archive.attachments.size,
  };
}
