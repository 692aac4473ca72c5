import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection';
import { migrations } from '../../../src-main/db/migrations';
import { silentLogger, useTempDirs } from '../../kit';

const tempDir = useTempDirs();
const STAMP = '2025-03-14T09:26:53.000Z';
const EDITED = '2025-04-01T08:00:00.000Z';
const KEPT = 'установлено вручную до обновления';

/** A store of schema 7, with partners whose typed status and stage the records do or do not explain. */
async function storeBeforeStanding(file: string, backupDir: string) {
  const upTo7 = migrations.filter((m) => m.version <= 7);
  closeDatabase((await openDatabase(file, { migrations: upTo7, backupDir, logger: silentLogger })).db);
  const db = new Database(file);
  db.exec(`
    INSERT INTO partner_categories (id, name, position) VALUES (1, 'Культура', 1);
    INSERT INTO partners (id, full_name, category_id, status, stage, created_at, updated_at) VALUES
      (1, 'Дом культуры: договор в силе и мероприятие', 1, 'active', 3, '${STAMP}', '${EDITED}'),
      (2, 'Музей: «действующий» без договора, 2 этап без данных', 1, 'active', 2, '${STAMP}', '${EDITED}'),
      (3, 'Библиотека: в архиве', 1, 'former', 1, '${STAMP}', '${EDITED}'),
      (4, 'Стадион: приостановлен, 3 этап при одном договоре', 1, 'suspended', 3, '${STAMP}', '${EDITED}'),
      (5, 'Поликлиника: как в программе', 1, 'active', 1, '${STAMP}', '${STAMP}'),
      (6, 'Школа искусств: потенциальный', 1, 'potential', 1, '${STAMP}', '${EDITED}');
    INSERT INTO partner_stage_history (partner_id, from_stage, to_stage, date, comment, recorded_at) VALUES
      (1, 2, 3, '2025-02-01', 'Начаты мероприятия', '${STAMP}'),
      (2, 1, 2, '2025-03-01', 'Переговоры', '${STAMP}'),
      (4, 2, 3, '2024-10-01', '', '${STAMP}'),
      (5, NULL, 1, '2025-03-14', 'Из программы социального партнёрства школы', '${STAMP}');
    INSERT INTO agreements (id, partner_id, type, number, number_key, signed_on, starts_on, ends_on, prolongation,
                            created_at, updated_at) VALUES
      (1, 1, 'cooperation', '1', '1', '2024-09-01', '2024-09-01', '2025-08-31', 'auto', '${STAMP}', '${STAMP}'),
      (2, 4, 'cooperation', '2', '2', '2024-09-01', '2024-09-01', '2025-08-31', 'none', '${STAMP}', '${STAMP}');
    INSERT INTO events (id, title, starts_at, ends_at, all_day, status, created_at, updated_at) VALUES
      (1, 'Концерт', '2025-01-20', '2025-01-20', 1, 'held', '${STAMP}', '${STAMP}');
    INSERT INTO event_partners (event_id, partner_id) VALUES (1, 1);
  `);
  db.close();
}

describe('migration 009: status and stage derived from the records', () => {
  it('keeps as set by hand only what the records do not explain, and drops the typed columns', async () => {
    const dir = tempDir();
    const file = join(dir, 'store.sqlite3');
    const backupDir = join(dir, 'backups');
    await storeBeforeStanding(file, backupDir);
    const { db } = await openDatabase(file, { migrations, backupDir, logger: silentLogger });
    try {
      // The house of culture (its agreement prolongs itself, a concert held), the program's own partner never
      // edited and the potential one are derived from now on: nothing of theirs is kept.
      const statuses = db
        .prepare('SELECT partner_id AS id, status, reason, set_on AS setOn FROM partner_status_overrides ORDER BY 1')
        .all();
      expect(statuses).toEqual([
        // No agreement in force: «действующий» was the office's word, kept.
        { id: 2, status: 'active', reason: KEPT, setOn: '2025-04-01' },
        { id: 3, status: 'former', reason: KEPT, setOn: '2025-04-01' },
        { id: 4, status: 'suspended', reason: KEPT, setOn: '2025-04-01' },
      ]);
      const stages = db
        .prepare(
          'SELECT partner_id AS id, year, stage, reason, set_on AS setOn FROM partner_stage_overrides ORDER BY 1',
        )
        .all();
      expect(stages).toEqual([
        // 2024/2025 shows neither an agreement nor a plan item for the museum.
        { id: 2, year: '2024/2025', stage: 2, reason: KEPT, setOn: '2025-03-01' },
        // The stadium's agreement was in force in 2024/2025, but nothing was held with it.
        { id: 4, year: '2024/2025', stage: 3, reason: KEPT, setOn: '2024-10-01' },
      ]);
      const columns = (db.pragma('table_info(partners)') as { name: string }[]).map((c) => c.name);
      expect(columns).not.toContain('status');
      expect(columns).not.toContain('stage');
      expect(db.prepare('SELECT partner_id AS id, year FROM partner_stage_history ORDER BY partner_id').all()).toEqual([
        { id: 1, year: '2024/2025' },
        { id: 2, year: '2024/2025' },
        { id: 4, year: '2024/2025' },
        { id: 5, year: '2024/2025' },
      ]);
    } finally {
      closeDatabase(db);
    }
  });
});
