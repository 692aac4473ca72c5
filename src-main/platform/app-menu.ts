import type { MenuItemConstructorOptions } from 'electron';

/** Roles that reach into the page's insides: a development build's tools, never an installed app's. */
export const DEVELOPMENT_ROLES = ['reload', 'forceReload', 'toggleDevTools'] as const;

/**
 * The installed app's menu (shown by Alt, the bar is hidden): editing and zoom in Russian, nothing that reloads the
 * page (a half-filled form would be lost) or opens the developer tools.
 */
const INSTALLED_MENU: readonly MenuItemConstructorOptions[] = [
  { label: 'Файл', submenu: [{ role: 'quit', label: 'Выход' }] },
  {
    label: 'Правка',
    submenu: [
      { role: 'undo', label: 'Отменить' },
      { role: 'redo', label: 'Повторить' },
      { type: 'separator' },
      { role: 'cut', label: 'Вырезать' },
      { role: 'copy', label: 'Копировать' },
      { role: 'paste', label: 'Вставить' },
      { role: 'selectAll', label: 'Выделить всё' },
    ],
  },
  {
    label: 'Вид',
    submenu: [
      { role: 'resetZoom', label: 'Обычный размер' },
      { role: 'zoomIn', label: 'Крупнее' },
      { role: 'zoomOut', label: 'Мельче' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: 'Во весь экран' },
    ],
  },
];

/**
 * The application menu to set, or null to keep Electron's default one (with Reload and the developer tools), which
 * only a development build (not packaged) keeps.
 */
export function applicationMenu(isPackaged: boolean): readonly MenuItemConstructorOptions[] | null {
  return isPackaged ? INSTALLED_MENU : null;
}
