import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportArchive, importArchive, useArchiveCores, type ArchiveTestCore } from './core';
import { attachmentFiles, dumpTables, fileHash, fillStore } from './fixtures';
import { editTables, tamper, unzip, type Entries } from './tamper';

const open = useArchiveCores();

/** Everything an import could touch: the live file's bytes, every row, the attachments and backups folders. */
function state(t: ArchiveTestCore) {
  t.core.db.pragma('wal_checkpoint(TRUNCATE)');
  const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);
  return {
    database: fileHash(t.paths.database),
    tables: dumpTables(t.core.db),
    attachments: attachmentFiles(t.paths.attachments),
    backups: list(t.paths.backups),
    dataDir: list(t.dataDir).filter((name) => !name.startsWith('sodruzhestvo.sqlite3')),
    staging: list(join(t.dataDir, 'archive-import')),
  };
}

let t: ArchiveTestCore;
let archive: Uint8Array;

beforeEach(async () => {
  t = await open();
  await fillStore(t.core);
  archive = await exportArchive(t);
  // The live data differ from the archive's, so that a partial import would show.
  await t.core.dispatch('plans:create', { year: '2027/2028', copyFrom: '2026/2027' });
});

async function expectRefused(bytes: Uint8Array, message: RegExp | string): Promise<void> {
  const before = state(t);
  const answer = await importArchive(t, bytes);
  expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  const text = answer.ok ? '' : answer.error.message;
  if (typeof message === 'string') expect(text).toContain(message);
  else expect(text).toMatch(message);
  expect(text).toMatch(/Данные программы не изменены\.$/);
  expect(state(t)).toEqual(before);
}

const edit = (change: (entries: Entries) => void) => tamper(archive, change);

describe('a file that is not a whole archive of «Содружество» is refused, and nothing changes', () => {
  it('a text file', async () => {
    await expectRefused(Buffer.from('Список партнёров\nГИБДД\n', 'utf8'), /^Это не архив «Содружества»/);
  });

  it('an empty file', async () => {
    await expectRefused(new Uint8Array(), /^Это не архив «Содружества»/);
  });

  it('some other ZIP archive', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    zip.file('word/document.xml', '<w:document/>');
    await expectRefused(await zip.generateAsync({ type: 'uint8array' }), /^Это не архив «Содружества»/);
  });

  it('a ZIP whose manifest belongs to another program', async () => {
    const zip = new JSZip();
    zip.file('manifest.json', JSON.stringify({ format: 'other-app', formatVersion: 1 }));
    await expectRefused(await zip.generateAsync({ type: 'uint8array' }), /^Это не архив «Содружества»/);
  });

  it('an archive cut short, as by a copy that did not finish', async () => {
    await expectRefused(archive.subarray(0, Math.floor(archive.length * 0.6)), /^Архив обрезан/);
    await expectRefused(archive.subarray(0, archive.length - 10), /^Архив обрезан/);
  });

  it('a row changed by hand', async () => {
    const bytes = await edit((entries) =>
      editTables(entries, (db) => db.exec("UPDATE partners SET full_name = 'Чужой партнёр'"), { fixChecksum: false }),
    );
    await expectRefused(bytes, 'Архив повреждён: не сходится контрольная сумма таблиц с данными.');
  });

  it('a manifest whose row count was changed', async () => {
    const bytes = await edit((entries) => {
      const listed = entries.manifest.tables['partner_contacts'];
      if (listed) listed.rows += 1;
    });
    await expectRefused(bytes, /^Архив повреждён: в таблице «Контакты партнёров» строк \d+, а в описи архива — \d+\./);
  });

  it('an attachment whose bytes were changed', async () => {
    const bytes = await edit((entries) => {
      const [name, file] = [...entries.files].find(([n]) => n.startsWith('attachments/')) ?? ['', new Uint8Array()];
      const changed = Uint8Array.from(file);
      changed[changed.length - 1] = (changed.at(-1) ?? 0) ^ 0xff;
      entries.files.set(name, changed);
    });
    await expectRefused(bytes, /^Архив повреждён: не сходится контрольная сумма файла вложения [0-9a-f-]+\.(pdf|jpg)/);
  });

  it('an attachment named to climb out of the attachments folder', async () => {
    const evil = Buffer.from('%PDF-1.7 evil');
    const bytes = await edit((entries) => {
      entries.manifest.attachments.push({
        storedName: '../../evil',
        size: evil.length,
        sha256: createHash('sha256').update(evil).digest('hex'),
      });
      entries.files.set('attachments/../../evil', evil);
    });
    await expectRefused(bytes, 'Архив повреждён: недопустимое имя файла вложения «../../evil».');
    expect(existsSync(join(t.dataDir, 'evil'))).toBe(false);
    expect(existsSync(join(t.dataDir, '..', 'evil'))).toBe(false);
  });

  it('a file the manifest does not list', async () => {
    const bytes = await edit((entries) => entries.files.set('attachments/autorun.exe', Buffer.from('MZ')));
    await expectRefused(bytes, 'Архив повреждён: в нём посторонний файл «attachments/autorun.exe».');
  });

  it('a table missing from the archive', async () => {
    const bytes = await edit((entries) =>
      editTables(entries, (db) => db.exec('DROP TABLE events'), { fixChecksum: true }),
    );
    await expectRefused(bytes, 'Архив повреждён: в нём нет таблицы «Мероприятия».');
  });

  it('an archive without its tables store', async () => {
    const bytes = await edit((entries) => entries.files.delete('tables.sqlite3'));
    await expectRefused(bytes, 'Архив повреждён: в нём нет таблиц с данными.');
  });

  it('a tables store that is not a database, even with the checksum made to match', async () => {
    const garbage = Buffer.from('это не база данных, а текст длиннее заголовка SQLite'.repeat(100));
    const bytes = await edit((entries) => {
      entries.files.set('tables.sqlite3', garbage);
      entries.manifest.store = { size: garbage.length, sha256: createHash('sha256').update(garbage).digest('hex') };
    });
    await expectRefused(bytes, 'Архив повреждён: таблицы с данными не читаются.');
  });

  it('a tables store holding a view or a trigger besides the tables, even with the checksum made to match', async () => {
    const bytes = await edit((entries) =>
      editTables(
        entries,
        (db) => db.exec('CREATE TRIGGER forged AFTER INSERT ON partners BEGIN DELETE FROM events; END'),
        { fixChecksum: true },
      ),
    );
    await expectRefused(bytes, 'Архив повреждён: в таблицах с данными есть посторонние объекты.');
  });

  it('rows that break the links between records, even with the checksum made to match', async () => {
    const bytes = await edit((entries) =>
      editTables(
        entries,
        (db) =>
          db.exec(
            'UPDATE partner_contacts SET partner_id = 99999 WHERE _rowid_ = (SELECT min(_rowid_) FROM partner_contacts)',
          ),
        { fixChecksum: true },
      ),
    );
    await expectRefused(bytes, 'Архив повреждён: нарушены связи между записями (таблицы «Контакты партнёров»).');
  });

  it('rows that break a rule of their table, even with the checksum made to match', async () => {
    const bytes = await edit((entries) =>
      editTables(entries, (db) => db.exec("UPDATE partners SET full_name = ''"), { fixChecksum: true }),
    );
    await expectRefused(bytes, 'Архив повреждён: строки таблицы «Партнёры» не подходят к её структуре');
  });

  it('a table with columns this version does not have', async () => {
    const bytes = await edit((entries) =>
      editTables(entries, (db) => db.exec('ALTER TABLE partners ADD COLUMN rating; UPDATE partners SET rating = 5'), {
        fixChecksum: true,
      }),
    );
    await expectRefused(bytes, /^Архив не подходит к этой версии программы: столбцы таблицы «Партнёры»/);
  });

  it('an archive of a newer schema', async () => {
    const bytes = await edit((entries) => void (entries.manifest.schemaVersion = 99));
    await expectRefused(
      bytes,
      /^Архив создан более новой версией программы \(схема данных 99, эта версия знает схемы до \d+\)/,
    );
  });

  it('an archive of a newer format', async () => {
    const bytes = await edit((entries) => {
      (entries.manifest as unknown as { formatVersion: number }).formatVersion = 3;
    });
    await expectRefused(bytes, /^Архив создан более новой версией программы:/);
  });

  it('a manifest of the wrong shape', async () => {
    const bytes = await edit((entries) => {
      (entries.manifest as unknown as Record<string, unknown>)['extra'] = true;
    });
    await expectRefused(bytes, /^Архив повреждён: опись архива \(manifest\.json\) не в порядке/);
  });
});

describe('an archive made of the current schema', () => {
  it('is loaded once it is whole again', async () => {
    expect(await importArchive(t, archive)).toMatchObject({ ok: true });
  });
});

describe('an archive that lost its manifest', () => {
  it('is told apart from a foreign file', async () => {
    const { files } = await unzip(archive);
    const without = new JSZip();
    for (const [name, bytes] of files) without.file(name, bytes);
    await expectRefused(
      await without.generateAsync({ type: 'uint8array' }),
      'Архив повреждён: опись архива (manifest.json) отсутствует.',
    );
  });
});
