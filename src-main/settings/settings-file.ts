/**
 * The key-value file that holds the settings. In the app it is electron-store;
 * outside Electron (the test harness) it is `conf`, the library electron-store is built on,
 * writing the same JSON file.
 */
export interface SettingsFile {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export const SETTINGS_FILE_NAME = 'settings';
