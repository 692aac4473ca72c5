import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../src-main/contract';

/** A stand-in for Electron's main-process API, rebuilt before each test. */
const fake = vi.hoisted(() => {
  const state = {
    lock: true,
    windows: [] as FakeWindow[],
    handlers: new Map<string, unknown>(),
    app: undefined as unknown as FakeApp,
    core: { dispatch: vi.fn(), close: vi.fn() },
    createAppCore: vi.fn(),
    showErrorBox: vi.fn(),
    sessionHardened: vi.fn(),
    /** What main.ts did with the protocol module, in order. */
    protocolCalls: [] as { what: 'privileged' | 'handle'; args: unknown[]; ready: boolean }[],
    ready: false,
    openExternal: vi.fn(),
    /** Every menu main.ts set as the application's, as the template it was built from. */
    applicationMenus: [] as unknown[],
    /** The session's request filter, as main.ts gave it. */
    requestFilter: null as
      ((details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void) | null,
  };

  type Listener = (...args: unknown[]) => void;
  class Emitter {
    private readonly listeners = new Map<string, Listener[]>();
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    emit(event: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(event) ?? []) listener(...args);
    }
  }

  class FakeApp extends Emitter {
    isPackaged = false;
    requestSingleInstanceLock = vi.fn(() => state.lock);
    whenReady = vi.fn(() => {
      state.ready = true;
      return Promise.resolve();
    });
    getPath = vi.fn(() => '/home/user/.config/sodruzhestvo');
    setPath = vi.fn();
    getVersion = vi.fn(() => '0.1.0');
    getAppPath = vi.fn(() => '/nonexistent/app');
    enableSandbox = vi.fn();
    commandLine = { appendSwitch: vi.fn() };
    quit = vi.fn();
    exit = vi.fn();
  }

  class FakeWindow extends Emitter {
    readonly options: Record<string, unknown>;
    readonly webContents = new Emitter();
    minimized = false;
    loadURL = vi.fn(() => Promise.resolve());
    show = vi.fn();
    focus = vi.fn();
    maximize = vi.fn();
    restore = vi.fn(() => void (this.minimized = false));
    isMinimized = () => this.minimized;
    isMaximized = () => false;
    isDestroyed = () => false;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 800 });
    constructor(options: Record<string, unknown>) {
      super();
      this.options = options;
      state.windows.push(this);
    }
  }

  return { state, FakeApp, FakeWindow, Emitter };
});

vi.mock('electron', () => {
  const electron = {
    get app() {
      return fake.state.app;
    },
    BrowserWindow: fake.FakeWindow,
    dialog: { showErrorBox: (...args: unknown[]) => fake.state.showErrorBox(...args) },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: { template: unknown } | null) => void fake.state.applicationMenus.push(menu?.template),
    },
    ipcMain: {
      handle: (channel: string, listener: unknown) => void fake.state.handlers.set(channel, listener),
      removeHandler: (channel: string) => void fake.state.handlers.delete(channel),
    },
    protocol: {
      registerSchemesAsPrivileged: (...args: unknown[]) =>
        void fake.state.protocolCalls.push({ what: 'privileged', args, ready: fake.state.ready }),
      handle: (...args: unknown[]) =>
        void fake.state.protocolCalls.push({ what: 'handle', args, ready: fake.state.ready }),
    },
    shell: { openExternal: (...args: unknown[]) => fake.state.openExternal(...args) },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => fake.state.sessionHardened('request'),
        setPermissionCheckHandler: () => fake.state.sessionHardened('check'),
        webRequest: {
          onBeforeRequest: (listener: typeof fake.state.requestFilter) => {
            fake.state.requestFilter = listener;
            fake.state.sessionHardened('network');
          },
          onHeadersReceived: () => fake.state.sessionHardened('csp'),
        },
      },
    },
  };
  // `app` is a getter, not a copy, so each test's fresh FakeApp is the one main.ts imports.
  return Object.defineProperties(
    { default: electron },
    Object.getOwnPropertyDescriptors(electron) as PropertyDescriptorMap,
  ) as typeof electron & { default: typeof electron };
});
vi.mock('../../../src-main/app-core', () => ({
  createAppCore: (...args: unknown[]) => fake.state.createAppCore(...args),
}));
vi.mock('../../../src-main/platform/logging', () => ({
  setupLogging: () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() }),
}));
vi.mock('../../../src-main/platform/settings-store', () => ({
  openSettingsFile: () => {
    const data = new Map<string, unknown>();
    return { get: (key: string) => data.get(key), set: (key: string, value: unknown) => void data.set(key, value) };
  },
}));

const ENTRY_URL = 'app://sodruzhestvo/index.html';
// main.ts serves the page from beside its own folder (out/main → out/renderer); here its folder is src-main.
const RENDERER_DIR = join(fileURLToPath(new URL('../../../src-main/', import.meta.url)), '../renderer');
const originalArgv = process.argv;

async function startMain(argv: string[] = []) {
  process.argv = ['electron', '.', ...argv];
  await import('../../../src-main/main');
}

beforeEach(() => {
  vi.resetModules();
  fake.state.lock = true;
  fake.state.windows = [];
  fake.state.handlers = new Map();
  fake.state.app = new fake.FakeApp();
  fake.state.core = { dispatch: vi.fn(), close: vi.fn() };
  fake.state.createAppCore = vi.fn().mockResolvedValue(fake.state.core);
  fake.state.showErrorBox = vi.fn();
  fake.state.sessionHardened = vi.fn();
  fake.state.protocolCalls = [];
  fake.state.ready = false;
  fake.state.openExternal = vi.fn(() => Promise.resolve());
  fake.state.applicationMenus = [];
});

afterEach(() => {
  process.argv = originalArgv;
});

describe('main', () => {
  it('quits without opening the store when another copy of the app is running', async () => {
    fake.state.lock = false;
    await startMain();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.state.app.quit).toHaveBeenCalled();
    expect(fake.state.createAppCore).not.toHaveBeenCalled();
    expect(fake.state.windows).toHaveLength(0);
  });

  it('opens the store in the default data directory, validating outputs while not packaged', async () => {
    await startMain();
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    expect(fake.state.createAppCore).toHaveBeenCalledWith(
      expect.objectContaining({ dataDir: '/home/user/.config/sodruzhestvo', validateOutput: true }),
    );
    expect(fake.state.app.setPath).not.toHaveBeenCalled();
  });

  it('moves the whole profile to a data directory given on the command line', async () => {
    await startMain(['--data-dir', '/srv/portable/data']);
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    expect(fake.state.app.setPath).toHaveBeenCalledWith('userData', '/srv/portable/data');
    expect(fake.state.createAppCore).toHaveBeenCalledWith(expect.objectContaining({ dataDir: '/srv/portable/data' }));
  });

  it('puts every renderer in Chromium’s sandbox', async () => {
    await startMain();
    expect(fake.state.app.enableSandbox).toHaveBeenCalled();
  });

  it('speaks Russian whatever the system language, so date inputs read ДД.ММ.ГГГГ', async () => {
    await startMain();
    expect(fake.state.app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'ru-RU');
  });

  it('hardens the session, registers every contract channel and loads the built page in a hidden, secure window', async () => {
    await startMain();
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    const [window] = fake.state.windows;
    expect(fake.state.sessionHardened.mock.calls.map(([what]) => what)).toEqual(['request', 'check', 'network', 'csp']);
    expect([...fake.state.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    expect(window?.options).toMatchObject({
      title: 'Содружество',
      minWidth: 900,
      minHeight: 600,
      show: false,
      autoHideMenuBar: true,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false },
    });
    expect(window?.options['icon']).toBeUndefined();
    expect(window?.loadURL).toHaveBeenCalledWith(ENTRY_URL);
    window?.emit('ready-to-show');
    expect(window?.show).toHaveBeenCalled();
  });

  it('gives an installed build a Russian menu with no Reload and no developer tools, and closes the tools', async () => {
    fake.state.app.isPackaged = true;
    await startMain();
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    expect(fake.state.applicationMenus).toHaveLength(1);
    const menu = JSON.stringify(fake.state.applicationMenus[0]);
    for (const role of ['reload', 'forceReload', 'toggleDevTools']) expect(menu).not.toContain(`"${role}"`);
    for (const label of ['Правка', 'Копировать', 'Вставить']) expect(menu).toContain(label);
    const labels = [...menu.matchAll(/"label":"([^"]*)"/g)].map((match) => match[1]);
    expect(labels.filter((label) => /[A-Za-z]/.test(label ?? ''))).toEqual([]);
    expect(fake.state.windows[0]?.options).toMatchObject({ webPreferences: { devTools: false } });
  });

  it('keeps Electron’s default menu, with Reload and the developer tools, in a development build', async () => {
    fake.state.app.isPackaged = false;
    await startMain();
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    expect(fake.state.applicationMenus).toEqual([]);
    expect(fake.state.windows[0]?.options).toMatchObject({ webPreferences: { devTools: true } });
  });

  it('lets the session load the pages of documents being printed from the data directory, and no other file', async () => {
    fake.state.app.isPackaged = true;
    await startMain();
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    const lets = (url: string) => {
      let answer: { cancel?: boolean } | undefined;
      fake.state.requestFilter?.({ url }, (response) => (answer = response));
      return answer !== undefined && answer.cancel !== true;
    };
    expect(lets('file:///home/user/.config/sodruzhestvo/tmp/document-0123456789abcdef.html')).toBe(true);
    expect(lets('file:///home/user/.config/sodruzhestvo/sodruzhestvo.sqlite3')).toBe(false);
    expect(lets('devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(lets(ENTRY_URL)).toBe(true);
  });

  it('hardens every web contents the app creates', async () => {
    await startMain();
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    const contents = new fake.Emitter() as InstanceType<typeof fake.Emitter> & { setWindowOpenHandler: () => void };
    contents.setWindowOpenHandler = vi.fn();
    fake.state.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('registers app:// as a privileged scheme before the app is ready, and serves out/renderer through it after', async () => {
    await startMain();
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    expect(fake.state.protocolCalls.map(({ what, ready }) => [what, ready])).toEqual([
      ['privileged', false],
      ['handle', true],
    ]);
    expect(fake.state.protocolCalls[0]?.args).toEqual([
      [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }],
    ]);
    const [scheme, handler] = fake.state.protocolCalls[1]?.args ?? [];
    expect(scheme).toBe('app');
    const refused = await (handler as (request: { url: string }) => Promise<Response>)({
      url: 'app://sodruzhestvo/../main/main.ts',
    });
    expect(refused.status).toBe(404);
    expect(RENDERER_DIR.endsWith('renderer')).toBe(true);
  });

  it('hands an https link opened in a new window to the system browser and opens no window for it', async () => {
    await startMain();
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    let openHandler: ((details: { url: string }) => unknown) | undefined;
    const contents = Object.assign(new fake.Emitter(), {
      setWindowOpenHandler: (handler: (details: { url: string }) => unknown) => void (openHandler = handler),
    });
    fake.state.app.emit('web-contents-created', {}, contents);
    expect(openHandler?.({ url: 'https://school.example.ru/' })).toEqual({ action: 'deny' });
    expect(openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(fake.state.openExternal.mock.calls).toEqual([['https://school.example.ru/']]);
    expect(fake.state.windows).toHaveLength(1);
  });

  it('reports a store it must not open, then quits without a window or IPC', async () => {
    const message = 'Файл данных создан более новой версией программы. Файл не изменён.';
    // The class main.ts will see: modules are fresh in every test.
    const { AppError } = await import('../../../src-main/errors');
    fake.state.createAppCore.mockRejectedValue(new AppError('storage', message));
    await startMain();
    await vi.waitFor(() => expect(fake.state.app.quit).toHaveBeenCalled());
    expect(fake.state.showErrorBox).toHaveBeenCalledWith('Содружество', message);
    expect(fake.state.windows).toHaveLength(0);
    expect(fake.state.handlers.size).toBe(0);
  });

  it('reports an unexpected failure to open the store in general words', async () => {
    fake.state.createAppCore.mockRejectedValue(new Error('SQLITE_CANTOPEN'));
    await startMain();
    await vi.waitFor(() => expect(fake.state.app.quit).toHaveBeenCalled());
    expect(fake.state.showErrorBox).toHaveBeenCalledWith('Содружество', expect.stringContaining('журнал'));
  });

  it('closes the store exactly once when the app quits, and removes the IPC handlers', async () => {
    await startMain();
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    fake.state.app.emit('before-quit');
    expect(fake.state.core.close).not.toHaveBeenCalled();
    fake.state.app.emit('will-quit');
    fake.state.app.emit('will-quit');
    expect(fake.state.core.close).toHaveBeenCalledOnce();
    expect(fake.state.handlers.size).toBe(0);
  });

  it('quits when the last window closes', async () => {
    await startMain();
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    fake.state.app.emit('window-all-closed');
    expect(fake.state.app.quit).toHaveBeenCalled();
  });

  it('brings the minimized window back when a second copy is started', async () => {
    await startMain();
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    const [window] = fake.state.windows;
    if (window) window.minimized = true;
    fake.state.app.emit('second-instance');
    expect(window?.restore).toHaveBeenCalled();
    expect(window?.focus).toHaveBeenCalled();
  });
});
