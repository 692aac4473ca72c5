import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src-main/db/connection';
import { migrations } from '../../../src-main/db/migrations';
import { silentLogger, useTempDirs } from '../../kit';
import { bundleCrashWriter } from './bundle-writer';
import { seededRandom } from './seeded-random';

const tempDir = useTempDirs();

const KILLS = 120;
const FORMS_PER_PARTNER = 3;

interface Run {
  acknowledged: number[];
  pragmas: unknown;
}

/** Starts the writer, lets it commit for `delayMs` after its first acknowledged commit, and kills it outright. */
function runAndKill(script: string, file: string, backupDir: string, delayMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, file, backupDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const run: Run = { acknowledged: [], pragmas: undefined };
    let pending = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const watchdog = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('pragmas ')) run.pragmas = JSON.parse(line.slice('pragmas '.length));
        else run.acknowledged.push(Number(line));
      }
      if (run.acknowledged.length > 0 && !timer) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('error', reject);
    // 'close' waits for stdout to be read to its end: every line the child wrote before it died is in.
    child.on('close', (code, signal) => {
      clearTimeout(watchdog);
      clearTimeout(timer);
      if (signal !== 'SIGKILL' || run.acknowledged.length === 0) {
        reject(new Error(`the writer ended by itself (code ${code}, signal ${signal}): ${stderr}`));
      } else resolve(run);
    });
  });
}

/** Opens the file as the app does after a crash and checks it against every commit the writer acknowledged. */
async function verify(file: string, backupDir: string, acknowledged: ReadonlySet<number>, lastAcknowledged: number) {
  const { db } = await openDatabase(file, { migrations, backupDir, logger: silentLogger });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const stored = (
      db
        .prepare("SELECT position FROM partner_categories WHERE name LIKE 'crash-%' ORDER BY position")
        .pluck()
        .all() as number[]
    ).map(Number);
    const storedSet = new Set(stored);
    const lost = [...acknowledged].filter((n) => !storedSet.has(n));
    expect(lost, 'acknowledged commits missing after the kill').toEqual([]);
    // Commits are numbered in order with no gaps; at most one more than acknowledged (killed before it said so).
    const last = stored.at(-1) ?? 0;
    expect(stored).toEqual(Array.from({ length: last }, (_, i) => i + 1));
    expect(last - lastAcknowledged).toBeGreaterThanOrEqual(0);
    expect(last - lastAcknowledged).toBeLessThanOrEqual(1);
    // Each transaction is whole or absent: its partner, all its forms, and the marker it moved.
    const partial = db
      .prepare(
        `SELECT p.full_name, count(f.id) AS forms FROM partners p LEFT JOIN partner_forms f ON f.partner_id = p.id
         GROUP BY p.id HAVING forms <> ?`,
      )
      .all(FORMS_PER_PARTNER);
    expect(partial).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM partners').pluck().get()).toBe(last);
    expect(db.prepare('SELECT goal FROM program WHERE id = 1').pluck().get()).toBe(String(last));
  } finally {
    closeDatabase(db);
  }
}

describe('crash safety of the store', () => {
  it(`keeps every acknowledged commit and a sound file through ${KILLS} kills at random moments`, async () => {
    const dir = tempDir();
    const script = await bundleCrashWriter(join(dir, 'bin'));
    const file = join(dir, 'data', 'sodruzhestvo.sqlite3');
    const backupDir = join(dir, 'data', 'backups');
    const random = seededRandom(20261126);
    const acknowledged = new Set<number>();
    let lastAcknowledged = 0;
    const started = performance.now();

    for (let kill = 0; kill < KILLS; kill += 1) {
      const run = await runAndKill(script, file, backupDir, 5 + Math.floor(random() * 36));
      expect(run.pragmas).toEqual({ journal_mode: 'wal', synchronous: 2, foreign_keys: 1 });
      for (const n of run.acknowledged) acknowledged.add(n);
      lastAcknowledged = Math.max(lastAcknowledged, ...run.acknowledged);
      await verify(file, backupDir, acknowledged, lastAcknowledged);
    }

    const seconds = (performance.now() - started) / 1000;
    const raw = new Database(file, { readonly: true });
    const commits = raw.prepare('SELECT count(*) FROM partners').pluck().get();
    raw.close();
    console.info(`crash loop: ${KILLS} kills, ${String(commits)} commits, ${seconds.toFixed(1)} s`);
    expect(acknowledged.size).toBeGreaterThan(KILLS);
  }, 180_000);
});
