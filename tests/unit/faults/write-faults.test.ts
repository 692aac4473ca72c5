import Database from 'better-sqlite3';
import fc from 'fast-check';
import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../src-main/app-core';
import { CHANNELS, contract, type Channel, type Envelope } from '../../../src-main/contract';
import { STORAGE_MESSAGES } from '../../../src-main/ipc/storage-errors';
import { makeTempDir, openCore, useTempDirs } from '../../kit';
import { storeFingerprint } from './fingerprint';
import { inputArb } from './hostile-input';
import { copyStore, seedStore } from './seeded-store';

/**
 * A disk that fails at the n-th write: for every channel, inputs that follow its schema, and an I/O error thrown by
 * the n-th statement that writes. Whatever n, the call either succeeds with every write done, or is refused with
 * the Russian message and leaves the store — rows and files — exactly as it was.
 */

const tempDir = useTempDirs();
const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const RUNS_PER_CHANNEL = Number(process.env.FUZZ_RUNS ?? 12);
/** The first writes of a call that are made to fail one by one (and its last): enough for every handler's steps. */
const MAX_POSITIONS = 8;

type Statement = Database.Statement;
type Method = 'run' | 'get' | 'all' | 'iterate';
const METHODS: readonly Method[] = ['run', 'get', 'all', 'iterate'];

interface Disk {
  /** How many statements tried to write. */
  writes: () => number;
  failed: () => boolean;
  restore: () => void;
}

/** Makes the statement that writes `failAt`-th (from 0) throw SQLITE_IOERR_WRITE; `restore` undoes it. */
function diskFailingAt(failAt: number): Disk {
  const probe = new Database(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<Method, (...args: unknown[]) => unknown>;
  probe.close();
  const originals = Object.fromEntries(METHODS.map((m) => [m, proto[m]])) as typeof proto;
  let writes = 0;
  let failed = false;
  for (const method of METHODS) {
    proto[method] = function (this: Statement, ...args: unknown[]) {
      if (!this.readonly) {
        writes += 1;
        if (writes - 1 === failAt) {
          failed = true;
          throw new Database.SqliteError('disk I/O error', 'SQLITE_IOERR_WRITE');
        }
      }
      return originals[method].apply(this, args);
    };
  }
  return { writes: () => writes, failed: () => failed, restore: () => Object.assign(proto, originals) };
}

let seeded: string;
const cores: AppCore[] = [];
beforeAll(async () => {
  seeded = makeTempDir('write-faults');
  await seedStore(seeded);
}, 60_000);
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});
afterAll(() => rmSync(seeded, { recursive: true, force: true }));

/**
 * Inputs that once left a record half-deleted (its row gone, its attachments' rows kept) when the second of two
 * separately committed writes failed; always tried, besides the generated ones.
 */
const REGRESSIONS: Partial<Record<Channel, unknown>> = {
  // Agreement 1 of the seeded store holds a scan.
  'agreements:delete': { id: 1 },
  // Event 1 of the seeded store holds a photo.
  'events:delete': { id: 1, scope: 'series' },
};

describe('a disk that fails at any write of any channel', () => {
  for (const channel of CHANNELS) {
    it(`${channel}: succeeds whole or is refused in Russian with nothing half-written`, async () => {
      const { dataDir, attachments } = copyStore(seeded, tempDir());
      const core = await openCore(dataDir);
      cores.push(core);
      /**
       * Runs `body` in an outer transaction rolled back after it, so that every run starts from the seeded rows: the
       * handler's own transactions become savepoints and its lone statements parts of the outer one, and what a
       * failed call left behind is still seen before the rollback.
       */
      async function thenRolledBack<T>(body: (db: AppCore['db']) => Promise<T>): Promise<T> {
        const db = core.db;
        db.exec('BEGIN');
        try {
          return await body(db);
        } finally {
          if (db.inTransaction) db.exec('ROLLBACK');
        }
      }

      async function dispatchOn(disk: Disk, input: unknown): Promise<Envelope<unknown>> {
        try {
          return await core.dispatch(channel, input);
        } finally {
          disk.restore();
        }
      }

      await fc.assert(
        fc.asyncProperty(inputArb(contract[channel].input, 0), async (input) => {
          const writes = await thenRolledBack(async () => {
            const disk = diskFailingAt(Number.POSITIVE_INFINITY);
            await dispatchOn(disk, input);
            return disk.writes();
          });
          // Each of the first writes fails in turn, and the last one.
          const positions = new Set([
            ...Array.from({ length: Math.min(writes, MAX_POSITIONS) }, (_, i) => i),
            writes - 1,
          ]);
          for (const failAt of [...positions].filter((p) => p >= 0)) {
            await thenRolledBack(async (db) => {
              const before = storeFingerprint(db, attachments);
              const disk = diskFailingAt(failAt);
              const answer = await dispatchOn(disk, input);
              expect(disk.failed()).toBe(true);
              // Success would mean the handler swallowed a failed write and reported a record it did not keep.
              expect(answer, `write ${failAt + 1} of ${writes} failed`).toEqual({
                ok: false,
                error: { code: 'storage', message: STORAGE_MESSAGES.io },
              });
              expect(storeFingerprint(db, attachments), `write ${failAt + 1} of ${writes} failed`).toEqual(before);
            });
          }
        }),
        {
          numRuns: RUNS_PER_CHANNEL,
          seed: SEED,
          endOnFailure: true,
          examples: REGRESSIONS[channel] ? [[REGRESSIONS[channel]]] : [],
        },
      );
    });
  }
});
