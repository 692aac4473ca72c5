import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, latestVersion, openDatabase } from '../../../src-main/db/connection';
import type { Migration } from '../../../src-main/db/migration';
import { migrations } from '../../../src-main/db/migrations';
import { rowAfterMigration, rowsUpTo } from '../../fixtures/schemas/rows-by-version';
import { silentLogger, useTempDirs } from '../../kit';
import { storeFingerprint } from './fingerprint';

const tempDir = useTempDirs();
const LATEST = latestVersion(migrations);
const PAST_VERSIONS = migrations.map((m) => m.version).filter((v) => v < LATEST);

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const normalise = (sql: string | null) => (sql ?? '').replace(/\s+/g, ' ').trim();

function paths() {
  const dir = tempDir();
  return { file: join(dir, 'sodruzhestvo.sqlite3'), backupDir: join(dir, 'backups') };
}

/** The schema as SQLite sees it: every object's SQL, and each table's columns, indexes and foreign keys. */
function schemaOf(db: Database.Database) {
  const objects = (
    db
      .prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
      .all() as { type: string; name: string; tbl_name: string; sql: string | null }[]
  ).map((o) => ({ ...o, sql: normalise(o.sql) }));
  const tables = objects
    .filter((o) => o.type === 'table')
    .map(({ name }) => ({
      name,
      columns: db.pragma(`table_xinfo("${name}")`),
      indexes: (db.pragma(`index_list("${name}")`) as { name: string }[]).map((index) => ({
        ...index,
        columns: db.pragma(`index_xinfo("${index.name}")`),
      })),
      foreignKeys: db.pragma(`foreign_key_list("${name}")`),
    }));
  return { objects, tables };
}

/** A store as the app of schema `version` left it, holding the fixture rows of that version. */
async function storeOfVersion(file: string, backupDir: string, version: number): Promise<void> {
  const upTo = migrations.filter((m) => m.version <= version);
  closeDatabase((await openDatabase(file, { migrations: upTo, backupDir, logger: silentLogger })).db);
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  db.transaction(() => {
    for (const [table, row] of rowsUpTo(version)) {
      const columns = Object.keys(row);
      db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
        ...Object.values(row),
      );
    }
  })();
  expect(db.pragma('user_version', { simple: true })).toBe(version);
  closeDatabase(db);
}

function fingerprintOf(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return storeFingerprint(db);
  } finally {
    db.close();
  }
}

function countMatching(db: Database.Database, table: string, row: Record<string, unknown>): number {
  const columns = Object.keys(row);
  const where = columns.map((c) => `${c} IS ?`).join(' AND ');
  return db
    .prepare(`SELECT count(*) FROM ${table} WHERE ${where}`)
    .pluck()
    .get(...Object.values(row)) as number;
}

describe('migrating stores of every past schema', () => {
  it('has fixture rows in every table of each past schema, so that none migrates empty', async () => {
    for (const version of PAST_VERSIONS) {
      const { file, backupDir } = paths();
      await storeOfVersion(file, backupDir, version);
      const db = new Database(file, { readonly: true });
      const empty = (
        db
          .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
          .pluck()
          .all() as string[]
      ).filter((table) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() === 0);
      db.close();
      expect(empty, `tables of schema ${version} without fixture rows`).toEqual([]);
    }
  });

  for (const version of PAST_VERSIONS) {
    it(`migrates a store of schema ${version} to exactly a fresh install's schema, keeping every row`, async () => {
      const fresh = paths();
      const { db: freshDb } = await openDatabase(fresh.file, {
        migrations,
        backupDir: fresh.backupDir,
        logger: silentLogger,
      });
      const expected = schemaOf(freshDb);
      closeDatabase(freshDb);

      const { file, backupDir } = paths();
      await storeOfVersion(file, backupDir, version);
      const before = fingerprintOf(file);

      const { db, created } = await openDatabase(file, { migrations, backupDir, logger: silentLogger });
      try {
        expect(created).toBe(false);
        expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
        expect(schemaOf(db)).toEqual(expected);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        const lost = rowsUpTo(version).filter(
          ([table, row]) => countMatching(db, table, rowAfterMigration(table, row, version)) !== 1,
        );
        expect(lost, 'rows lost or changed by the migration').toEqual([]);
      } finally {
        closeDatabase(db);
      }

      // The copy taken before migrating holds the store exactly as it was.
      const copies = readdirSync(backupDir).filter((name) => name.endsWith('.sqlite3'));
      expect(copies).toHaveLength(1);
      expect(fingerprintOf(join(backupDir, copies[0] ?? ''))).toEqual(before);
    });
  }

  for (const migration of migrations) {
    it(`leaves the store exactly as it was when migration ${migration.version} fails after doing all its work`, async () => {
      const broken: Migration[] = migrations.map((m) =>
        m.version === migration.version
          ? {
              ...m,
              up: (db) => {
                m.up(db);
                throw new Error(`injected failure at the end of migration ${m.version}`);
              },
            }
          : m,
      );
      const { file, backupDir } = paths();
      // The version before it in the list: the versions need not follow one another (each branch numbers its own).
      const previous = migrations[migrations.indexOf(migration) - 1]?.version;
      if (previous !== undefined) await storeOfVersion(file, backupDir, previous);
      const existed = existsSync(file);
      const hashBefore = existed ? sha(file) : null;
      const dumpBefore = existed ? fingerprintOf(file) : null;

      await expect(openDatabase(file, { migrations: broken, backupDir, logger: silentLogger })).rejects.toThrow(
        'injected failure',
      );

      expect(existsSync(`${file}-wal`)).toBe(false);
      const db = new Database(file, { readonly: true });
      try {
        if (existed) {
          expect(storeFingerprint(db)).toEqual(dumpBefore);
          expect(sha(file)).toBe(hashBefore);
        } else {
          // A first start that failed leaves an empty store, which the next start fills.
          expect(db.pragma('user_version', { simple: true })).toBe(0);
          expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").pluck().get()).toBe(0);
        }
      } finally {
        db.close();
      }

      // The app of the next start, whose migration works, opens and migrates the same file.
      const { db: healed } = await openDatabase(file, { migrations, backupDir, logger: silentLogger });
      expect(healed.pragma('user_version', { simple: true })).toBe(LATEST);
      closeDatabase(healed);
    });
  }
});
