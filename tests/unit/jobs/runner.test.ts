import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../src-main/contract/jobs';
import { AppError, type Logger } from '../../../src-main/errors';
import { JobRunner } from '../../../src-main/jobs/runner';
import { makeTempDir, useTempDirs } from '../../kit';
import { buildWorkerEntry } from '../../kit/worker-entry';
import { base64, utf8 } from '../../fixtures/partner-files';

const workerDir = makeTempDir('worker');
let entry: URL;
beforeAll(async () => {
  entry = await buildWorkerEntry(workerDir);
});
afterAll(() => rmSync(workerDir, { recursive: true, force: true }));
const tempDir = useTempDirs();

function recordingLogger(): Logger & { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  return {
    errors,
    warnings,
    info: () => undefined,
    warn: (message: string) => void warnings.push(message),
    error: (message: string, ...details: unknown[]) => void errors.push([message, ...details.map(String)].join(': ')),
  };
}

const csv = (rows: number) =>
  base64(utf8(['Наименование;ИНН', ...Array.from({ length: rows }, (_, i) => `Партнёр ${i + 1};`)].join('\n')));

describe('a job run in a worker thread', () => {
  it('returns its result to the main thread, and its progress while it runs', async () => {
    const runner = new JobRunner(entry, recordingLogger());
    const seen: JobProgress[] = [];
    const running = runner.run('partnersImport', 'readImportTable', { fileName: 'п.csv', content: csv(3) }, (p) =>
      seen.push({ ...p }),
    );
    expect(runner.progress()).toEqual({ task: 'partnersImport', done: 0, total: 1 });
    const table = await running;

    expect(table.columns).toEqual(['Наименование', 'ИНН']);
    expect(table.rows.map((row) => row.cells[0])).toEqual(['Партнёр 1', 'Партнёр 2', 'Партнёр 3']);
    expect(seen.at(-1)).toEqual({ task: 'partnersImport', done: 1, total: 1 });
    expect(runner.progress()).toBeNull();
  });

  it('brings the job’s own refusal back as it is: a file over 5,000 rows', async () => {
    const runner = new JobRunner(entry, recordingLogger());
    const refused = runner.run('partnersImport', 'readImportTable', { fileName: 'п.csv', content: csv(6000) });
    await expect(refused).rejects.toThrow(/^В файле больше 5 000 строк с партнёрами/);
    await expect(refused).rejects.toBeInstanceOf(AppError);
  });

  it('turns a fault in the worker into a Russian refusal and logs what happened there', async () => {
    const logger = recordingLogger();
    const runner = new JobRunner(entry, logger);
    const dir = tempDir();
    writeFileSync(join(dir, 'not-a-store.sqlite3'), 'это не база данных, а текст длиннее заголовка SQLite'.repeat(10));
    const faulted = runner.run('archiveExport', 'buildArchive', {
      database: join(dir, 'not-a-store.sqlite3'),
      attachments: join(dir, 'attachments'),
      appVersion: '0.1.0',
      createdAt: new Date().toISOString(),
    });
    await expect(faulted).rejects.toThrow(
      'Операция прервалась из-за внутренней ошибки, данные программы не изменены. Подробности записаны в журнал.',
    );
    expect(logger.errors.join('\n')).toMatch(
      /The job buildArchive failed in its worker.*(SqliteError|not a database)/s,
    );
  });

  it('runs the job on the main thread, and says so in the log, when the worker cannot load its entry', async () => {
    const logger = recordingLogger();
    const broken = join(tempDir(), 'worker.js');
    writeFileSync(broken, "import 'a-package-that-is-not-installed';\n");
    const runner = new JobRunner(pathToFileURL(broken), logger);

    const table = await runner.run('partnersImport', 'readImportTable', { fileName: 'п.csv', content: csv(2) });

    expect(table.rows).toHaveLength(2);
    expect(logger.warnings).toEqual(['The worker thread could not start; heavy jobs run on the main thread']);
    expect(logger.errors).toEqual([]);
  });
});
