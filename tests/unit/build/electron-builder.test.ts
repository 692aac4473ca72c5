import type { Configuration, TargetConfiguration } from 'app-builder-lib';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { minimatch } from 'minimatch';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadBuilderConfig, PROJECT_DIR } from './builder-config';

vi.mock('electron', () => {
  throw new Error('The real electron package must not be imported in unit tests');
});

let config: Configuration;

beforeAll(async () => {
  config = await loadBuilderConfig();
});

/** The targets of one platform as `name → arches`, whatever short form the configuration uses. */
function targetsOf(platform: 'win' | 'linux' | 'mac'): Record<string, string[]> {
  const raw = config[platform]?.target;
  const list = (Array.isArray(raw) ? raw : raw == null ? [] : [raw]) as (string | TargetConfiguration)[];
  return Object.fromEntries(
    list.map((target) =>
      typeof target === 'string'
        ? [target, ['x64']]
        : [target.target, (Array.isArray(target.arch) ? target.arch : [target.arch ?? 'x64']).map(String)],
    ),
  );
}

/** Whether electron-builder's file patterns (one list, or the top-level and a platform's) take a project file. */
function isPackaged(file: string, ...patternLists: (readonly string[] | undefined)[]): boolean {
  const patterns = patternLists.flatMap((list) => list ?? []);
  const included = patterns.filter((p) => !p.startsWith('!')).some((p) => minimatch(file, p, { dot: true }));
  const excluded = patterns.filter((p) => p.startsWith('!')).some((p) => minimatch(file, p.slice(1), { dot: true }));
  return included && !excluded;
}

/** A file-set option as plain patterns: electron-builder's loader turns `files` into `{ filter: [...] }` sets. */
function patterns(value: unknown): string[] {
  const entries: unknown[] = Array.isArray(value) ? value : value == null ? [] : [value];
  return entries.flatMap((entry) => {
    if (typeof entry === 'string') return [entry];
    const filter = (entry as { filter?: unknown }).filter;
    return (Array.isArray(filter) ? filter : [filter]).filter((p): p is string => typeof p === 'string');
  });
}

describe('electron-builder.yml', () => {
  it('is valid against app-builder-lib’s own schema, as electron-builder checks it before building', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would be refused by that schema with a misspelt fuse, so the check above means something', async () => {
    const misspelt = { ...config, electronFuses: { runAsNod: false } } as unknown as Configuration;
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/electronFuses/);
  });

  it('names the product «Содружество», with a Latin executable name and its own app id', () => {
    expect(config.productName).toBe('Содружество');
    expect(config.executableName).toBe('sodruzhestvo');
    expect(config.appId).toBe('ru.school.sodruzhestvo');
  });

  it('builds a Windows NSIS installer and a portable build, both x64', () => {
    expect(targetsOf('win')).toEqual({ nsis: ['x64'], portable: ['x64'] });
  });

  it('builds deb, rpm and AppImage for Linux', () => {
    expect(Object.keys(targetsOf('linux')).sort()).toEqual(['AppImage', 'deb', 'rpm']);
  });

  it('builds nothing for macOS', () => {
    expect(config.mac).toBeUndefined();
  });

  it('installs in Russian, per user, letting the user choose the folder', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      installerLanguages: ['ru_RU'],
    });
  });

  it('gives the installers distinct names, so the portable build never overwrites the installer', () => {
    expect(config.nsis?.artifactName).toBeTruthy();
    expect(config.portable?.artifactName).toBeTruthy();
    expect(config.nsis?.artifactName).not.toBe(config.portable?.artifactName);
  });

  it('has an icon in resources/ that is a PNG of at least 256×256, as the Windows icon needs', () => {
    expect(config.icon).toBe('resources/icon.png');
    const file = join(PROJECT_DIR, config.icon ?? '');
    expect(existsSync(file)).toBe(true);
    const png = readFileSync(file);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(width).toBeGreaterThanOrEqual(256);
    expect(height).toBeGreaterThanOrEqual(256);
    expect(width).toBe(height);
  });

  it('flips the fuses: no running as Node, no NODE_OPTIONS, no inspector, ASAR only and checked, no file:// privileges', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into ASAR and unpacks the SQLite prebuilds beside it', () => {
    expect(config.asar).toBe(true);
    const unpack = patterns(config.asarUnpack);
    for (const platform of ['win32-x64', 'linux-x64', 'linuxmusl-x64']) {
      const file = `node_modules/better-sqlite3/prebuilds/${platform}.node`;
      expect(unpack.some((p) => minimatch(file, p))).toBe(true);
    }
    expect(unpack.some((p) => minimatch('node_modules/better-sqlite3/lib/index.js', p))).toBe(false);
    expect(unpack.some((p) => minimatch('out/main/main.js', p))).toBe(false);
  });

  it('does not rebuild native modules: better-sqlite3’s Node-API prebuilds load in Electron as they are', () => {
    expect(config.npmRebuild).toBe(false);
  });

  it('lists its files as patterns the checks below can read', () => {
    expect(patterns(config.files)).toContain('out/**');
  });

  it('keeps every file pattern at the top level: a platform’s list of exclusions alone packs the whole project', () => {
    expect(config.win?.files).toBeUndefined();
    expect(config.linux?.files).toBeUndefined();
  });

  it.each([
    'out/main/main.js',
    'out/preload/preload.cjs',
    'out/renderer/index.html',
    'out/renderer/assets/index-abc.js',
    'resources/icon.png',
    'package.json',
  ])('packs %s', (file) => {
    expect(isPackaged(file, patterns(config.files))).toBe(true);
  });

  it.each([
    'src-main/main.ts',
    'src-main/platform/security.ts',
    'src-renderer/src/main.tsx',
    'src-renderer/index.html',
    'tests/unit/build/electron-builder.test.ts',
    'tests/harness/server.ts',
    'out/main/main.js.map',
    'out/renderer/assets/index-abc.js.map',
    'electron-builder.yml',
    'electron.vite.config.ts',
    'tsconfig.json',
    'vitest.config.ts',
    'eslint.config.js',
    'README.md',
    '.ci/run',
    'resources/icon.svg',
    'resources/program-model.ru.json',
    'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
    'node_modules/better-sqlite3/src/better_sqlite3.cpp',
    'node_modules/better-sqlite3/binding.gyp',
  ])('leaves %s out', (file) => {
    expect(isPackaged(file, patterns(config.files))).toBe(false);
  });

  it('carries into each installer the SQLite prebuilds of its own system only', () => {
    /** The patterns as electron-builder expands them for a platform: `${os}` is its configuration key. */
    const forOs = (os: 'win' | 'linux') => [
      'node_modules/**',
      ...patterns(config.files).map((p) => p.replaceAll('${os}', os)),
    ];
    const prebuild = (name: string) => `node_modules/better-sqlite3/prebuilds/${name}.node`;
    expect(isPackaged(prebuild('win32-x64'), forOs('win'))).toBe(true);
    expect(isPackaged(prebuild('win32-arm64'), forOs('win'))).toBe(true);
    expect(isPackaged(prebuild('linux-x64'), forOs('win'))).toBe(false);
    expect(isPackaged(prebuild('darwin-arm64'), forOs('win'))).toBe(false);
    expect(isPackaged(prebuild('linux-x64'), forOs('linux'))).toBe(true);
    expect(isPackaged(prebuild('linuxmusl-x64'), forOs('linux'))).toBe(true);
    expect(isPackaged(prebuild('win32-x64'), forOs('linux'))).toBe(false);
    expect(isPackaged(prebuild('darwin-x64'), forOs('linux'))).toBe(false);
    expect(isPackaged('node_modules/better-sqlite3/lib/index.js', forOs('win'))).toBe(true);
  });

  it('is what `npm run dist` builds, from the entry package.json names', () => {
    const pkg = JSON.parse(readFileSync(join(PROJECT_DIR, 'package.json'), 'utf8')) as {
      main: string;
      productName: string;
      scripts: Record<string, string>;
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.scripts['dist']).toBe('electron-vite build && electron-builder');
    expect(pkg.productName).toBe('Содружество');
    expect(isPackaged(pkg.main, patterns(config.files))).toBe(true);
    // Electron is the runtime the installer brings, never a package inside it.
    expect(pkg.dependencies['electron']).toBeUndefined();
    expect(pkg.devDependencies['electron']).toMatch(/^\d+\./);
    expect(pkg.dependencies['better-sqlite3']).toBeDefined();
  });
});
