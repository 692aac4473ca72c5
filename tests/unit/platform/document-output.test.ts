import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../src-main/errors';
import { createElectronDocumentOutput } from '../../../src-main/platform/document-output';
import { isAllowedRequest } from '../../../src-main/platform/security';

/** A stand-in for Electron's BrowserWindow and dialog, rebuilt before each test. */
const fake = vi.hoisted(() => {
  const state = {
    windows: [] as FakeWindow[],
    saveDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath?: string }>>(),
    printResult: { success: true, failureReason: '' },
    pdf: new Uint8Array([0x25, 0x50, 0x44, 0x46]),
    /** The page each window had loaded, read while it was there. */
    loadedHtml: [] as string[],
  };

  class FakeWindow {
    readonly options: Record<string, unknown>;
    destroyed = false;
    readonly loadFile = vi.fn(async (path: string) => {
      const { readFileSync } = await import('node:fs');
      state.loadedHtml.push(readFileSync(path, 'utf8'));
    });
    readonly webContents = {
      print: vi.fn((_options: unknown, callback: (success: boolean, failureReason: string) => void) =>
        callback(state.printResult.success, state.printResult.failureReason),
      ),
      printToPDF: vi.fn(async () => state.pdf),
    };
    isDestroyed = () => this.destroyed;
    destroy = vi.fn(() => void (this.destroyed = true));
    constructor(options: Record<string, unknown>) {
      this.options = options;
      state.windows.push(this);
    }
  }

  return { state, FakeWindow };
});

vi.mock('electron', () => {
  const electron = {
    BrowserWindow: fake.FakeWindow,
    dialog: { showSaveDialog: (...args: unknown[]) => fake.state.saveDialog(...args) },
  };
  return { default: electron, ...electron };
});

let root: string;
let tempDir: string;
let documents: string;
const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
const HTML = '<!doctype html><html lang="ru"><body><h1>Модель взаимодействия</h1></body></html>';

function output(parent: unknown = null) {
  return createElectronDocumentOutput({
    parentWindow: () => parent as never,
    tempDir,
    defaultDirectory: () => documents,
    logger,
  });
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sodruzhestvo-output-'));
  tempDir = join(root, 'data', 'tmp');
  documents = join(root, 'Документы');
  fake.state.windows.length = 0;
  fake.state.loadedHtml.length = 0;
  fake.state.saveDialog.mockReset();
  fake.state.printResult = { success: true, failureReason: '' };
  logger.error.mockReset();
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('saving a PDF in the Electron app', () => {
  it('asks where to save, in Russian, offering the suggested name in Documents and the PDF filter', async () => {
    fake.state.saveDialog.mockResolvedValue({ canceled: true });
    await output().savePdf(HTML, 'Модель взаимодействия 2026-2027.pdf');
    expect(fake.state.saveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Сохранить PDF',
        defaultPath: join(documents, 'Модель взаимодействия 2026-2027.pdf'),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      }),
    );
  });

  it('makes nothing and answers null when the user cancels', async () => {
    fake.state.saveDialog.mockResolvedValue({ canceled: true });
    expect(await output().savePdf(HTML, 'Документ.pdf')).toBeNull();
    expect(fake.state.windows).toHaveLength(0);
  });

  it('renders the page in a hidden window without scripts or preload, and writes the A4 PDF where the user chose', async () => {
    const target = join(root, 'Папка школы', 'Модель.pdf');
    fake.state.saveDialog.mockResolvedValue({ canceled: false, filePath: target });
    expect(await output().savePdf(HTML, 'Модель.pdf')).toBe(target);

    const [window] = fake.state.windows;
    expect(window?.options).toMatchObject({
      show: false,
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(window?.options['webPreferences']).not.toHaveProperty('preload');
    expect(fake.state.loadedHtml).toEqual([HTML]);
    expect(window?.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', preferCSSPageSize: true }),
    );
    expect(readFileSync(target)).toEqual(Buffer.from(fake.state.pdf));
    expect(window?.destroy).toHaveBeenCalled();
    expect(readdirSync(tempDir)).toEqual([]);
    expect(readdirSync(join(root, 'Папка школы'))).toEqual(['Модель.pdf']);
  });

  it('adds .pdf when the user typed a name without it', async () => {
    fake.state.saveDialog.mockResolvedValue({ canceled: false, filePath: join(root, 'Модель') });
    expect(await output().savePdf(HTML, 'Модель.pdf')).toBe(join(root, 'Модель.pdf'));
    expect(existsSync(join(root, 'Модель.pdf'))).toBe(true);
  });

  it('opens the next dialog in the folder chosen last, attached to the app’s window', async () => {
    const parent = { isDestroyed: () => false };
    const out = output(parent);
    fake.state.saveDialog.mockResolvedValue({ canceled: false, filePath: join(root, 'Отчёты', 'Первый.pdf') });
    await out.savePdf(HTML, 'Первый.pdf');
    fake.state.saveDialog.mockResolvedValue({ canceled: true });
    await out.savePdf(HTML, 'Второй.pdf');
    expect(fake.state.saveDialog).toHaveBeenLastCalledWith(
      parent,
      expect.objectContaining({ defaultPath: join(root, 'Отчёты', 'Второй.pdf') }),
    );
  });

  it('replaces an older file of the same name whole', async () => {
    const target = join(root, 'Модель.pdf');
    fake.state.saveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await output().saveFile(new Uint8Array([1, 2, 3, 4, 5, 6]), 'Модель.pdf', 'docx');
    await output().savePdf(HTML, 'Модель.pdf');
    expect(readFileSync(target)).toEqual(Buffer.from(fake.state.pdf));
    expect(readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('saving a Word or Excel file in the Electron app', () => {
  it('offers «Документ Word» for .docx and writes the bytes', async () => {
    const target = join(root, 'Модель.docx');
    fake.state.saveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
    expect(await output().saveFile(bytes, 'Модель.docx', 'docx')).toBe(target);
    expect(fake.state.saveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Экспорт в Word', filters: [{ name: 'Документ Word', extensions: ['docx'] }] }),
    );
    expect(readFileSync(target)).toEqual(Buffer.from(bytes));
    expect(fake.state.windows).toHaveLength(0);
  });

  it('offers «Архив ZIP» for .zip and adds the extension the user left out', async () => {
    fake.state.saveDialog.mockResolvedValue({ canceled: false, filePath: join(root, 'Диагностика') });
    const bytes = new Uint8Array([0x50, 0x4b, 5, 6]);
    expect(await output().saveFile(bytes, 'Диагностика Содружество 2026-09-01.zip', 'zip')).toBe(
      join(root, 'Диагностика.zip'),
    );
    expect(fake.state.saveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ filters: [{ name: 'Архив ZIP', extensions: ['zip'] }] }),
    );
    expect(readFileSync(join(root, 'Диагностика.zip'))).toEqual(Buffer.from(bytes));
  });

  it('offers «Книга Excel» for .xlsx', async () => {
    fake.state.saveDialog.mockResolvedValue({ canceled: true });
    expect(await output().saveFile(new Uint8Array([1]), 'План.xlsx', 'xlsx')).toBeNull();
    expect(fake.state.saveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ filters: [{ name: 'Книга Excel', extensions: ['xlsx'] }] }),
    );
  });
});

describe('printing in the Electron app', () => {
  it('prints the page through the system dialog from a hidden window, then closes it and removes the page', async () => {
    expect(await output().print(HTML, 'Модель взаимодействия 2026/2027')).toBe(true);
    const [window] = fake.state.windows;
    expect(window?.options).toMatchObject({ show: false, title: 'Модель взаимодействия 2026/2027' });
    expect(window?.webContents.print).toHaveBeenCalledWith(
      expect.objectContaining({ silent: false }),
      expect.any(Function),
    );
    expect(fake.state.loadedHtml).toEqual([HTML]);
    expect(window?.destroy).toHaveBeenCalled();
    expect(readdirSync(tempDir)).toEqual([]);
  });

  it('loads the page from the one kind of file the session’s request filter lets through', async () => {
    await output().print(HTML, 'Модель взаимодействия 2026/2027');
    const [loaded] = fake.state.windows[0]?.loadFile.mock.calls[0] ?? [];
    expect(isAllowedRequest(pathToFileURL(loaded ?? '').href, { documentDir: tempDir })).toBe(true);
    expect(isAllowedRequest(pathToFileURL(loaded ?? '').href, { documentDir: documents })).toBe(false);
  });

  it('answers false, without an error, when the user cancels the print dialog', async () => {
    fake.state.printResult = { success: false, failureReason: 'cancelled' };
    expect(await output().print(HTML, 'Документ')).toBe(false);
    expect(fake.state.windows[0]?.destroy).toHaveBeenCalled();
  });

  it('reports a failed print in Russian and logs the reason', async () => {
    fake.state.printResult = { success: false, failureReason: 'Print job failed' };
    const printing = output().print(HTML, 'Документ');
    await expect(printing).rejects.toBeInstanceOf(AppError);
    await expect(printing).rejects.toThrow(/^Документ не напечатан/);
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('Print job failed'));
    expect(fake.state.windows[0]?.destroy).toHaveBeenCalled();
  });
});
