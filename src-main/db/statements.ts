import type Database from 'better-sqlite3';

const byConnection = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * The connection's statement for `sql`, compiled on its first use and kept with the connection: for the small
 * queries a screen asks for again and again, compiling costs as much as running. Its mode is set on every use,
 * so that one caller plucking a column never changes what another one gets.
 */
export function prepared(db: Database.Database, sql: string, mode: { pluck?: boolean } = {}): Database.Statement {
  let statements = byConnection.get(db);
  if (!statements) {
    statements = new Map();
    byConnection.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement.reader ? statement.pluck(mode.pluck ?? false) : statement;
}

/**
 * How many rows the connection has written since it opened: unchanged means nothing was written, so a figure kept
 * with it is still true. The app writes through its one connection only.
 */
export function writesSoFar(db: Database.Database): number {
  return prepared(db, 'SELECT total_changes()', { pluck: true }).get() as number;
}
