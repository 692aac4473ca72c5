import { z } from 'zod';
import type { Logger } from '../errors';
import type { SettingsFile } from '../settings/settings-file';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowBounds extends Rect {
  maximized: boolean;
}

export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;
export const WINDOW_STATE_KEY = 'window';

/** How much of the title bar must lie on a display for the user to be able to grab it. */
const GRIP = { width: 100, height: 40 } as const;
const SAVE_DELAY_MS = 500;

const coordinate = z.number().int().min(-100_000).max(100_000);
const savedBoundsSchema = z.object({
  x: coordinate,
  y: coordinate,
  width: z.number().int().min(MIN_WINDOW_SIZE.width).max(100_000),
  height: z.number().int().min(MIN_WINDOW_SIZE.height).max(100_000),
  maximized: z.boolean().default(false),
});

function titleBarIsOn(bounds: Rect, display: Rect): boolean {
  const overlap = Math.min(bounds.x + bounds.width, display.x + display.width) - Math.max(bounds.x, display.x);
  return overlap >= GRIP.width && bounds.y >= display.y && bounds.y + GRIP.height <= display.y + display.height;
}

/** The default window: 1280×800 (less on a smaller screen, never below the minimum), centred on the display. */
function centredOn(display: Rect | undefined): Rect {
  const area = display ?? { x: 0, y: 0, ...DEFAULT_WINDOW_SIZE };
  const width = Math.max(MIN_WINDOW_SIZE.width, Math.min(DEFAULT_WINDOW_SIZE.width, area.width));
  const height = Math.max(MIN_WINDOW_SIZE.height, Math.min(DEFAULT_WINDOW_SIZE.height, area.height));
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * The bounds to open the window with: the saved ones if they are well-formed, at least the minimum size
 * and reachable on one of the displays (the first is the primary); otherwise the default.
 */
export function restoreBounds(saved: unknown, displays: readonly Rect[]): WindowBounds {
  const parsed = savedBoundsSchema.safeParse(saved);
  if (!parsed.success) return { ...centredOn(displays[0]), maximized: false };
  const { maximized, ...bounds } = parsed.data;
  if (!displays.some((display) => titleBarIsOn(bounds, display))) return { ...centredOn(displays[0]), maximized };
  return { ...bounds, maximized };
}

export function loadWindowBounds(file: SettingsFile, displays: readonly Rect[]): WindowBounds {
  return restoreBounds(file.get(WINDOW_STATE_KEY), displays);
}

export function saveWindowBounds(file: SettingsFile, bounds: WindowBounds): void {
  file.set(WINDOW_STATE_KEY, bounds);
}

/** The part of Electron's BrowserWindow whose state is kept. */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isMinimized(): boolean;
}

/**
 * Saves the window's bounds a moment after it stops moving or resizing, and at once when it closes.
 * The normal (not maximized) bounds are kept, so un-maximizing after a restart returns to them.
 */
export function keepWindowBounds(window: TrackedWindow, file: SettingsFile, logger: Logger): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    if (window.isMinimized()) return;
    try {
      saveWindowBounds(file, { ...window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      logger.warn('Could not save the window bounds', error);
    }
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', save);
}
