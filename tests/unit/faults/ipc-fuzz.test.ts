import fc from 'fast-check';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../src-main/app-core';
import { CHANNELS, contract, type Channel, type Envelope } from '../../../src-main/contract';
import { makeTempDir, openCore, useTempDirs } from '../../kit';
import { storeFingerprint } from './fingerprint';
import { channelInput, hostileExamples, inputArb } from './hostile-input';
import { copyStore, seedStore } from './seeded-store';

const tempDir = useTempDirs();

/** Fixed, so that a failure is found again by the same run; change it to explore further. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261126);
const RUNS_PER_CHANNEL = Number(process.env.FUZZ_RUNS ?? 10);
const CYRILLIC = /[А-Яа-яЁё]/;
/**
 * What a message may hold in Latin letters: the names of file formats a secretary knows from her office, and, in
 * «quotes», what the user typed (a name that is already taken).
 */
const MAY_BE_LATIN = /\b(?:PDF|DOCX|XLSX|CSV|ZIP|ICS|JPG|JPEG|PNG|Word|Excel|UTF-8|Windows-1251)\b|«[^«»]*»/g;
const LATIN = /[A-Za-z]/;
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

/** The channel names declared in `src-main/contract/*.ts` (`'domain:verb': {`), as the source text has them. */
function declaredChannels(): string[] {
  const dir = join(import.meta.dirname, '../../../src-main/contract');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .flatMap((name) => [...readFileSync(join(dir, name), 'utf8').matchAll(/^\s*'([a-z][a-zA-Z]*:[a-zA-Z]+)':\s*\{/gm)])
    .map((match) => match[1] ?? '')
    .sort();
}

const NO_INPUT = Symbol('no accepted input');

/** The first of the fuzzer's well-formed inputs for `channel` that its schema accepts (most are refined further). */
function acceptedInput(channel: Channel): unknown {
  const schema = contract[channel].input;
  const arbitrary = inputArb(schema, 0);
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const [input] = fc.sample(arbitrary, { numRuns: 1, seed: SEED + attempt });
    if (schema.safeParse(input).success) return input;
  }
  return NO_INPUT;
}

function expectEnvelope(answer: Envelope<unknown>) {
  expect(typeof answer).toBe('object');
  expect(typeof answer.ok).toBe('boolean');
  if (answer.ok) return;
  expect(ERROR_CODES).toContain(answer.error.code);
  for (const message of [answer.error.message, ...Object.values(answer.error.fields ?? {})]) {
    expect(message).toMatch(CYRILLIC);
    // Russian words only: no type or value named as the code names it («object», «"draft"|"active"»), no field key.
    expect(message.replace(MAY_BE_LATIN, '')).not.toMatch(LATIN);
  }
}

describe('every channel of the contract under hostile input', () => {
  it('covers every channel the contract files declare, each once', () => {
    // Read from the source, not from `contract`: a domain's channels left out of the contract, or a name two domains
    // both declare (the spread keeps one and drops the other unseen), would escape both the fuzzer and the app.
    expect([...CHANNELS].sort()).toEqual(declaredChannels());
  });

  it('reaches a handler on every channel with an input the contract accepts, and refuses names outside it', async () => {
    const failures: string[] = [];
    const logger = { info: () => {}, warn: () => {}, error: (message: string) => void failures.push(message) };
    const { dataDir } = copyStore(seeded, tempDir());
    const core = await openCore(dataDir, { logger });
    cores.push(core);
    const unanswered: string[] = [];
    for (const channel of CHANNELS) {
      const input = acceptedInput(channel);
      if (input === NO_INPUT) {
        unanswered.push(`${channel}: no accepted input drawn`);
        continue;
      }
      const answer = await core.dispatch(channel, input);
      expectEnvelope(answer);
      // The input passed the channel's schema, so any refusal is the handler's own (a rule of the domain); a channel
      // without a handler answers an internal error («handler is not a function»).
      if (!answer.ok && ['unknown_channel', 'internal'].includes(answer.error.code)) {
        unanswered.push(`${channel}: ${answer.error.code}`);
      }
    }
    expect(unanswered).toEqual([]);
    expect(failures).toEqual([]);
    for (const name of ['partners:nope', 'partners', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const answer = await core.dispatch(name, {});
      expect(answer.ok ? 'answered' : answer.error.code, name).toBe('unknown_channel');
    }
  }, 300_000);

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
