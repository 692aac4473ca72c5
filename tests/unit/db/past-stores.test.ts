import type Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPaths } from '../../../src-main/data-dir';
import { latestVersion } from '../../../src-main/db/connection';
import { migrations } from '../../../src-main/db/migrations';
import { rowAfterMigration, rowsUpTo, type FixtureRow } from '../../fixtures/schemas/rows-by-version';
import { pastStoreFile, readPastStore, RELEASED_SCHEMAS } from '../../fixtures/stores/past-stores';
import { call, partnerId, useCores, useTempDirs, type TestCore } from '../../kit';

const tempDir = useTempDirs();
const core = useCores();
const LATEST = latestVersion(migrations);

function countMatching(db: Database.Database, table: string, fixtureRow: FixtureRow): number {
  // An approved review's snapshot holds the figures the app computed when `make-stores.ts` wrote the store.
  const row = Object.fromEntries(
    Object.entries(fixtureRow).filter(([column]) => table !== 'reviews' || column !== 'snapshot'),
  );
  const where = Object.keys(row)
    .map((column) => `${column} IS ?`)
    .join(' AND ');
  return db
    .prepare(`SELECT count(*) FROM ${table} WHERE ${where}`)
    .pluck()
    .get(...Object.values(row)) as number;
}

/** The app started on a copy of the store a release of schema `version` left behind. */
async function startOnPastStore(version: number): Promise<TestCore> {
  const dataDir = tempDir();
  copyFileSync(pastStoreFile(version), dataPaths(dataDir).database);
  return core({ dataDir });
}

/** What a user of that release had entered, as the screens of this one read it back. */
async function expectRecordsOnScreens(app: TestCore, version: number): Promise<void> {
  const partners = (await call(app, 'partners:list', {})).map((p) => p.fullName);
  expect(partners).toEqual(expect.arrayContaining(['МБУК «Городской дом культуры»', 'ДЮСШ № 1']));
  const house = await call(app, 'partners:get', { id: partnerId(app, 'МБУК «Городской дом культуры»') });
  expect(house.notes).toBe('Ёлка — в декабре');
  if (version < 2) return;
  const bank = await call(app, 'partners:get', { id: partnerId(app, 'ПАО «Сбербанк»') });
  expect(bank.contacts.map((c) => c.name)).toContain('Иванова Анна');
  if (version < 3) return;
  expect((await call(app, 'agreements:list', {})).map((a) => a.number)).toContain('СП-2025-1');
  if (version < 4) return;
  const plan = await call(app, 'plans:get', { year: '2025/2026' });
  expect(plan.items.map((i) => i.title)).toContain('Экскурсия в музей');
  expect((await call(app, 'events:get', { id: 1 })).title).toBe('Экскурсия в музей');
  if (version < 5) return;
  expect((await call(app, 'clubs:list', { year: '2025/2026' })).map((c) => c.name)).toContain('Хореография');
  expect((await call(app, 'staff:list', {})).map((s) => s.fullName)).toContain('Петрова Анна Ивановна');
  expect((await call(app, 'surveys:list', { year: '2025/2026' })).map((s) => s.title)).toContain(
    'Анкета для родителей',
  );
  const loans = await call(app, 'loans:list', { view: 'all' });
  expect(loans.length).toBeGreaterThan(0);
  if (version < 6) return;
  const review = await call(app, 'reviews:get', { year: '2024/2025' });
  expect(review.conclusions).toBe('План выполнен.');
}

describe('stores written by earlier releases (tests/fixtures/stores)', () => {
  it('hold a row in every table of their schema, as written by `make-stores.ts`', () => {
    for (const version of RELEASED_SCHEMAS) {
      const { userVersion, empty, missing } = readPastStore(version, (db) => ({
        userVersion: db.pragma('user_version', { simple: true }),
        empty: (
          db
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            .pluck()
            .all() as string[]
        ).filter((table) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() === 0),
        missing: rowsUpTo(version).filter(([table, row]) => countMatching(db, table, row) !== 1),
      }));
      expect(userVersion, `schema-${version}.sqlite3`).toBe(version);
      expect(empty, `empty tables in schema-${version}.sqlite3`).toEqual([]);
      expect(missing, `fixture rows not in schema-${version}.sqlite3`).toEqual([]);
    }
  });

  for (const version of RELEASED_SCHEMAS) {
    it(`opens a store of schema ${version} in the app, migrated to ${LATEST} and sound, every record still there`, async () => {
      const app = await startOnPastStore(version);
      expect(app.db.pragma('user_version', { simple: true })).toBe(LATEST);
      expect(app.db.pragma('quick_check', { simple: true })).toBe('ok');
      expect(app.db.pragma('foreign_key_check')).toEqual([]);
      const lost = rowsUpTo(version).filter(
        ([table, row]) => countMatching(app.db, table, rowAfterMigration(table, row, version)) !== 1,
      );
      expect(lost, 'rows lost or changed on the way').toEqual([]);
      await expectRecordsOnScreens(app, version);
    });
  }
});
