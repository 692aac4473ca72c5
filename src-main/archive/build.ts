import Database from 'better-sqlite3';
import { closeSync, fsyncSync, openSync, rmSync } from 'node:fs';
import { AppError } from '../errors';
import { integrityProblem } from '../db/backup';
import { applyMigrations } from '../db/connection';
import type { Migration } from '../db/migration';
import { schemaVersion, storeTables, type StoreTable } from '../db/schema';
import { archiveRefusals as refuse } from './messages';
import type { VerifiedArchive } from './read';
import { buildWithoutJournal, checkForeignKeys, deleteAllRows, foreignKeyViolations, insertRows, makeAgain, setAside } from './repository';

/** How many rows of each table and how many files an archive brought. */
export interface ImportCounts {
  tables: Record<string, number>;
  attachments: number;
}

type Db = Database.Database;

/** The archive must hold exactly the tables of the schema it was made at, each with exactly its columns. */
function matchSchema(db: Db, archive: VerifiedArchive): StoreTable[] {
  const schema = storeTables(db);
  const known = new Set(schema.map((table) => table.name));
  for (const name of archive.tables.keys()) if (!known.has(name)) throw refuse.tableNotInSchema();
  for (const table of schema) {
    const file = archive.tables.get(table.name);
    if (!file) throw refuse.tableMissing(table.name);
    const columns = new Set(table.columns);
    if (file.columns.length !== columns.size || file.columns.some((column) => !columns.has(column))) {
      throw refuse.columnsDiffer(table.name);
    }
  }
  return schema;
}

/**
 * Puts the archive's rows in place of whatever the migrations seeded, all in one transaction: triggers are set
 * aside so that they write nothing of their own, the schema's indexes are made again once the rows are in (built
 * at once from sorted rows, several times faster than kept up row by row over a whole history), and the foreign
 * keys are checked once everything is in.
 */
function fillTables(db: Db, archive: VerifiedArchive, schema: readonly StoreTable[]): void {
  checkForeignKeys(db, false);
  db.transaction(() => {
    const triggers = setAside(db, 'trigger');
    const indexes = setAside(db, 'index');
    for (const table of schema) deleteAllRows(db, table.name);
    for (const table of schema) {
      const file = archive.tables.get(table.name);
      if (!file) throw refuse.tableMissing(table.name);
      try {
        insertRows(db, table.name, file.columns, file.rows);
      } catch (error) {
        if (error instanceof Database.SqliteError || error instanceof RangeError || error instanceof TypeError) {
          throw refuse.rowsRefused(table.name);
        }
        throw error;
      }
    }
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
    fillTables(db, archive, matchSchema(db, archive));
    applyMigrations(db, migrations);
    const broken = foreignKeyViolations(db);
    if (broken.length > 0) throw refuse.links(broken);
    if (integrityProblem(db) !== null) throw refuse.integrity();
    db.close();
    syncFile(file);
  } catch (error) {
    if (db.open) db.close();
    rmSync(file, { force: true });
    rmSync(`${file}-journal`, { force: true });
    throw error;
  }
  return {
    tables: Object.fromEntries([...archive.tables].map(([name, table]) => [name, table.rows.length])),
    attachments: archive.attachments.size,
  };
}
