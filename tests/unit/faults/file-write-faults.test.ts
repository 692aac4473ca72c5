import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataPaths } from '../../../src-main/data-dir';
import { writeFileAtomically } from '../../../src-main/files/atomic-write';
import { AppError } from '../../../src-main/errors';
import { STORAGE_MESSAGES } from '../../../src-main/ipc/storage-errors';
import { call, useCores, useTempDirs } from '../../kit';
import { eventFields } from '../events/fixtures';
import { storeFingerprint } from './fingerprint';

// The file system fails on demand: every other call goes to the real one.
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return { ...real, writeFile: vi.fn(real.writeFile), rename: vi.fn(real.rename), mkdir: vi.fn(real.mkdir) };
});

const tempDir = useTempDirs();
const core = useCores();
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** A disk that fills up half-way through the temporary file: half its bytes are written, then ENOSPC. */
function fillsUpHalfWay(): void {
  vi.mocked(fsPromises.writeFile).mockImplementationOnce(async (file, data) => {
    const bytes = data as Uint8Array;
    writeFileSync(file as string, bytes.subarray(0, Math.floor(bytes.length / 2)));
    throw errno('ENOSPC');
  });
}

afterEach(() => {
  vi.mocked(fsPromises.writeFile).mockReset();
  vi.mocked(fsPromises.rename).mockReset();
  vi.mocked(fsPromises.mkdir).mockReset();
});

describe('writing a file when the disk refuses', () => {
  it.each([
    ['the rename', 'ENOSPC'],
    ['the rename', 'EROFS'],
    ['the rename', 'EACCES'],
    ['the rename', 'EPERM'],
    ['the write', 'ENOSPC'],
    ['the write', 'EROFS'],
    ['the folder', 'EACCES'],
  ])('leaves the old file whole and no temporary file when %s fails with %s', async (step, code) => {
    const dir = tempDir();
    const path = join(dir, 'План 2026-2027.docx');
    writeFileSync(path, 'прежний файл');
    const fail = { 'the rename': fsPromises.rename, 'the write': fsPromises.writeFile, 'the folder': fsPromises.mkdir }[
      step
    ];
    vi.mocked(fail as typeof fsPromises.rename).mockRejectedValueOnce(errno(code));

    const writing = writeFileAtomically(path, new Uint8Array(64 * 1024).fill(7));
    await expect(writing).rejects.toBeInstanceOf(AppError);
    await expect(writing).rejects.toMatchObject({ code: 'storage', message: expect.stringMatching(/^Не удалось/) });
    expect(readdirSync(dir)).toEqual(['План 2026-2027.docx']);
    expect(readFileSync(path, 'utf8')).toBe('прежний файл');
  });

  it('removes a temporary file the full disk left half-written', async () => {
    const dir = tempDir();
    const path = join(dir, 'Реестр договоров.xlsx');
    fillsUpHalfWay();
    await expect(writeFileAtomically(path, new Uint8Array(10_000).fill(1))).rejects.toMatchObject({
      code: 'storage',
      message: 'Не удалось сохранить файл: на диске нет места.',
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('passes on an error it cannot name, for the dispatcher to tell the user', async () => {
    const dir = tempDir();
    vi.mocked(fsPromises.rename).mockRejectedValueOnce(errno('EIO'));
    await expect(writeFileAtomically(join(dir, 'a.ics'), new Uint8Array([1]))).rejects.toMatchObject({ code: 'EIO' });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('attaching a photo when the disk refuses', () => {
  async function heldEvent() {
    const app = await core();
    const event = await call(app, 'events:create', eventFields({ start: '2026-11-20T10:00', end: '2026-11-20T11:00' }));
    const attachments = dataPaths(dirname(app.db.name)).attachments;
    return { app, event, attachments };
  }

  const filesIn = (dir: string) => {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  };

  it('answers a full disk in Russian and leaves neither a row nor a file', async () => {
    const { app, event, attachments } = await heldEvent();
    const before = storeFingerprint(app.db, attachments);
    fillsUpHalfWay();
    const answer = await app.dispatch('events:attachPhoto', {
      id: event.id,
      fileName: 'Фото.png',
      content: PNG.toString('base64'),
    });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'storage', message: expect.stringMatching(/нет места/) },
    });
    expect(storeFingerprint(app.db, attachments)).toEqual(before);
    expect(filesIn(attachments)).toEqual(before.attachments);
  });

  it('answers a failing disk (EIO) with the Russian message instead of the internal error', async () => {
    const { app, event, attachments } = await heldEvent();
    const before = storeFingerprint(app.db, attachments);
    vi.mocked(fsPromises.rename).mockRejectedValueOnce(errno('EIO'));
    const answer = await app.dispatch('events:attachPhoto', {
      id: event.id,
      fileName: 'Фото.png',
      content: PNG.toString('base64'),
    });
    expect(answer).toEqual({ ok: false, error: { code: 'storage', message: STORAGE_MESSAGES.io } });
    expect(storeFingerprint(app.db, attachments)).toEqual(before);
  });
});
