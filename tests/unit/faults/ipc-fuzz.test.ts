import fc from 'fast-check';
import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../src-main/app-core';
import { CHANNELS, contract, type Envelope } from '../../../src-main/contract';
import { makeTempDir, openCore, useTempDirs } from '../../kit';
import { storeFingerprint } from './fingerprint';
import { channelInput, hostileExamples } from './hostile-input';
import { copyStore, seedStore } from './seeded-store';

const tempDir = useTempDirs();

/** Fixed, so that a failure is found again by the same run; change it to explore further. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261126);
const RUNS_PER_CHANNEL = Number(process.env.FUZZ_RUNS ?? 20);
const CYRILLIC = /[А-Яа-яЁё]/;
const ERROR_CODES = ['invalid_input', 'unknown_channel', 'not_found', 'conflict', 'storage', 'forbidden', 'internal'];

const prototypeKeys = () => [Object.prototype, Array.prototype, Function.prototype].map((p) => Reflect.ownKeys(p));

/** What the core logged as unexpected: each is a bug the input found, whatever the user was told. */
interface Failure {
  message: string;
  details: unknown[];
}

let seeded: string;
const cores: AppCore[] = [];

beforeAll(async () => {
  // Not a per-test directory: every test copies it.
  seeded = makeTempDir('fuzz');
  await seedStore(seeded);
}, 60_000);
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});
afterAll(() => {
  rmSync(seeded, { recursive: true, force: true });
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

function expectEnvelope(answer: Envelope<unknown>) {
  expect(typeof answer).toBe('object');
  expect(typeof answer.ok).toBe('boolean');
  if (answer.ok) return;
  expect(ERROR_CODES).toContain(answer.error.code);
  expect(answer.error.message).toMatch(CYRILLIC);
  for (const message of Object.values(answer.error.fields ?? {})) expect(message).toMatch(CYRILLIC);
}

describe('every channel of the contract under hostile input', () => {
  it('covers every channel the contract has', () => {
    expect(CHANNELS.length).toBeGreaterThan(50);
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length);
  });

  for (const channel of CHANNELS) {
    it(
      `${channel}: answers an envelope with a Russian refusal, never pollutes prototypes, changes nothing it refuses`,
      async () => {
        const failures: Failure[] = [];
        const logger = {
          info: () => {},
          warn: () => {},
          error: (message: string, ...details: unknown[]) => void failures.push({ message, details }),
        };
        const { dataDir, attachments } = copyStore(seeded, tempDir());
        const core = await openCore(dataDir, { logger });
        cores.push(core);
        const prototypesBefore = prototypeKeys();
        const stats: string[] = [];

        async function check(input: unknown) {
          const before = storeFingerprint(core.db, attachments);
          let answer: Envelope<unknown>;
          try {
            answer = await core.dispatch(channel, input);
          } catch (error) {
            throw new Error(`the dispatcher threw instead of answering: ${String(error)}`, { cause: error });
          }
          expectEnvelope(answer);
          if (process.env.FUZZ_STATS) stats.push(answer.ok ? 'ok' : answer.error.code);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(prototypeKeys()).toEqual(prototypesBefore);
          if (!answer.ok) expect(storeFingerprint(core.db, attachments)).toEqual(before);
          // An internal error means the handler met an input the contract let through and it did not expect.
          if (!answer.ok && answer.error.code === 'internal') {
            throw new Error(
              `internal error: ${failures.map((f) => `${f.message} ${String(f.details[0])}`).join('; ')}`,
            );
          }
        }

        for (const input of hostileExamples(contract[channel].input, SEED)) await check(input);
        await fc.assert(fc.asyncProperty(channelInput(contract[channel].input), check), {
          numRuns: RUNS_PER_CHANNEL,
          seed: SEED,
          endOnFailure: true,
        });
        if (process.env.FUZZ_STATS) {
          const counts: Record<string, number> = {};
          for (const s of stats) counts[s] = (counts[s] ?? 0) + 1;
          console.info(channel, JSON.stringify(counts));
        }
        expect(failures).toEqual([]);
      },
      Math.max(30_000, RUNS_PER_CHANNEL * 1_000),
    );
  }
});
