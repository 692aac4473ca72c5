import { fc, test } from '@fast-check/vitest';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cleanDisplayName,
  detectKind,
  isStoredPath,
  MAX_DISPLAY_NAME_LENGTH,
  removeLeftoverTempFiles,
  removeStoredFile,
  resolveStoredPath,
  STORED_NAME_PATTERN,
  storeFile,
} from '../../../src-main/attachments/file-store';
import { AppError } from '../../../src-main/errors';
import { useTempDirs } from '../../kit';
import { DOCX, JPEG, PDF, pdfOfSize, PNG, SCAN_KINDS, SCAN_LIMIT } from './samples';

const tempDir = useTempDirs();
const TOO_LARGE = 'Файл больше 20 МБ: выберите файл меньшего размера или отсканируйте с меньшим разрешением.';
const WRONG_KIND = 'Можно прикрепить только PDF, JPG или PNG.';

/** The attachments folder of a fresh data directory, not yet made. */
function attachmentsDir(): string {
  return join(tempDir(), 'attachments');
}

/** A folder for checks that never touch the disk. */
const SOME_DIR = resolve('Содружество', 'attachments');

function filesIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

describe('recognising a file by its content', () => {
  it('recognises PDF, JPEG and PNG by their first bytes', () => {
    expect(detectKind(PDF)).toBe('pdf');
    expect(detectKind(JPEG)).toBe('jpg');
    expect(detectKind(PNG)).toBe('png');
  });

  it('recognises nothing in a Word document, a text or a file too short to carry a signature', () => {
    expect(detectKind(DOCX)).toBeNull();
    expect(detectKind(Buffer.from('Договор о сотрудничестве'))).toBeNull();
    expect(detectKind(Buffer.from('%PDF'))).toBeNull();
    expect(detectKind(new Uint8Array([0xff, 0xd8]))).toBeNull();
    expect(detectKind(new Uint8Array())).toBeNull();
  });
});

describe('storing a file', () => {
  it('writes the bytes under a new name of the app’s own form and reports their kind, size and SHA-256', async () => {
    const dir = attachmentsDir();
    const stored = await storeFile(dir, PDF, SCAN_KINDS, SCAN_LIMIT);
    expect(stored).toEqual({
      storedName: expect.stringMatching(STORED_NAME_PATTERN),
      kind: 'pdf',
      mime: 'application/pdf',
      size: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    expect(stored.storedName.endsWith('.pdf')).toBe(true);
    expect(readFileSync(join(dir, stored.storedName))).toEqual(PDF);
    expect(filesIn(dir)).toEqual([stored.storedName]);
  });

  it('stores a PNG as a PNG whatever its name claimed, since only its content is looked at', async () => {
    const dir = attachmentsDir();
    const stored = await storeFile(dir, PNG, SCAN_KINDS, SCAN_LIMIT);
    expect(stored).toMatchObject({ kind: 'png', mime: 'image/png' });
    expect(stored.storedName.endsWith('.png')).toBe(true);
  });

  it('gives every file a name of its own, even for the same bytes', async () => {
    const dir = attachmentsDir();
    const first = await storeFile(dir, JPEG, SCAN_KINDS, SCAN_LIMIT);
    const second = await storeFile(dir, JPEG, SCAN_KINDS, SCAN_LIMIT);
    expect(first.storedName).not.toBe(second.storedName);
    expect(filesIn(dir).sort()).toEqual([first.storedName, second.storedName].sort());
  });

  it('refuses a Word document renamed .pdf with a clear message and writes nothing', async () => {
    const dir = attachmentsDir();
    const storing = storeFile(dir, DOCX, SCAN_KINDS, SCAN_LIMIT);
    await expect(storing).rejects.toBeInstanceOf(AppError);
    await expect(storing).rejects.toThrow(WRONG_KIND);
    expect(filesIn(dir)).toEqual([]);
  });

  it('names only the kinds allowed when refusing one', async () => {
    await expect(storeFile(attachmentsDir(), PDF, ['jpg', 'png'], SCAN_LIMIT)).rejects.toThrow(
      'Можно прикрепить только JPG или PNG.',
    );
  });

  it('refuses an empty file', async () => {
    const dir = attachmentsDir();
    await expect(storeFile(dir, new Uint8Array(), SCAN_KINDS, SCAN_LIMIT)).rejects.toThrow(
      'Файл пуст: выберите другой файл.',
    );
    expect(filesIn(dir)).toEqual([]);
  });

  it('accepts a file of exactly the limit', async () => {
    const dir = attachmentsDir();
    const stored = await storeFile(dir, pdfOfSize(SCAN_LIMIT), SCAN_KINDS, SCAN_LIMIT);
    expect(stored.size).toBe(SCAN_LIMIT);
    expect(filesIn(dir)).toEqual([stored.storedName]);
  });

  it('refuses a file one byte over the limit with the message, leaving nothing in the folder', async () => {
    const dir = attachmentsDir();
    mkdirSync(dir);
    const storing = storeFile(dir, pdfOfSize(SCAN_LIMIT + 1), SCAN_KINDS, SCAN_LIMIT);
    await expect(storing).rejects.toBeInstanceOf(AppError);
    await expect(storing).rejects.toThrow(TOO_LARGE);
    expect(filesIn(dir)).toEqual([]);
  });

  it('leaves nothing half-written when the folder cannot be written to', async () => {
    const root = tempDir();
    const blocked = join(root, 'attachments');
    writeFileSync(blocked, 'not a folder');
    await expect(storeFile(blocked, PDF, SCAN_KINDS, SCAN_LIMIT)).rejects.toThrow();
    expect(readdirSync(root)).toEqual(['attachments']);
  });
});

describe('finding a stored file', () => {
  it('resolves a name of the app’s own form to a path directly inside the folder', () => {
    const dir = SOME_DIR;
    const name = `${randomUUID()}.jpg`;
    const path = resolveStoredPath(dir, name);
    expect(path).toBe(resolve(dir, name));
    expect(isStoredPath(dir, path)).toBe(true);
  });

  const uuid = '0b9f3c2e-6a41-4c1d-9e8f-5d2a7b3c4e1f';
  it.each([
    ['a climb out of the folder', `../${uuid}.pdf`],
    ['a Windows climb out of the folder', `..\\${uuid}.pdf`],
    ['an absolute POSIX path', '/etc/passwd'],
    ['an absolute Windows path', `C:\\Windows\\System32\\${uuid}.pdf`],
    ['a Windows network share', `\\\\server\\share\\${uuid}.pdf`],
    ['a name in a subfolder', `scans/${uuid}.pdf`],
    ['a NUL byte', `${uuid}.pdf\0.exe`],
    ['a trailing line break', `${uuid}.pdf\n`],
    ['a reserved Windows name', 'CON'],
    ['a reserved Windows name with an extension', 'NUL.pdf'],
    ['a program', `${uuid}.exe`],
    ['upper-case letters', `${uuid.toUpperCase()}.pdf`],
    ['a user’s file name', 'Договор с ДЮСШ.pdf'],
    ['nothing', ''],
  ])('refuses %s', (_what, name) => {
    expect(() => resolveStoredPath(SOME_DIR, name)).toThrow(AppError);
  });

  const hostilePiece = fc.constantFrom(
    '..',
    '.',
    '/',
    '\\',
    '../',
    '..\\',
    'C:',
    'C:\\',
    '\\\\server\\share\\',
    '//?/',
    '\0',
    '\n',
    'CON',
    'PRN',
    'AUX',
    'NUL',
    'COM1',
    'LPT1',
    'con.pdf',
    'LPT1.png',
    '.pdf',
    '.jpg',
    '.exe',
    '0b9f3c2e-6a41-4c1d-9e8f-5d2a7b3c4e1f',
    ' ',
    ':',
    '*',
    'Договор',
    '𝔘',
  );
  const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
  const anyName = fc.oneof(
    fc.string({ unit: fc.oneof(hostilePiece, fc.string({ unit: 'binary', maxLength: 1 }), loneSurrogate) }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', minLength: 200, maxLength: 1000 }),
    fc.tuple(fc.uuid(), fc.constantFrom('pdf', 'jpg', 'png')).map(([id, ext]) => `${id}.${ext}`),
    fc
      .tuple(fc.string({ unit: hostilePiece }), fc.uuid(), fc.constantFrom('.pdf', '.png', '.exe'), fc.string())
      .map(([before, id, ext, after]) => `${before}${id}${ext}${after}`),
  );

  test.prop([anyName], { numRuns: 500 })(
    'either refuses a name or returns a path directly inside the folder, for any string at all',
    (name) => {
      const dir = SOME_DIR;
      let path: string;
      try {
        path = resolveStoredPath(dir, name);
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        return;
      }
      const inside = relative(dir, path);
      expect(isAbsolute(inside)).toBe(false);
      expect(inside.startsWith('..')).toBe(false);
      expect(dirname(path)).toBe(dir);
      expect(inside).toBe(name);
      expect(name).toMatch(STORED_NAME_PATTERN);
    },
  );
});

describe('removing stored files', () => {
  it('removes a stored file, and takes a file already gone calmly', async () => {
    const dir = attachmentsDir();
    const { storedName } = await storeFile(dir, PNG, SCAN_KINDS, SCAN_LIMIT);
    await removeStoredFile(dir, storedName);
    expect(filesIn(dir)).toEqual([]);
    await expect(removeStoredFile(dir, storedName)).resolves.toBeUndefined();
  });

  it('refuses to remove anything by a name not of the app’s own form', async () => {
    const root = tempDir();
    const dir = join(root, 'attachments');
    writeFileSync(join(root, 'sodruzhestvo.sqlite3'), 'store');
    await expect(removeStoredFile(dir, '../sodruzhestvo.sqlite3')).rejects.toBeInstanceOf(AppError);
    expect(existsSync(join(root, 'sodruzhestvo.sqlite3'))).toBe(true);
  });

  it('clears what an interrupted write left behind and nothing else', async () => {
    const dir = attachmentsDir();
    const { storedName } = await storeFile(dir, PDF, SCAN_KINDS, SCAN_LIMIT);
    const leftover = `.${randomUUID()}.pdf.a1b2c3d4e5f6.tmp`;
    writeFileSync(join(dir, leftover), 'half');
    writeFileSync(join(dir, 'заметка.txt'), 'чужой файл');
    expect(await removeLeftoverTempFiles(dir)).toEqual([leftover]);
    expect(filesIn(dir).sort()).toEqual([storedName, 'заметка.txt'].sort());
  });

  it('finds nothing to clear when the folder was never made', async () => {
    expect(await removeLeftoverTempFiles(attachmentsDir())).toEqual([]);
  });
});

describe('the user’s file name as display text', () => {
  it('keeps an ordinary Russian name as it is', () => {
    expect(cleanDisplayName('Договор № 12 (подписан) — скан.pdf')).toBe('Договор № 12 (подписан) — скан.pdf');
  });

  it('keeps only the last part of a path', () => {
    expect(cleanDisplayName('C:\\Users\\Анна\\Documents\\Скан.pdf')).toBe('Скан.pdf');
    expect(cleanDisplayName('../../etc/passwd')).toBe('passwd');
  });

  it('drops control characters and bidirectional overrides, turning line breaks into spaces', () => {
    expect(cleanDisplayName('Скан\u0000\u0007\u001b.pdf')).toBe('Скан.pdf');
    expect(cleanDisplayName('Скан\nдоговора.pdf')).toBe('Скан договора.pdf');
    expect(cleanDisplayName('скан\u202efdp.exe')).toBe('сканfdp.exe');
  });

  it('trims spaces and may come out empty', () => {
    expect(cleanDisplayName('   Скан.jpg \t')).toBe('Скан.jpg');
    expect(cleanDisplayName(' \u0001 ')).toBe('');
  });

  it('shortens a long name to 255 characters, keeping its extension', () => {
    const cleaned = cleanDisplayName(`${'Очень длинное имя файла '.repeat(30)}.pdf`);
    expect(cleaned.length).toBeLessThanOrEqual(MAX_DISPLAY_NAME_LENGTH);
    expect(cleaned.endsWith('.pdf')).toBe(true);
    expect(cleaned.startsWith('Очень длинное имя файла')).toBe(true);
  });

  const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 600 }),
    fc.string({ unit: 'binary-ascii', maxLength: 600 }),
    fc.string({ unit: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 1 }), loneSurrogate), maxLength: 600 }),
  );

  test.prop([anyText], { numRuns: 500 })(
    'never yields control characters or broken surrogates, and stays within 255 characters and trimmed',
    (name) => {
      const cleaned = cleanDisplayName(name);
      expect(cleaned.length).toBeLessThanOrEqual(MAX_DISPLAY_NAME_LENGTH);
      expect(cleaned).not.toMatch(/\p{Cc}/u);
      expect(cleaned).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      expect(cleaned).not.toMatch(/[\\/]/);
      expect(cleaned).toBe(cleaned.trim());
      expect(() => encodeURIComponent(cleaned)).not.toThrow();
    },
  );
});
