import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection';
import { migrations } from '../../../src-main/db/migrations';
import { silentLogger, useTempDirs } from '../../kit';

const tempDir = useTempDirs();

/** An approved review's snapshot as the app froze it: the indicators with their m and N. */
function snapshot(families: number | null): string {
  return JSON.stringify({
    year: '2024/2025',
    indicators: [
      { key: 'planFulfilment', m: 4, n: 9, value: 44.4, noData: null },
      families === null
        ? { key: 'parentCoverage', m: null, n: null, value: null, noData: 'Не указано число семей' }
        : { key: 'parentCoverage', m: 30, n: families, value: (30 * 100) / families, noData: null },
    ],
  });
}

describe('migration 10: the facts of each academic year', () => {
  it('takes the number of families an approved review was counted with as that year’s, and nothing else', async () => {
    const dir = tempDir();
    const file = join(dir, 'store.sqlite3');
    const before = migrations.filter((m) => m.version < 10);
    closeDatabase((await openDatabase(file, { migrations: before, backupDir: dir, logger: silentLogger })).db);
    const old = new Database(file);
    const insert = old.prepare(
      `INSERT INTO reviews (year, approved_on, approved_by, snapshot, updated_at)
       VALUES (?, ?, 'Директор', ?, '2025-06-10T10:00:00.000Z')`,
    );
    insert.run('2024/2025', '2025-06-10', snapshot(210));
    insert.run('2023/2024', '2024-06-10', snapshot(null));
    insert.run('2025/2026', null, null);
    old.close();

    const { db } = await openDatabase(file, { migrations, backupDir: dir, logger: silentLogger });
    try {
      expect(db.prepare('SELECT * FROM school_years ORDER BY year').all()).toEqual([
        {
          year: '2024/2025',
          families: 210,
          teachers: null,
          carried_noo: null,
          carried_ooo: null,
          carried_soo: null,
          updated_at: '2025-06-10T10:00:00.000Z',
        },
      ]);
    } finally {
      closeDatabase(db);
    }
  });
});
