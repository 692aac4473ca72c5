import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCell, type ManifestV1 } from '../../../src-main/archive/format';
import { importArchive, useArchiveCores } from './core';
import { attachmentFiles } from './fixtures';
import { readTable, tamper, unzip, writeTable } from './tamper';

const open = useArchiveCores();

/** An archive of format 1 (a JSON file per table), as the app saved them before format 2: `fillStore`'s data. */
const FORMAT_1 = readFileSync(join(import.meta.dirname, '../../fixtures/archives/format-1.sodr'));

describe('an archive of format 1, saved by the versions before format 2', () => {
  it('loads whole: every table with its rows as archived, and every attachment', async () => {
    const entries = await unzip<ManifestV1>(FORMAT_1);
    expect(entries.manifest.formatVersion).toBe(1);
    const t = await open();

    const answer = await importArchive(t, FORMAT_1);

    expect(answer).toMatchObject({ ok: true });
    const imported = answer.ok ? answer.value.imported : null;
    for (const [name, { rows }] of Object.entries(entries.manifest.tables)) {
      expect(imported?.tables[name], name).toBe(rows);
    }
    for (const name of ['partners', 'partner_contacts', 'agreements', 'events', 'attachments']) {
      const file = readTable(entries, name);
      const columns = file.columns.map((column) => `"${column}"`).join(', ');
      const rows = t.core.db.prepare(`SELECT ${columns} FROM "${name}" ORDER BY _rowid_`).raw().safeIntegers().all();
      expect(rows, name).toEqual(file.rows.map((row) => row.map(decodeCell)));
    }
    expect(attachmentFiles(t.paths.attachments)).toEqual(
      Object.fromEntries(entries.manifest.attachments.map((file) => [file.storedName, file.sha256])),
    );
  });

  it('is refused when a table file was changed by hand, and when its rows break a rule with the checksum made to match', async () => {
    const t = await open();
    const changed = await tamper<ManifestV1>(FORMAT_1, (entries) => {
      const partners = readTable(entries, 'partners');
      (partners.rows[0] ?? [])[partners.columns.indexOf('full_name')] = 'Чужой партнёр';
      writeTable(entries, partners, { fixChecksum: false });
    });
    expect(await importArchive(t, changed)).toMatchObject({
      ok: false,
      error: {
        message: 'Архив повреждён: не сходится контрольная сумма таблицы «Партнёры». Данные программы не изменены.',
      },
    });
    const broken = await tamper<ManifestV1>(FORMAT_1, (entries) => {
      const partners = readTable(entries, 'partners');
      (partners.rows[0] ?? [])[partners.columns.indexOf('full_name')] = '';
      writeTable(entries, partners, { fixChecksum: true });
    });
    const answer = await importArchive(t, broken);
    expect(answer.ok ? '' : answer.error.message).toMatch(
      /^Архив повреждён: строки таблицы «Партнёры» не подходят к её структуре/,
    );
  });
});
