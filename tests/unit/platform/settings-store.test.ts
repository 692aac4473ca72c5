import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../../src-main/errors';
import { openSettingsFile } from '../../../src-main/platform/settings-store';

const storeOptions = vi.hoisted(() => [] as Record<string, unknown>[]);

// electron-store reads `app` from the real 'electron' package, which outside Electron tries to download
// the binary, and vitest does not mock imports made inside node_modules. So it is stood in for by `conf`,
// the library electron-store extends, given the options the way electron-store gives them.
vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  class ElectronStoreStandIn extends Conf<Record<string, unknown>> {
    constructor(options: { cwd: string; name: string }) {
      storeOptions.push({ ...options });
      super({ cwd: options.cwd, configName: options.name });
    }
  }
  return { default: ElectronStoreStandIn };
});

vi.mock('electron', () => {
  throw new Error('The real electron package must not be imported in unit tests');
});

let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'sodruzhestvo-settings-'));
  storeOptions.length = 0;
});

afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('openSettingsFile', () => {
  it('opens electron-store in the data directory under the name "settings"', () => {
    openSettingsFile(dataDir);
    expect(storeOptions).toEqual([{ cwd: dataDir, name: 'settings' }]);
  });

  it('writes dataDir/settings.json and reads the values back', () => {
    const file = openSettingsFile(dataDir);
    file.set('window', { x: 1, y: 2, width: 1000, height: 700, maximized: false });
    expect(JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'))).toEqual({
      window: { x: 1, y: 2, width: 1000, height: 700, maximized: false },
    });
    expect(openSettingsFile(dataDir).get('window')).toEqual({ x: 1, y: 2, width: 1000, height: 700, maximized: false });
  });

  it('answers undefined for a key never set', () => {
    expect(openSettingsFile(dataDir).get('school')).toBeUndefined();
  });

  it('forgets a key set to undefined instead of failing', () => {
    const file = openSettingsFile(dataDir);
    file.set('school', { shortName: 'МБОУ' });
    file.set('school', undefined);
    expect(file.get('school')).toBeUndefined();
  });

  it('sets aside a settings file that is not JSON, logs it and starts from empty settings', () => {
    writeFileSync(join(dataDir, 'settings.json'), '{"school": {"shortName": "МБОУ"', 'utf8');
    const logger: Logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const file = openSettingsFile(dataDir, logger);
    expect(file.get('school')).toBeUndefined();
    const aside = readdirSync(dataDir).filter((name) => /^settings\.damaged-\d+\.json$/.test(name));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dataDir, aside[0] ?? ''), 'utf8')).toBe('{"school": {"shortName": "МБОУ"');
    expect(logger.warn).toHaveBeenCalledOnce();
    file.set('window', { x: 0 });
    expect(existsSync(join(dataDir, 'settings.json'))).toBe(true);
  });
});
