import { fc } from '@fast-check/vitest';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STORED_NAME_PATTERN } from '../../../src-main/attachments/file-store';
import { AttachmentsService } from '../../../src-main/attachments/service';
import { attachmentSchema } from '../../../src-main/contract/agreements';
import { dataPaths } from '../../../src-main/data-dir';
import { AppError } from '../../../src-main/errors';
import { openCore, type TestCore, useTempDirs } from '../../kit';
import { DOCX, JPEG, PDF, pdfOfSize, PNG, SCAN_KINDS, SCAN_LIMIT } from './samples';

const tempDir = useTempDirs();
const cores: TestCore[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

const NOON = new Date(Date.UTC(2026, 10, 26, 9, 0));

/** A core on a real store in a fresh data directory, and that directory's attachments folder. */
async function open(): Promise<{ core: TestCore; dataDir: string; dir: string }> {
  const dataDir = tempDir();
  const core = await openCore(dataDir, { now: () => NOON });
  cores.push(core);
  return { core, dataDir, dir: dataPaths(dataDir).attachments };
}

function filesIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

function rowCount(core: TestCore): number {
  return (core.db.prepare('SELECT count(*) AS n FROM attachments').get() as { n: number }).n;
}

describe('attaching a file', () => {
  it('keeps the file in the data directory’s attachments folder and lists it in the contract’s shape', async () => {
    const { core, dir } = await open();
    const attached = await core.attachments.attach(
      'agreement',
      7,
      'Договор № 12 (подписан).pdf',
      PDF,
      SCAN_KINDS,
      SCAN_LIMIT,
    );
    expect(attachmentSchema.strict().parse(attached)).toEqual({
      id: expect.any(Number),
      originalName: 'Договор № 12 (подписан).pdf',
      mime: 'application/pdf',
      size: PDF.length,
      addedAt: NOON.toISOString(),
    });
    expect(core.attachments.list('agreement', 7)).toEqual([attached]);
    const [stored] = filesIn(dir);
    expect(stored).toMatch(STORED_NAME_PATTERN);
    expect(readFileSync(join(dir, stored ?? ''))).toEqual(PDF);
    expect(core.attachments.pathOf(attached.id)).toBe(join(dir, stored ?? ''));
  });

  it('takes a PNG named .pdf for a PNG, keeping the name only to show it', async () => {
    const { core, dir } = await open();
    const attached = await core.attachments.attach('agreement', 1, 'Скан договора.pdf', PNG, SCAN_KINDS, SCAN_LIMIT);
    expect(attached).toMatchObject({ originalName: 'Скан договора.pdf', mime: 'image/png' });
    expect(filesIn(dir)[0]).toMatch(/\.png$/);
  });

  it('refuses a Word document renamed .pdf, leaving no row and no file', async () => {
    const { core, dir } = await open();
    await expect(core.attachments.attach('agreement', 1, 'Договор.pdf', DOCX, SCAN_KINDS, SCAN_LIMIT)).rejects.toThrow(
      'Можно прикрепить только PDF, JPG или PNG.',
    );
    expect(rowCount(core)).toBe(0);
    expect(filesIn(dir)).toEqual([]);
  });

  it('refuses a file over 20 MB with the message, leaving no row and no file', async () => {
    const { core, dir } = await open();
    await expect(
      core.attachments.attach('agreement', 1, 'Скан.pdf', pdfOfSize(SCAN_LIMIT + 1), SCAN_KINDS, SCAN_LIMIT),
    ).rejects.toThrow('Файл больше 20 МБ: выберите файл меньшего размера или отсканируйте с меньшим разрешением.');
    expect(rowCount(core)).toBe(0);
    expect(filesIn(dir)).toEqual([]);
  });

  it('refuses an empty file', async () => {
    const { core, dir } = await open();
    await expect(
      core.attachments.attach('agreement', 1, 'Скан.pdf', new Uint8Array(), SCAN_KINDS, SCAN_LIMIT),
    ).rejects.toBeInstanceOf(AppError);
    expect(filesIn(dir)).toEqual([]);
  });

  it('shows a name that cleaning left empty as «Без имени» with the file’s kind', async () => {
    const { core } = await open();
    const attached = await core.attachments.attach('agreement', 1, ' \u0007 ', JPEG, SCAN_KINDS, SCAN_LIMIT);
    expect(attached.originalName).toBe('Без имени.jpg');
  });

  it('never lets the user’s name into the stored name or a path', async () => {
    const { core, dataDir, dir } = await open();
    const before = readdirSync(dataDir);
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }), async (name) => {
        const attached = await core.attachments.attach(
          'agreement',
          1,
          `../${name}/..\\${name}.pdf`,
          PDF,
          SCAN_KINDS,
          SCAN_LIMIT,
        );
        const path = core.attachments.pathOf(attached.id);
        expect(path.slice(dir.length + 1)).toMatch(STORED_NAME_PATTERN);
        expect(filesIn(dir).every((file) => STORED_NAME_PATTERN.test(file))).toBe(true);
        expect(readdirSync(dataDir).sort()).toEqual([...new Set([...before, 'attachments'])].sort());
      }),
      { numRuns: 40 },
    );
  });
});

describe('when the row cannot be written', () => {
  it('removes the file again if the store is closed', async () => {
    const { core, dir } = await open();
    const service = new AttachmentsService(core.db, dir, () => NOON);
    core.close();
    await expect(service.attach('agreement', 1, 'Скан.pdf', PDF, SCAN_KINDS, SCAN_LIMIT)).rejects.toThrow();
    expect(filesIn(dir)).toEqual([]);
  });

  it('removes the file again if the insert fails', async () => {
    const { core, dir } = await open();
    await core.attachments.attach('agreement', 1, 'Первый.pdf', PDF, SCAN_KINDS, SCAN_LIMIT);
    const before = filesIn(dir);
    core.db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON attachments BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    await expect(core.attachments.attach('agreement', 1, 'Второй.pdf', PNG, SCAN_KINDS, SCAN_LIMIT)).rejects.toThrow(
      'refused',
    );
    expect(filesIn(dir)).toEqual(before);
    expect(rowCount(core)).toBe(1);
  });
});

describe('listing, finding and opening', () => {
  it('lists only the owner’s files, oldest first', async () => {
    const { core } = await open();
    const first = await core.attachments.attach('agreement', 1, 'Первый.pdf', PDF, SCAN_KINDS, SCAN_LIMIT);
    await core.attachments.attach('agreement', 2, 'Чужой.pdf', PDF, SCAN_KINDS, SCAN_LIMIT);
    await core.attachments.attach('event', 1, 'Фото.jpg', JPEG, SCAN_KINDS, SCAN_LIMIT);
    const second = await core.attachments.attach('agreement', 1, 'Второй.png', PNG, SCAN_KINDS, SCAN_LIMIT);
    expect(core.attachments.list('agreement', 1)).toEqual([first, second]);
    expect(core.attachments.list('agreement', 3)).toEqual([]);
  });

  it('finds a file with its owner', async () => {
    const { core } = await open();
    const attached = await core.attachments.attach('agreement', 4, 'Скан.pdf', PDF, SCAN_KINDS, SCAN_LIMIT);
    expect(core.attachments.find(attached.id)).toMatchObject({ ...attached, ownerKind: 'agreement', ownerId: 4 });
    expect(core.attachments.find(attached.id + 1)).toBeUndefined();
  });

  it('gives the system viewer a path inside the attachments folder', async () => {
    const { core, dir } = await open();
    const attached = await core.attachments.attach('agreement', 1, 'Скан.pdf', PDF, SCAN_KINDS, SCAN_LIMIT);
    const path = core.attachments.pathOf(attached.id);
    expect(path.startsWith(dir)).toBe(true);
    expect(core.openedFiles).toEqual([]);
  });

  it('says so in Russian when the file was removed from the folder by hand', async () => {
    const { core, dir } = await open();
    const attached = await core.attachments.attach('agreement', 1, 'Скан.pdf', PDF, SCAN_KINDS, SCAN_LIMIT);
    for (const name of filesIn(dir)) rmSync(join(dir, name));
    expect(() => core.attachments.pathOf(attached.id)).toThrow(/^Файл не найден в папке данных программы/);
  });

  it('refuses an unknown file', async () => {
    const { core } = await open();
    expect(() => core.attachments.pathOf(99)).toThrow('Файл не найден: возможно, он уже удалён.');
    await expect(core.attachments.remove(99)).rejects.toThrow('Файл не найден: возможно, он уже удалён.');
  });

  it('refuses a stored name that was tampered with in the store, touching nothing outside the folder', async () => {
    const { core, dataDir } = await open();
    const attached = await core.attachments.attach('agreement', 1, 'Скан.pdf', PDF, SCAN_KINDS, SCAN_LIMIT);
    writeFileSync(join(dataDir, 'secret.pdf'), 'secret');
    core.db.prepare('UPDATE attachments SET stored_name = ? WHERE id = ?').run('../secret.pdf', attached.id);
    expect(() => core.attachments.pathOf(attached.id)).toThrow(AppError);
    await core.attachments.remove(attached.id);
    expect(readFileSync(join(dataDir, 'secret.pdf'), 'utf8')).toBe('secret');
  });
});

describe('removing files', () => {
  it('deletes the row and the file', async () => {
    const { core, dir } = await open();
    const kept = await core.attachments.attach('agreement', 1, 'Оставить.pdf', PDF, SCAN_KINDS, SCAN_LIMIT);
    const removed = await core.attachments.attach('agreement', 1, 'Удалить.png', PNG, SCAN_KINDS, SCAN_LIMIT);
    const keptFile = core.attachments.pathOf(kept.id);
    expect(await core.attachments.remove(removed.id)).toMatchObject({ id: removed.id, ownerKind: 'agreement' });
    expect(core.attachments.list('agreement', 1)).toEqual([kept]);
    expect(filesIn(dir).map((name) => join(dir, name))).toEqual([keptFile]);
  });

  it('deletes all of one owner’s files and no one else’s', async () => {
    const { core, dir } = await open();
    await core.attachments.attach('agreement', 1, 'Первый.pdf', PDF, SCAN_KINDS, SCAN_LIMIT);
    await core.attachments.attach('agreement', 1, 'Второй.jpg', JPEG, SCAN_KINDS, SCAN_LIMIT);
    const other = await core.attachments.attach('agreement', 2, 'Чужой.pdf', PDF, SCAN_KINDS, SCAN_LIMIT);
    expect(await core.attachments.removeAllOf('agreement', 1)).toBe(2);
    expect(core.attachments.list('agreement', 1)).toEqual([]);
    expect(filesIn(dir).map((name) => join(dir, name))).toEqual([core.attachments.pathOf(other.id)]);
    expect(await core.attachments.removeAllOf('agreement', 1)).toBe(0);
  });
});

describe('at start', () => {
  it('clears half-written files an interrupted attach left in the folder', async () => {
    const dataDir = tempDir();
    const dir = dataPaths(dataDir).attachments;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `.${randomUUID()}.pdf.0a1b2c3d4e5f.tmp`), '%PDF-1.7 half');
    const core = await openCore(dataDir);
    cores.push(core);
    expect(filesIn(dir)).toEqual([]);
  });
});
