import Store from 'electron-store';
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../errors';
import { SETTINGS_FILE_NAME, type SettingsFile } from '../settings/settings-file';

function openStore(dataDir: string): Store {
  return new Store({ cwd: dataDir, name: SETTINGS_FILE_NAME });
}

/**
 * The settings file, dataDir/settings.json, kept by electron-store. A file that is not JSON
 * (edited by hand, cut short) is set aside next to it rather than stopping the app or being lost.
 */
export function openSettingsFile(dataDir: string, logger?: Logger): SettingsFile {
  let store: Store;
  try {
    store = openStore(dataDir);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const file = join(dataDir, `${SETTINGS_FILE_NAME}.json`);
    const aside = join(dataDir, `${SETTINGS_FILE_NAME}.damaged-${Date.now()}.json`);
    renameSync(file, aside);
    logger?.warn(`The settings file is not valid JSON; it was moved to ${aside} and the defaults are used`);
    store = openStore(dataDir);
  }
  return {
    get: (key) => store.get(key),
    set: (key, value) => {
      // electron-store refuses to store undefined; for a key that means “not set”.
      if (value === undefined) store.delete(key);
      else store.set(key, value);
    },
  };
}
