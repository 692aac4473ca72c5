import Database from 'better-sqlite3';
import { closeSync, fsyncSync, openSync, rmSync } from 'node:fs';
import { AppError } from '../errors';
import { applyMigrations } from '../db/connection';
import type { Migration } from '../db/migration';
import { archiveRefusals as refuse } from './messages';
import type { VerifiedArchive } from './read';
import { archivedTables, insertRows, quoteIdentifier, type ArchivedTable } from './tables';

/** How many rows of each table and how many files an archive brought. */
export interface ImportCounts {
  tables: Record<string, number>;
  attachments: number;
}

type Db = Database.Database;

/** The archive must hold exactly the tables of the schema it was made at, each with exactly its columns. */
function matchSchema(db: Db, archive: VerifiedArchive): ArchivedTable[] {
  const schema = archivedTables(db);
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

function foreignKeyViolations(db: Db): string[] {
  const rows = db.pragma('foreign_key_check') as { table: string }[];
  return [...new Set(rows.map((row) => row.table))].sort();
}

/** The schema's own indexes (not those SQLite makes for keys), set aside while rows are put in and made again. */
function setIndexesAside(db: Db): { name: string; table: string; sql: string }[] {
  const indexes = db
    .prepare('SELECT name, tbl_name AS "table", sql FROM sqlite_schema WHERE type = \'index\' AND sql IS NOT NULL')
    .all() as { name: string; table: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX ${quoteIdentifier(index.name)}`);
  return indexes;
}

/**
 * Puts the archive's rows in place of whatever the migrations seeded, all in one transaction: triggers are set
 * aside so that they write nothing of their own, the schema's indexes are made again once the rows are in (built
 * at once from sorted rows, several times faster than kept up row by row over a whole history), and the foreign
 * keys are checked once everything is in.
 */
function fillTables(db: Db, archive: VerifiedArchive, schema: readonly ArchivedTable[]): void {
  db.pragma('foreign_keys = OFF');
  db.transaction(() => {
    const triggers = db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND sql IS NOT NULL")
      .all() as { name: string; sql: string }[];
    for (const trigger of triggers) db.exec(`DROP TRIGGER ${quoteIdentifier(trigger.name)}`);
    const indexes = setIndexesAside(db);
    for (const table of schema) db.exec(`DELETE FROM ${quoteIdentifier(table.name)}`);
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
        db.exec(index.sql);
      } catch (error) {
        // A unique index the rows break (two agreements with one number).
        if (error instanceof Database.SqliteError) throw refuse.rowsRefused(index.table);
        throw error;
      }
    }
    for (const trigger of triggers) db.exec(trigger.sql);
    const broken = foreignKeyViolations(db);
    if (broken.length > 0) throw refuse.links(broken);
  })();
  db.pragma('foreign_keys = ON');
}

function syncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function checkIntegrity(db: Db): void {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  if (rows.length !== 1 || rows[0]?.integrity_check !== 'ok') throw refuse.integrity();
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
    db.pragma('journal_mode = MEMORY');
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -131072');
    const version = archive.manifest.schemaVersion;
    applyMigrations(
      db,
      migrations.filter((migration) => migration.version <= version),
    );
    if (db.pragma('user_version', { simple: true }) !== version) {
      throw new AppError('internal', `The migrations do not reach schema ${version}`);
    }
    fillTables(db, archive, matchSchema(db, archive));
    applyMigrations(db, migrations);
    const broken = foreignKeyViolations(db);
    if (broken.length > 0) throw refuse.links(broken);
    checkIntegrity(db);
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
