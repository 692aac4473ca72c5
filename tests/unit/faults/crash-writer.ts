/**
 * The child of the crash test: opens the store the way the app does (the real openDatabase, so the real
 * migrations and pragmas), then commits small transactions until it is killed, writing each committed
 * number to stdout only after COMMIT has returned.
 *
 * It is bundled into plain JavaScript by the test (see bundle-writer.ts), since Node cannot run TypeScript here.
 * Arguments: the database file, the backup folder.
 */
import { writeSync } from 'node:fs';
import { openDatabase } from '../../../src-main/db/connection';
import { migrations } from '../../../src-main/db/migrations';

const FORMS_PER_PARTNER = 3;
/** SQLite checkpoints by itself once the WAL holds 1000 pages; more often here, so that kills land inside one. */
const CHECKPOINT_EVERY = 25;
/** Whatever happens to the parent, the child stops by itself. */
const GIVE_UP_AFTER_MS = 15_000;

const [file, backupDir] = process.argv.slice(2);
if (!file || !backupDir) throw new Error('usage: crash-writer FILE BACKUP_DIR');

const quiet = { info: () => {}, warn: () => {}, error: () => {} };
const { db } = await openDatabase(file, { migrations, backupDir, logger: quiet });

const say = (line: string) => writeSync(1, `${line}\n`);
say(
  `pragmas ${JSON.stringify({
    journal_mode: db.pragma('journal_mode', { simple: true }),
    synchronous: db.pragma('synchronous', { simple: true }),
    foreign_keys: db.pragma('foreign_keys', { simple: true }),
  })}`,
);

const last = db.prepare("SELECT coalesce(max(position), 0) AS n FROM partner_categories WHERE name LIKE 'crash-%'");
const addCategory = db.prepare('INSERT INTO partner_categories (name, position) VALUES (?, ?) RETURNING id');
const addPartner = db.prepare(
  'INSERT INTO partners (full_name, category_id, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id',
);
const addForm = db.prepare('INSERT INTO partner_forms (partner_id, position, text) VALUES (?, ?, ?)');
const setLast = db.prepare(
  'INSERT INTO program (id, goal) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET goal = excluded.goal',
);

const commit = db.transaction((n: number) => {
  const name = `crash-${n}`;
  const { id: categoryId } = addCategory.get(name, n) as { id: number };
  // A commit touches several tables and indexes, so several pages of the WAL.
  const { id: partnerId } = addPartner.get(name, categoryId, 'ж'.repeat(100 + (n % 7) * 50), 'now', 'now') as {
    id: number;
  };
  for (let position = 1; position <= FORMS_PER_PARTNER; position += 1)
    addForm.run(partnerId, position, `${name}/${position}`);
  setLast.run(String(n));
});

const started = Date.now();
let n = (last.get() as { n: number }).n + 1;
while (Date.now() - started < GIVE_UP_AFTER_MS) {
  commit(n);
  say(String(n));
  if (n % CHECKPOINT_EVERY === 0) db.pragma('wal_checkpoint(PASSIVE)');
  n += 1;
}
db.close();
