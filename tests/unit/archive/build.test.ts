import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStore } from '../../../src-main/archive/build';
import { buildArchive } from '../../../src-main/archive/export';
import { readArchive } from '../../../src-main/archive/read';
import { dataPaths } from '../../../src-main/data-dir';
import { latestVersion } from '../../../src-main/db/connection';
import { migrations } from '../../../src-main/db/migrations';
import { storeTables } from '../../../src-main/db/schema';
import { useCores, useTempDirs } from '../../kit';
import { dumpTables, fillStore } from './fixtures';

const core = useCores();
const tempDir = useTempDirs();
const LATEST = latestVersion(migrations);

describe('a new store built from an archive', () => {
  it('holds every row of every table exactly as the archived store did', async () => {
    const app = await core();
    await fillStore(app);
    const dir = tempDir();
    const { bytes } = await buildArchive(app.db.name, join(dir, 'none'), {
      appVersion: '0.1.0',
      createdAt: new Date(),
    });
    const archive = await readArchive(bytes, LATEST);
    const file = join(tempDir(), 'new.sqlite3');
    const counts = buildStore(archive, file, migrations);
    const built = new Database(file, { readonly: true });
    try {
      expect(dumpTables(built)).toEqual(dumpTables(app.db));
      expect(counts.tables['partner_contacts']).toBeGreaterThan(1);
    } finally {
      built.close();
    }
    void dataPaths;
  });

  it('archives every ordinary table of the schema, and the schema has no virtual table or trigger it would miss', async () => {
    const app = await core();
    const all = app.db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all();
    expect(storeTables(app.db).map((t) => t.name)).toEqual(all);
  });
});
