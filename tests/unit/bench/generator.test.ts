import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { academicYearBounds } from '../../../src-main/contract/academic-year';
import { agreementFieldsOf } from '../../../src-main/contract/agreements';
import { partnerFieldsOf } from '../../../src-main/contract/partners';
import type { HistoryOptions } from '../../bench/history/context';
import { BENCH_NOW, BENCH_TODAY, createHistoryStore, STORE_FILE } from '../../bench/history/store';
import { call, openCore, type TestCore, useTempDirs } from '../../kit';
import { storeFingerprint } from '../faults/fingerprint';

const tempDir = useTempDirs();
const cores: TestCore[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

/** Three school years at a small scale: a few hundred events, some twenty partners. */
const SMALL: HistoryOptions = { seed: 7, scale: 0.05, years: 3, today: BENCH_TODAY };

async function generated(options: HistoryOptions = SMALL): Promise<string> {
  const dir = tempDir();
  await createHistoryStore(dir, options);
  return dir;
}

function fingerprintOf(dir: string) {
  const db = new Database(join(dir, STORE_FILE), { readonly: true });
  try {
    return storeFingerprint(db);
  } finally {
    db.close();
  }
}

async function coreOn(dir: string): Promise<TestCore> {
  const core = await openCore(dir, { now: BENCH_NOW });
  cores.push(core);
  return core;
}

const idsOf = (core: TestCore, sql: string) => core.db.prepare(sql).pluck().all() as number[];

describe('the benchmark history generator', () => {
  it('writes the same store, row for row, from the same seed, and another from another seed', async () => {
    const first = fingerprintOf(await generated());
    expect(fingerprintOf(await generated())).toEqual(first);
    expect(fingerprintOf(await generated({ ...SMALL, seed: 8 }))).not.toEqual(first);
  });

  it('writes a sound store: every foreign key resolves and the integrity check passes', async () => {
    const db = new Database(join(await generated(), STORE_FILE), { readonly: true });
    try {
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const counts = db
        .prepare('SELECT (SELECT count(*) FROM partners) AS p, (SELECT count(*) FROM events) AS e')
        .get();
      expect(counts).toEqual({ p: 20, e: 720 });
    } finally {
      db.close();
    }
  });

  it('writes only rows the screens read back through the channels, their outputs checked against the contract', async () => {
    const core = await coreOn(await generated());
    const years = (await call(core, 'plans:years', {})).map((y) => y.year);
    expect(years).toEqual(['2024/2025', '2025/2026', '2026/2027']);

    const partners = await call(core, 'partners:list', {});
    expect(partners).toHaveLength(20);
    for (const { id } of partners) await call(core, 'partners:get', { id, year: '2026/2027' });
    await call(core, 'home:summary', {});

    const agreements = await call(core, 'agreements:list', {});
    expect(agreements.length).toBe(idsOf(core, 'SELECT id FROM agreements').length);
    for (const { id, signedOn } of agreements) {
      await call(core, 'agreements:get', { id });
      // A signed agreement's text has every placeholder filled: it prints.
      if (signedOn) await call(core, 'documents:preview', { kind: 'agreement', id });
    }
    await call(core, 'home:attention', {});

    let items = 0;
    for (const year of years) {
      items += (await call(core, 'plans:get', { year })).items.length;
      await call(core, 'documents:preview', { kind: 'plan', year, groupBy: 'month' });
      const { from, to } = academicYearBounds(year);
      await call(core, 'events:range', { from, to });
      await call(core, 'reviews:get', { year });
      await call(core, 'classes:list', { year });
      await call(core, 'clubs:list', { year });
      await call(core, 'clubs:coverage', { year });
      await call(core, 'staff:summary', { year });
      await call(core, 'staffRecords:list', { year });
      for (const survey of await call(core, 'surveys:list', { year })) {
        await call(core, 'surveys:get', { id: survey.id });
        await call(core, 'surveys:results', { id: survey.id });
      }
    }
    expect(items).toBe(idsOf(core, 'SELECT id FROM plan_items').length);
    for (const id of idsOf(core, 'SELECT id FROM events')) await call(core, 'events:get', { id });
    await call(core, 'home:week', {});
    await call(core, 'reviews:dynamics', {});

    const loans = await call(core, 'loans:list', { view: 'all' });
    expect(loans.length).toBe(idsOf(core, 'SELECT id FROM loans').length);
    for (const { id } of loans) await call(core, 'loans:get', { id });
    await call(core, 'loans:attention', {});
    for (const { id } of await call(core, 'staff:list', {})) await call(core, 'staff:history', { id });
    await call(core, 'acquisitions:list', { fromYear: null, toYear: null, status: null, source: null });
  });

  it('writes partners and agreements exactly as the app saves them: saving them again changes none of their data', async () => {
    const core = await coreOn(await generated());
    const columns = (table: string, skip: string[]) =>
      core.db
        .prepare(`SELECT * FROM ${table} ORDER BY id`)
        .all()
        .map((row) => Object.fromEntries(Object.entries(row as object).filter(([key]) => !skip.includes(key))));
    const partnersBefore = columns('partners', ['updated_at']);
    const agreementsBefore = columns('agreements', ['updated_at']);
    for (const { id } of await call(core, 'partners:list', {})) {
      const detail = await call(core, 'partners:get', { id });
      await call(core, 'partners:update', { id, fields: partnerFieldsOf(detail) });
    }
    for (const { id } of await call(core, 'agreements:list', {})) {
      const detail = await call(core, 'agreements:get', { id });
      await call(core, 'agreements:update', { id, fields: agreementFieldsOf(detail) });
    }
    expect(columns('partners', ['updated_at'])).toEqual(partnersBefore);
    expect(columns('agreements', ['updated_at'])).toEqual(agreementsBefore);
  });
});
