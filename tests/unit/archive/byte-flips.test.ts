import { fc, test } from '@fast-check/vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { exportArchive, importArchive, useArchiveCores } from './core';
import { attachmentFiles, dumpTables, fileHash, fillStore } from './fixtures';

const open = useArchiveCores();

/** A few bits flipped anywhere in the file, or within its last kilobyte, where the ZIP's directory lies. */
const flips = fc.array(
  fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), bit: fc.integer({ min: 0, max: 7 }) }),
  { minLength: 1, maxLength: 4 },
);
const nearEnd = fc.boolean();

describe('an archive with random bytes changed', () => {
  test.prop([flips, nearEnd], { numRuns: 40 })(
    'is either loaded whole, with the archived content, or refused with nothing changed — never half loaded',
    async (changes, tail) => {
      const t = await open();
      await fillStore(t.core);
      const archivedTables = dumpTables(t.core.db);
      const archivedFiles = attachmentFiles(t.paths.attachments);
      const archive = await exportArchive(t);
      await t.core.dispatch('plans:create', { year: '2027/2028', copyFrom: '2026/2027' });

      const bytes = Uint8Array.from(archive);
      const from = tail ? Math.max(0, bytes.length - 1024) : 0;
      for (const { at, bit } of changes) {
        const index = from + Math.floor(at * (bytes.length - from));
        bytes[index] = (bytes[index] ?? 0) ^ (1 << bit);
      }

      t.core.db.pragma('wal_checkpoint(TRUNCATE)');
      const before = {
        database: fileHash(t.paths.database),
        tables: dumpTables(t.core.db),
        files: attachmentFiles(t.paths.attachments),
        backups: existsSync(t.paths.backups) ? readdirSync(t.paths.backups) : [],
      };
      const answer = await importArchive(t, bytes);
      if (answer.ok) {
        expect(dumpTables(t.core.db)).toEqual(archivedTables);
        expect(attachmentFiles(t.paths.attachments)).toMatchObject(archivedFiles);
      } else {
        expect(answer.error.code).toBe('invalid_input');
        expect(answer.error.message).toMatch(/^(Это не архив|Архив ).*Данные программы не изменены\.$/);
        t.core.db.pragma('wal_checkpoint(TRUNCATE)');
        expect({
          database: fileHash(t.paths.database),
          tables: dumpTables(t.core.db),
          files: attachmentFiles(t.paths.attachments),
          backups: existsSync(t.paths.backups) ? readdirSync(t.paths.backups) : [],
        }).toEqual(before);
      }
      expect(existsSync(join(t.dataDir, 'archive-import'))).toBe(false);
      t.core.close();
    },
    60_000,
  );
});
