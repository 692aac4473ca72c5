import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/errors';
import { JobRunner } from '../../../src-main/jobs/runner';
import { makeTempDir, silentLogger } from '../../kit';
import { buildWorkerEntry } from '../../kit/worker-entry';
import { compoundFile, docxFile, wordTable } from '../../fixtures/office-files';

const workerDir = makeTempDir('worker');
let entry: URL;
beforeAll(async () => {
  entry = await buildWorkerEntry(workerDir);
});
afterAll(() => rmSync(workerDir, { recursive: true, force: true }));

describe('the readOfficeTables job', () => {
  it('reads a Word document’s tables in the worker thread, Word’s reader bundled in', async () => {
    const runner = new JobRunner(entry, silentLogger);
    const bytes = await docxFile([
      wordTable([
        ['Партнёр', 'Формы'],
        ['ЦДБ', 'Экскурсии'],
      ]),
    ]);
    const tables = await runner.run('partnersImport', 'readOfficeTables', {
      fileName: 'модель.docx',
      bytes,
      accept: ['docx', 'xlsx', 'csv'],
    });
    expect(tables).toEqual([
      {
        source: 'Таблица 1',
        columnCount: 2,
        rows: [
          { line: 1, cells: ['Партнёр', 'Формы'], wholeRow: false },
          { line: 2, cells: ['ЦДБ', 'Экскурсии'], wholeRow: false },
        ],
      },
    ]);
  });

  it('brings a refusal back as the Russian message it is', async () => {
    const runner = new JobRunner(entry, silentLogger);
    const refused = runner.run('partnersImport', 'readOfficeTables', {
      fileName: 'модель.doc',
      bytes: compoundFile(),
      accept: ['docx'],
    });
    await expect(refused).rejects.toThrow(/^Это документ Word старого формата/);
    await expect(refused).rejects.toBeInstanceOf(AppError);
  });
});
