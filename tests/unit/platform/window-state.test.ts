import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../../src-main/errors';
import {
  keepWindowBounds,
  loadWindowBounds,
  restoreBounds,
  saveWindowBounds,
  WINDOW_STATE_KEY,
  type Rect,
  type TrackedWindow,
} from '../../../src-main/platform/window-state';
import type { SettingsFile } from '../../../src-main/settings/settings-file';

const FULL_HD: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const RIGHT_MONITOR: Rect = { x: 1920, y: 0, width: 1280, height: 984 };
const DEFAULT_ON_FULL_HD = { x: 320, y: 120, width: 1280, height: 800, maximized: false };

function memorySettings(initial: Record<string, unknown> = {}): SettingsFile & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial));
  return { data, get: (key) => data.get(key), set: (key, value) => void data.set(key, value) };
}

const silentLogger: Logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

describe('restoreBounds', () => {
  it('keeps saved bounds that lie on a display', () => {
    const saved = { x: 100, y: 50, width: 1000, height: 700, maximized: true };
    expect(restoreBounds(saved, [FULL_HD])).toEqual(saved);
  });

  it('keeps bounds saved on a second monitor that is still connected', () => {
    const saved = { x: 2000, y: 40, width: 1100, height: 800, maximized: false };
    expect(restoreBounds(saved, [FULL_HD, RIGHT_MONITOR])).toEqual(saved);
  });

  it('reads a saved value without the maximized flag as not maximized', () => {
    expect(restoreBounds({ x: 100, y: 50, width: 1000, height: 700 }, [FULL_HD])).toEqual({
      x: 100,
      y: 50,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('opens 1280×800 centred on the first display when nothing was saved', () => {
    expect(restoreBounds(undefined, [FULL_HD, RIGHT_MONITOR])).toEqual(DEFAULT_ON_FULL_HD);
  });

  it('centres the default on the first display even when it does not start at the origin', () => {
    expect(restoreBounds(undefined, [RIGHT_MONITOR])).toEqual({
      x: 1920,
      y: 92,
      width: 1280,
      height: 800,
      maximized: false,
    });
  });

  it('fits the default to a small laptop screen without going below the minimum size', () => {
    expect(restoreBounds(undefined, [{ x: 0, y: 0, width: 1366, height: 728 }])).toEqual({
      x: 43,
      y: 0,
      width: 1280,
      height: 728,
      maximized: false,
    });
    expect(restoreBounds(undefined, [{ x: 0, y: 0, width: 800, height: 500 }])).toMatchObject({
      width: 900,
      height: 600,
    });
  });

  it.each([
    ['a string', 'big'],
    ['null', null],
    ['an array', [0, 0, 1280, 800]],
    ['text where numbers belong', { x: '1', y: 0, width: 1280, height: 800 }],
    ['fractional pixels', { x: 0.5, y: 0, width: 1280, height: 800 }],
    ['a missing height', { x: 0, y: 0, width: 1280 }],
    ['an absurd coordinate', { x: 1e12, y: 0, width: 1280, height: 800 }],
  ])('replaces %s with the default', (_what, saved) => {
    expect(restoreBounds(saved, [FULL_HD])).toEqual(DEFAULT_ON_FULL_HD);
  });

  it('refuses bounds smaller than 900×600', () => {
    expect(restoreBounds({ x: 0, y: 0, width: 899, height: 700 }, [FULL_HD])).toEqual(DEFAULT_ON_FULL_HD);
    expect(restoreBounds({ x: 0, y: 0, width: 1000, height: 599 }, [FULL_HD])).toEqual(DEFAULT_ON_FULL_HD);
  });

  it('refuses bounds off every display, as when the monitor they were on is gone, but keeps maximized', () => {
    const onGoneMonitor = { x: 2000, y: 40, width: 1100, height: 800, maximized: true };
    expect(restoreBounds(onGoneMonitor, [FULL_HD])).toEqual({ ...DEFAULT_ON_FULL_HD, maximized: true });
  });

  it('refuses bounds whose title bar is above the screen or only a sliver of it is visible', () => {
    expect(restoreBounds({ x: 100, y: -30, width: 1000, height: 700 }, [FULL_HD])).toEqual(DEFAULT_ON_FULL_HD);
    expect(restoreBounds({ x: -950, y: 100, width: 1000, height: 700 }, [FULL_HD])).toEqual(DEFAULT_ON_FULL_HD);
    expect(restoreBounds({ x: 100, y: 1020, width: 1000, height: 700 }, [FULL_HD])).toEqual(DEFAULT_ON_FULL_HD);
  });

  it('falls back to a default when no display is known', () => {
    expect(restoreBounds(undefined, [])).toEqual({ x: 0, y: 0, width: 1280, height: 800, maximized: false });
  });
});

describe('window bounds in the settings file', () => {
  it('are saved under the key "window" and read back', () => {
    const file = memorySettings();
    const bounds = { x: 10, y: 20, width: 1000, height: 700, maximized: false };
    saveWindowBounds(file, bounds);
    expect(file.data.get(WINDOW_STATE_KEY)).toEqual(bounds);
    expect(loadWindowBounds(file, [FULL_HD])).toEqual(bounds);
  });

  it('are the default when the settings file has a damaged value', () => {
    expect(loadWindowBounds(memorySettings({ window: { x: 'left' } }), [FULL_HD])).toEqual(DEFAULT_ON_FULL_HD);
  });
});

describe('keepWindowBounds', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function fakeWindow(bounds: Rect, state: { maximized?: boolean; minimized?: boolean } = {}) {
    const listeners = new Map<string, () => void>();
    const window: TrackedWindow = {
      on: (event, listener) => listeners.set(event, listener),
      getNormalBounds: () => bounds,
      isMaximized: () => state.maximized ?? false,
      isMinimized: () => state.minimized ?? false,
    };
    return { window, emit: (event: string) => listeners.get(event)?.(), bounds, state };
  }

  it('saves the bounds once, half a second after the window stops moving', () => {
    vi.useFakeTimers();
    const file = memorySettings();
    const set = vi.spyOn(file, 'set');
    const { window, emit } = fakeWindow({ x: 5, y: 6, width: 1000, height: 700 });
    keepWindowBounds(window, file, silentLogger);
    emit('move');
    emit('move');
    emit('resize');
    expect(set).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(set).toHaveBeenCalledTimes(1);
    expect(file.data.get('window')).toEqual({ x: 5, y: 6, width: 1000, height: 700, maximized: false });
  });

  it('saves at once when the window closes and not again afterwards', () => {
    vi.useFakeTimers();
    const file = memorySettings();
    const set = vi.spyOn(file, 'set');
    const { window, emit } = fakeWindow({ x: 5, y: 6, width: 1000, height: 700 }, { maximized: true });
    keepWindowBounds(window, file, silentLogger);
    emit('resize');
    emit('close');
    expect(file.data.get('window')).toEqual({ x: 5, y: 6, width: 1000, height: 700, maximized: true });
    vi.advanceTimersByTime(1000);
    expect(set).toHaveBeenCalledTimes(1);
  });

  it('does not save the bounds of a minimized window', () => {
    vi.useFakeTimers();
    const file = memorySettings();
    const { window, emit } = fakeWindow({ x: 5, y: 6, width: 1000, height: 700 }, { minimized: true });
    keepWindowBounds(window, file, silentLogger);
    emit('close');
    expect(file.data.has('window')).toBe(false);
  });

  it('logs, rather than throws, when the settings file cannot be written', () => {
    const logger: Logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const file: SettingsFile = {
      get: () => undefined,
      set: () => {
        throw new Error('EACCES');
      },
    };
    const { window, emit } = fakeWindow({ x: 5, y: 6, width: 1000, height: 700 });
    keepWindowBounds(window, file, logger);
    expect(() => emit('close')).not.toThrow();
    expect(logger.warn).toHaveBeenCalledOnce();
  });
});
