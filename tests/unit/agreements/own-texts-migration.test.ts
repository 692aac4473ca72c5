import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection';
import { migrations } from '../../../src-main/db/migrations';
import { DEFAULT_TEMPLATES } from '../../../src-main/agreements/templates/defaults';
import { call, openCore, silentLogger, useTempDirs } from '../../kit';

const tempDir = useTempDirs();
const STAMP = '2025-03-14T09:26:53.000Z';

/** A store as the app of schema 7 left it: a printed agreement with its text, and one whose text is only spaces. */
async function storeOfSchema7(dataDir: string): Promise<void> {
  const file = join(dataDir, 'sodruzhestvo.sqlite3');
  const upTo7 = migrations.filter((m) => m.version <= 7);
  closeDatabase(
    (await openDatabase(file, { migrations: upTo7, backupDir: join(dataDir, 'backups'), logger: silentLogger })).db,
  );
  const db = new Database(file);
  const template = DEFAULT_TEMPLATES[0];
  db.prepare(
    "INSERT INTO agreement_templates (id, name, type, body, built_in, updated_at) VALUES (1, ?, 'cooperation', ?, 1, ?)",
  ).run(template?.name, template?.body, STAMP);
  db.prepare("INSERT INTO partner_categories (id, name, position) VALUES (1, 'Безопасность', 1)").run();
  db.prepare(
    "INSERT INTO partners (id, full_name, short_name, category_id, status, stage, created_at, updated_at) VALUES (1, 'ГИБДД', '', 1, 'active', 2, ?, ?)",
  ).run(STAMP, STAMP);
  const insert = db.prepare(
    `INSERT INTO agreements (id, partner_id, type, number, number_key, signed_on, starts_on, ends_on, subject, text,
       template_id, created_at, updated_at)
     VALUES (?, 1, 'cooperation', ?, ?, '2025-09-01', '2025-09-01', '2026-08-31', 'Профилактика', ?, 1, ?, ?)`,
  );
  insert.run(
    1,
    'СП-1',
    'сп-1',
    'Договор, как его подписали.\n3.1. Настоящий договор действует с 1 сентября 2025 г. по 31 августа 2026 г.',
    STAMP,
    STAMP,
  );
  insert.run(2, 'СП-2', 'сп-2', '  \n ', STAMP, STAMP);
  db.close();
}

describe('migration 008: agreements’ existing texts', () => {
  it('keeps a text the school printed word for word, as its own, and lets an empty one follow its template', async () => {
    const dataDir = tempDir();
    await storeOfSchema7(dataDir);
    const app = await openCore(dataDir, { now: () => new Date(2026, 10, 26, 10, 0) });
    try {
      const printed = await call(app, 'agreements:get', { id: 1 });
      expect(printed.text).toBe(
        'Договор, как его подписали.\n3.1. Настоящий договор действует с 1 сентября 2025 г. по 31 августа 2026 г.',
      );
      const own = await call(app, 'agreements:text', { id: 1 });
      expect(own.source).toBe('own');
      expect(own.text).toBe(printed.text);
      expect((await call(app, 'agreements:get', { id: 2 })).text).toBe('');
      const follows = await call(app, 'agreements:text', { id: 2 });
      expect(follows.source).toBe('template');
      expect(follows.text).toContain('3.1. Настоящий договор действует с 1 сентября 2025 г. по 31 августа 2026 г.');
    } finally {
      app.close();
    }
  });
});
