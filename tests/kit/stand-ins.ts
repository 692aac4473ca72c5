import type { Logger } from '../../src-main/errors';
import type { SettingsFile } from '../../src-main/settings/settings-file';

/** A settings file held in memory: what the core keeps in it lives as long as the core under test. */
export function memorySettingsFile(): SettingsFile {
  const values = new Map<string, unknown>();
  return { get: (key) => values.get(key), set: (key, value) => void values.set(key, value) };
}

/** The log of a unit test: nothing is said (a test that cares about the log passes a logger of its own). */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/** The log of a harness or a benchmark: only errors are said, on stderr. */
export const quietLogger: Logger = { info: () => {}, warn: () => {}, error: (...args) => console.error(...args) };
