import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppCore, type AppCore } from './app-core';
import { dataPaths, resolveDataDir } from './data-dir';
import { AppError, type Logger } from './errors';
import { registerIpc } from './ipc/register-electron';
import { applicationMenu } from './platform/app-menu';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './platform/app-protocol';
import { createElectronDocumentOutput } from './platform/document-output';
import { createElectronFileOpener } from './platform/file-opener';
import { setupLogging } from './platform/logging';
import { hardenSession, hardenWebContents, rendererEntry, secureWebPreferences } from './platform/security';
import { openSettingsFile } from './platform/settings-store';
import type { SettingsFile } from './settings/settings-file';
import { keepWindowBounds, loadWindowBounds, MIN_WINDOW_SIZE, type WindowBounds } from './platform/window-state';

const APP_TITLE = 'Содружество';
const OUT_DIR = fileURLToPath(new URL('.', import.meta.url));
const PRELOAD_PATH = join(OUT_DIR, '../preload/preload.cjs');
const RENDERER_DIR = join(OUT_DIR, '../renderer');
/** The worker thread's entry, built beside main.js (electron.vite.config.ts). */
const WORKER_ENTRY = new URL('./worker.js', import.meta.url);
/** Where a document's page is written for a moment while it prints or becomes a PDF. */
const documentDirOf = (dataDir: string) => join(dataDir, 'tmp');
const STARTUP_FAILED = 'Не удалось запустить программу. Подробности записаны в журнал.';

let mainWindow: BrowserWindow | null = null;

function showMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function displayAreas() {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return [primary, ...others].map((display) => display.workArea);
}

function createMainWindow(bounds: WindowBounds): BrowserWindow {
  const icon = join(app.getAppPath(), 'resources', 'icon.png');
  const window = new BrowserWindow({
    title: APP_TITLE,
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    backgroundColor: '#f8f9fa',
    autoHideMenuBar: true,
    ...(existsSync(icon) ? { icon } : {}),
    webPreferences: secureWebPreferences(PRELOAD_PATH, { devTools: !app.isPackaged }),
  });
  window.once('ready-to-show', () => {
    if (bounds.maximized) window.maximize();
    window.show();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  return window;
}

/** Opens the store; a store this app must not open (newer, damaged) is reported and left as it is. */
async function openCore(
  dataDir: string,
  logger: Logger,
): Promise<{ core: AppCore; settingsFile: SettingsFile } | null> {
  try {
    const settingsFile = openSettingsFile(dataDir, logger);
    const documentOutput = createElectronDocumentOutput({
      parentWindow: () => mainWindow,
      tempDir: documentDirOf(dataDir),
      defaultDirectory: () => app.getPath('documents'),
      logger,
    });
    const core = await createAppCore({
      dataDir,
      settingsFile,
      logger,
      validateOutput: !app.isPackaged,
      documentOutput,
      fileOpener: createElectronFileOpener({ attachmentsDir: dataPaths(dataDir).attachments, logger }),
      workerEntry: WORKER_ENTRY,
    });
    return { core, settingsFile };
  } catch (error) {
    logger.error('The store could not be opened', error);
    dialog.showErrorBox(APP_TITLE, error instanceof AppError ? error.message : STARTUP_FAILED);
    return null;
  }
}

async function start(dataDir: string): Promise<void> {
  const logger = setupLogging(dataDir);
  logger.info(`Starting ${APP_TITLE} ${app.getVersion()}; data directory ${dataDir}`);
  app.on('second-instance', showMainWindow);
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();
  // An installed app has no Reload and no developer tools; a development build keeps Electron's default menu.
  const menu = applicationMenu(app.isPackaged);
  if (menu) Menu.setApplicationMenu(Menu.buildFromTemplate([...menu]));
  const opened = await openCore(dataDir, logger);
  if (!opened) {
    app.quit();
    return;
  }
  const { core, settingsFile } = opened;

  const entry = rendererEntry({ isPackaged: app.isPackaged, devServerUrl: process.env['ELECTRON_RENDERER_URL'] });
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: RENDERER_DIR, logger }));
  hardenSession(session.defaultSession, {
    devServerOrigin: entry.kind === 'url' ? entry.url : null,
    documentDir: documentDirOf(dataDir),
    devTools: !app.isPackaged,
    logger,
  });
  const openExternal = (url: string) => shell.openExternal(url);
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, entry.url, { openExternal, logger }),
  );
  const unregisterIpc = registerIpc(ipcMain, core.dispatch, entry.url, logger);

  let closed = false;
  app.on('will-quit', () => {
    if (closed) return;
    closed = true;
    unregisterIpc();
    try {
      core.close();
      logger.info('The store was closed');
    } catch (error) {
      logger.error('The store could not be closed cleanly', error);
    }
  });

  const window = createMainWindow(loadWindowBounds(settingsFile, displayAreas()));
  mainWindow = window;
  keepWindowBounds(window, settingsFile, logger);
  window.loadURL(entry.url).catch((error: unknown) => logger.error(`Could not load ${entry.url}`, error));
}

// A data directory of its own (--data-dir, SODRUZHESTVO_DATA_DIR) is a profile of its own: Chromium's files
// and the single-instance lock go there too, so two copies never share one store and two stores may run side by side.
const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
if (dataDir !== app.getPath('userData')) app.setPath('userData', dataDir);
app.enableSandbox();
// app:// must be known as a standard, secure scheme before the app is ready, or Chromium treats it as opaque.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
// The app speaks Russian whatever the system's language: date inputs read ДД.ММ.ГГГГ, spelling and menus are Russian.
app.commandLine.appendSwitch('lang', 'ru-RU');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start(dataDir).catch((error: unknown) => {
    console.error(error);
    dialog.showErrorBox(APP_TITLE, STARTUP_FAILED);
    app.exit(1);
  });
}
