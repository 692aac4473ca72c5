import JSZip from 'jszip';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../../package.json';
import { migrations } from '../../../src-main/db/migrations';
import { isShareableLog } from '../../../src-main/diagnostics/archive';
import type { DiagnosticsReport } from '../../../src-main/diagnostics/report';
import { call, openCore, useTempDirs, type MemoryDocumentOutput, type TestCore } from '../../kit';

const tempDir = useTempDirs();
const NOW = new Date(2026, 8, 1, 10, 30);

/** The core on the store in `dataDir`, on this file's clock, with what it saved. */
async function openDiagnosticsCore(dataDir: string): Promise<{ core: TestCore; output: MemoryDocumentOutput }> {
  const core = await openCore(dataDir, { now: () => NOW });
  return { core, output: core.output };
}

/** The archive the last «Сохранить диагностику» saved, opened. */
async function savedZip(output: MemoryDocumentOutput): Promise<JSZip> {
  const saved = output.saved.at(-1);
  if (!saved || !(saved.content instanceof Uint8Array)) throw new Error('Nothing was saved');
  return JSZip.loadAsync(saved.content);
}

function namesIn(zip: JSZip): string[] {
  return Object.values(zip.files)
    .filter((entry) => !entry.dir)
    .map((entry) => entry.name)
    .sort();
}

describe('«Сохранить диагностику»', () => {
  it('saves a ZIP named for the day, through the shell’s save dialog for ZIP archives', async () => {
    const dataDir = tempDir();
    const { core, output } = await openDiagnosticsCore(dataDir);
    try {
      expect(await call(core, 'diagnostics:save', {})).toEqual({
        path: '/memory/Диагностика Содружество 2026-09-01.zip',
      });
      expect(output.saved.map(({ fileName, kind }) => ({ fileName, kind }))).toEqual([
        { fileName: 'Диагностика Содружество 2026-09-01.zip', kind: 'zip' },
      ]);
    } finally {
      core.close();
    }
  });

  it('holds the logs and versions.json, and never the database, its journal or the settings', async () => {
    const dataDir = tempDir();
    const logs = join(dataDir, 'logs');
    mkdirSync(logs, { recursive: true });
    writeFileSync(join(logs, 'main.log'), '[2026-09-01 10:00:00.000] [info] Starting Содружество 0.1.0\n');
    writeFileSync(join(logs, 'main.1.log'), '[2026-08-31 09:00:00.000] [warn] older\n');
    writeFileSync(join(logs, 'main.old.log'), 'from electron-log’s own rotation\n');
    // Things that must never travel, even if someone put them in the logs folder.
    writeFileSync(join(logs, 'sodruzhestvo.sqlite3'), 'SQLite format 3\0');
    writeFileSync(join(logs, 'copy.db'), 'SQLite format 3\0');
    writeFileSync(join(logs, 'settings.json'), '{"school":{}}');
    writeFileSync(join(logs, 'notes.txt'), 'not a log');
    symlinkSync(join(dataDir, 'sodruzhestvo.sqlite3'), join(logs, 'main.2.log'));
    writeFileSync(join(dataDir, 'settings.json'), '{"school":{"fullName":"Секретная школа"}}');

    const { core, output } = await openDiagnosticsCore(dataDir);
    try {
      await call(core, 'diagnostics:save', {});
    } finally {
      core.close();
    }
    const zip = await savedZip(output);
    const names = namesIn(zip);
    expect(names).toEqual(['logs/main.1.log', 'logs/main.log', 'logs/main.old.log', 'versions.json']);
    expect(names.filter((name) => /\.(sqlite3?|db)$|-wal$|-shm$/i.test(name))).toEqual([]);
    expect(names.filter((name) => name.endsWith('settings.json'))).toEqual([]);
    expect(await zip.file('logs/main.log')?.async('string')).toBe(
      '[2026-09-01 10:00:00.000] [info] Starting Содружество 0.1.0\n',
    );
    for (const name of names) {
      const bytes = await zip.file(name)?.async('uint8array');
      expect(Buffer.from(bytes ?? []).includes('SQLite format 3')).toBe(false);
    }
  });

  it('writes versions.json with the app, runtime, system and store versions and counts of every table', async () => {
    const dataDir = tempDir();
    mkdirSync(join(dataDir, 'logs'));
    writeFileSync(join(dataDir, 'logs', 'main.log'), 'line\n');
    const { core, output } = await openDiagnosticsCore(dataDir);
    let partners: number;
    let schemaTables: string[];
    try {
      await call(core, 'diagnostics:save', {});
      partners = (core.db.prepare('SELECT count(*) AS n FROM partners').get() as { n: number }).n;
      schemaTables = core.db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .pluck()
        .all() as string[];
    } finally {
      core.close();
    }
    const report = JSON.parse(
      (await (await savedZip(output)).file('versions.json')?.async('string')) ?? '',
    ) as DiagnosticsReport;
    const latest = migrations.at(-1)?.version;
    expect(report).toMatchObject({
      createdAt: NOW.toISOString(),
      app: { name: 'Содружество', version: packageJson.version },
      runtime: { node: process.versions.node, v8: process.versions.v8, electron: null, chrome: null },
      system: { platform: process.platform, arch: process.arch },
      database: { schemaVersion: latest, latestKnownVersion: latest },
      logs: ['main.log'],
    });
    expect(partners).toBeGreaterThan(0);
    expect(report.database.tables['partners']).toBe(partners);
    // Every table the schema has, read from it: a table a later migration adds is counted without a list to mend.
    expect(Object.keys(report.database.tables).sort()).toEqual(schemaTables.sort());
    expect(schemaTables.length).toBeGreaterThan(30);
  });

  it('counts a table a later migration adds without being told of it', async () => {
    const { core, output } = await openDiagnosticsCore(tempDir());
    try {
      core.db.exec('CREATE TABLE later_records (id INTEGER PRIMARY KEY, title TEXT NOT NULL)');
      core.db.exec("INSERT INTO later_records (title) VALUES ('первая'), ('вторая')");
      await call(core, 'diagnostics:save', {});
    } finally {
      core.close();
    }
    const report = JSON.parse(
      (await (await savedZip(output)).file('versions.json')?.async('string')) ?? '',
    ) as DiagnosticsReport;
    expect(report.database.tables['later_records']).toBe(2);
  });

  it('puts nothing personal into versions.json: no school, no names, no paths', async () => {
    const dataDir = tempDir();
    const { core, output } = await openDiagnosticsCore(dataDir);
    try {
      const settings = await call(core, 'settings:get', {});
      await call(core, 'settings:saveSchool', {
        ...settings.school,
        fullName: 'Школа имени Неповторимого Названия',
        directorName: 'Иванова Мария Петровна',
        email: 'director@school.example.ru',
      });
      await call(core, 'diagnostics:save', {});
    } finally {
      core.close();
    }
    const text = (await (await savedZip(output)).file('versions.json')?.async('string')) ?? '';
    // No settings either: the school profile's key would be «"school":» (a table may be named school_classes).
    for (const personal of ['Неповторимого', 'Иванова', 'director@', dataDir, '"school":']) {
      expect(text).not.toContain(personal);
    }
  });

  it('saves versions.json alone when there is no log yet', async () => {
    const { core, output } = await openDiagnosticsCore(tempDir());
    try {
      await call(core, 'diagnostics:save', {});
    } finally {
      core.close();
    }
    expect(namesIn(await savedZip(output))).toEqual(['versions.json']);
  });

  it('answers a null path and saves nothing when the user cancels the dialog', async () => {
    const { core, output } = await openDiagnosticsCore(tempDir());
    output.cancel = true;
    try {
      expect(await call(core, 'diagnostics:save', {})).toEqual({ path: null });
    } finally {
      core.close();
    }
    expect(output.saved).toEqual([]);
  });

  it('refuses any input', async () => {
    const { core } = await openDiagnosticsCore(tempDir());
    try {
      const answer = await core.dispatch('diagnostics:save', { include: 'sodruzhestvo.sqlite3' });
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    } finally {
      core.close();
    }
  });
});

describe('isShareableLog', () => {
  it.each(['main.log', 'main.1.log', 'main.old.log', 'renderer.log', 'main.log.1'])('takes %s', (name) => {
    expect(isShareableLog(name)).toBe(true);
  });

  it.each([
    'sodruzhestvo.sqlite3',
    'sodruzhestvo.sqlite3-wal',
    'backup.db',
    'settings.json',
    'settings.log',
    'notes.txt',
    '../main.log',
    'main.log.sqlite3',
  ])('leaves %s out', (name) => {
    expect(isShareableLog(name)).toBe(false);
  });
});
