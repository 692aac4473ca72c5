import type Database from 'better-sqlite3';

type Db = Database.Database;

const KIND = 'plan-import';

/** Keeps what undoes an import of a plan; answers its token. */
export function saveImportUndo(db: Db, payload: unknown, stamp: string): number {
  const { id } = db
    .prepare('INSERT INTO deleted_records (kind, record_id, payload, deleted_at) VALUES (?, 0, ?, ?) RETURNING id')
    .get(KIND, JSON.stringify(payload), stamp) as { id: number };
  return id;
}

/** What undoes an import, or undefined when it was undone already. */
export function findImportUndo(db: Db, token: number): unknown {
  const row = db.prepare('SELECT payload FROM deleted_records WHERE id = ? AND kind = ?').get(token, KIND) as
    { payload: string } | undefined;
  return row ? (JSON.parse(row.payload) as unknown) : undefined;
}

export function forgetImportUndo(db: Db, token: number): void {
  db.prepare('DELETE FROM deleted_records WHERE id = ? AND kind = ?').run(token, KIND);
}
