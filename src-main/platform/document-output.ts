import { BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions, type WebContents } from 'electron';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { writeFileAtomically } from '../files/atomic-write';
import { ARCHIVE_EXTENSION } from '../archive/format';
import { readChosenFile } from '../files/chosen-file';
import type { ChosenFileKind, DocumentOutput, SavedFileKind } from '../files/output';
import { AppError, type Logger } from '../errors';
import { documentPagePath } from './document-page';
import { secureWebPreferences } from './security';
import { quoted } from '../contract/quote';

export interface ElectronDocumentOutputOptions {
  /** The window the dialogs belong to, if it is open. */
  parentWindow: () => BrowserWindow | null;
  /** A folder in the data directory where the page being printed is put for a moment. */
  tempDir: string;
  /** Where the first save dialog opens: the user's Documents. */
  defaultDirectory: () => string;
  logger: Logger;
}

type OutputKind = 'pdf' | SavedFileKind;

const SAVE_DIALOGS: Record<OutputKind, { title: string; filter: string }> = {
  pdf: { title: 'Сохранить PDF', filter: 'PDF' },
  docx: { title: 'Экспорт в Word', filter: 'Документ Word' },
  xlsx: { title: 'Экспорт в Excel', filter: 'Книга Excel' },
  ics: { title: 'Экспорт в календарь', filter: 'Календарь iCalendar' },
  zip: { title: 'Сохранить архив ZIP', filter: 'Архив ZIP' },
  archive: { title: 'Сохранить архив всех данных', filter: 'Архив Содружества' },
};

/** A kind whose file extension is not its own name. */
const EXTENSIONS: Partial<Record<OutputKind, string>> = { archive: ARCHIVE_EXTENSION };

const OPEN_DIALOGS: Record<ChosenFileKind, { filter: string; extension: string }> = {
  archive: { filter: 'Архив Содружества', extension: ARCHIVE_EXTENSION },
};

const PRINT_FAILED = 'Документ не напечатан: принтер недоступен или печать прервана. Проверьте принтер и повторите.';

/** The window that shows a document for printing: isolated like the app's, with no preload and no JavaScript. */
function documentWebPreferences() {
  const preferences: Omit<ReturnType<typeof secureWebPreferences>, 'preload'> & { preload?: string } = {
    ...secureWebPreferences(''),
  };
  delete preferences.preload;
  return { ...preferences, javascript: false };
}

/** Printing and saving documents with the system's dialogs, through a hidden Chromium window. */
export function createElectronDocumentOutput(options: ElectronDocumentOutputOptions): DocumentOutput {
  let lastDirectory: string | null = null;

  /** Loads the page into a hidden window for `use`, then closes the window and removes the page. */
  async function withPage<T>(html: string, title: string, use: (contents: WebContents) => Promise<T>): Promise<T> {
    await mkdir(options.tempDir, { recursive: true });
    const file = documentPagePath(options.tempDir);
    await writeFile(file, html, 'utf8');
    const window = new BrowserWindow({ show: false, title, webPreferences: documentWebPreferences() });
    try {
      await window.loadFile(file);
      return await use(window.webContents);
    } finally {
      if (!window.isDestroyed()) window.destroy();
      await rm(file, { force: true });
    }
  }

  /** Asks where to save; null when the user cancelled. The extension is added if the user left it out. */
  async function askPath(kind: OutputKind, suggestedFileName: string): Promise<string | null> {
    const { title, filter } = SAVE_DIALOGS[kind];
    const extension = EXTENSIONS[kind] ?? kind;
    const dialogOptions: SaveDialogOptions = {
      title,
      defaultPath: join(lastDirectory ?? options.defaultDirectory(), suggestedFileName),
      buttonLabel: 'Сохранить',
      filters: [{ name: filter, extensions: [extension] }],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    };
    const parent = options.parentWindow();
    const result =
      parent && !parent.isDestroyed()
        ? await dialog.showSaveDialog(parent, dialogOptions)
        : await dialog.showSaveDialog(dialogOptions);
    if (result.canceled || !result.filePath) return null;
    const path =
      extname(result.filePath).toLowerCase() === `.${extension}` ? result.filePath : `${result.filePath}.${extension}`;
    lastDirectory = dirname(path);
    return path;
  }

  /** Shows an open dialog from the last folder used; the first path chosen, or null when the user cancelled. */
  async function askOpen(dialogOptions: Omit<OpenDialogOptions, 'defaultPath'>): Promise<string | null> {
    const withFolder: OpenDialogOptions = {
      ...dialogOptions,
      defaultPath: lastDirectory ?? options.defaultDirectory(),
    };
    const parent = options.parentWindow();
    const result =
      parent && !parent.isDestroyed()
        ? await dialog.showOpenDialog(parent, withFolder)
        : await dialog.showOpenDialog(withFolder);
    return (result.canceled ? undefined : result.filePaths[0]) ?? null;
  }

  return {
    print: (html, title) =>
      withPage(
        html,
        title,
        (contents) =>
          new Promise<boolean>((resolve, reject) => {
            contents.print({ silent: false, printBackground: true }, (success, failureReason) => {
              if (success || failureReason === 'cancelled') return resolve(success);
              options.logger.error(`Printing ${quoted(title)} failed: ${failureReason}`);
              reject(new AppError('internal', PRINT_FAILED));
            });
          }),
      ),

    savePdf: async (html, suggestedFileName) => {
      const path = await askPath('pdf', suggestedFileName);
      if (path === null) return null;
      const pdf = await withPage(html, suggestedFileName, (contents) =>
        contents.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true }),
      );
      await writeFileAtomically(path, pdf);
      return path;
    },

    saveFile: async (bytes, suggestedFileName, kind) => {
      const path = await askPath(kind, suggestedFileName);
      if (path === null) return null;
      await writeFileAtomically(path, bytes);
      return path;
    },

    chooseFolder: async (title) => {
      const folder = await askOpen({
        title,
        buttonLabel: 'Выбрать папку',
        properties: ['openDirectory', 'createDirectory'],
      });
      if (!folder) return null;
      lastDirectory = folder;
      return folder;
    },

    chooseFile: async (title, kind, maxBytes) => {
      const { filter, extension } = OPEN_DIALOGS[kind];
      const path = await askOpen({
        title,
        buttonLabel: 'Открыть',
        filters: [{ name: filter, extensions: [extension] }],
        properties: ['openFile'],
      });
      if (!path) return null;
      lastDirectory = dirname(path);
      return { path, bytes: await readChosenFile(path, maxBytes) };
    },
  };
}
