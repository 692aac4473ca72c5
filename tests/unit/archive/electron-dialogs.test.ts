import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readChosenFile } from '../../../src-main/files/chosen-file';
import { createElectronDocumentOutput } from '../../../src-main/platform/document-output';

/** Electron's dialogs, as the archive uses them. */
const fake = vi.hoisted(() => ({
  saveDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath?: string }>>(),
  openDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePaths: string[] }>>(),
}));

vi.mock('electron', () => {
  const electron = {
    BrowserWindow: vi.fn(),
    dialog: {
      showSaveDialog: (...args: unknown[]) => fake.saveDialog(...args),
      showOpenDialog: (...args: unknown[]) => fake.openDialog(...args),
    },
  };
  return { default: electron, ...electron };
});

let root: string;
const output = () =>
  createElectronDocumentOutput({
    parentWindow: () => null,
    tempDir: join(root, 'tmp'),
    defaultDirectory: () => join(root, 'Документы'),
    logger: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
  });

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sodruzhestvo-archive-dialogs-'));
  fake.saveDialog.mockReset();
  fake.openDialog.mockReset();
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('saving the archive in the Electron app', () => {
  it('offers «Архив Содружества» with the .sodr extension, and adds it when the user leaves it out', async () => {
    fake.saveDialog.mockResolvedValue({ canceled: false, filePath: join(root, 'Копия на флешке') });
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);
    const path = await output().saveFile(bytes, 'Содружество — архив — 2026-11-26.sodr', 'archive');
    expect(fake.saveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Сохранить архив всех данных',
        defaultPath: join(root, 'Документы', 'Содружество — архив — 2026-11-26.sodr'),
        filters: [{ name: 'Архив Содружества', extensions: ['sodr'] }],
      }),
    );
    expect(path).toBe(join(root, 'Копия на флешке.sodr'));
    expect(readFileSync(path ?? '')).toEqual(Buffer.from(bytes));
  });
});

describe('choosing an archive to load in the Electron app', () => {
  it('asks for one file of «Архив Содружества» and reads it', async () => {
    const file = join(root, 'Архив.sodr');
    writeFileSync(file, 'PK-bytes');
    fake.openDialog.mockResolvedValue({ canceled: false, filePaths: [file] });
    const chosen = await output().chooseFile('Загрузить архив «Содружества»', 'archive', 1024);
    expect(fake.openDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Загрузить архив «Содружества»',
        filters: [{ name: 'Архив Содружества', extensions: ['sodr'] }],
        properties: ['openFile'],
      }),
    );
    expect(chosen?.path).toBe(file);
    expect(Buffer.from(chosen?.bytes ?? []).toString()).toBe('PK-bytes');
  });

  it('answers null when the user cancels', async () => {
    fake.openDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await output().chooseFile('Загрузить архив «Содружества»', 'archive', 1024)).toBeNull();
  });

  it('refuses a file over the limit, in Russian, without reading it', async () => {
    const file = join(root, 'Фильм.sodr');
    writeFileSync(file, Buffer.alloc(2048));
    fake.openDialog.mockResolvedValue({ canceled: false, filePaths: [file] });
    await expect(output().chooseFile('Загрузить архив «Содружества»', 'archive', 1024)).rejects.toThrow(
      'Файл «Фильм.sodr» больше 1 КБ: такой файл программа не загружает.',
    );
    await expect(readChosenFile(file, 2048)).resolves.toHaveLength(2048);
    await expect(readChosenFile(file, 2047)).rejects.toThrow('больше 2 КБ');
    await expect(readChosenFile(file, 1024)).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
