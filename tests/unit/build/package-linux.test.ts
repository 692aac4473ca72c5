import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Arch, build, Platform } from 'electron-builder';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/platform/security-policy';
import { PROJECT_DIR } from './builder-config';

vi.mock('electron', () => {
  throw new Error('The real electron package must not be imported in unit tests');
});

/**
 * electron-builder run for real on this project (`--linux dir`, the step every Linux installer starts from), with a
 * stand-in for the Electron binary these machines cannot download: a file holding Electron's fuse wire as it is
 * shipped. So the ASAR archive, the unpacked native module and the flipped fuses are the builder's own work;
 * only the installers' wrapping (deb, rpm, AppImage, NSIS) and a real Electron are missing.
 */
let work: string;
let appDir: string;
let files: string[];

/** Where Electron's binary keeps its fuse wire: after this marker, a version byte, a length byte, one byte a fuse. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** A fuse's state byte, as @electron/fuses reads it ('0' and '1'). */
const FuseState = { DISABLE: 0x30, ENABLE: 0x31 } as const;

/** Electron's fuse wire as shipped: RunAsNode on, cookies plain, NODE_OPTIONS on, inspect on, no integrity, any app folder, one snapshot, file:// privileged. */
const SHIPPED_WIRE = '10110001';

function fakeElectronDist(dir: string): void {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const wire = Buffer.from([1, SHIPPED_WIRE.length, ...Buffer.from(SHIPPED_WIRE, 'ascii')]);
  const binary = join(dir, 'electron');
  writeFileSync(binary, Buffer.concat([Buffer.from('not Electron, a stand-in\n'), Buffer.from(SENTINEL), wire]));
  chmodSync(binary, 0o755);
  writeFileSync(join(dir, 'LICENSE'), 'MIT');
}

beforeAll(async () => {
  if (!existsSync(join(PROJECT_DIR, 'out', 'main', 'main.js'))) {
    throw new Error('Build the app first (npm run build): the installer packs out/.');
  }
  work = mkdtempSync(join(tmpdir(), 'sodruzhestvo-package-'));
  fakeElectronDist(join(work, 'electron-dist'));
  await build({
    projectDir: PROJECT_DIR,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: { electronDist: join(work, 'electron-dist'), directories: { output: join(work, 'dist') } },
  });
  appDir = join(work, 'dist', 'linux-unpacked');
  files = listPackage(join(appDir, 'resources', 'app.asar'), { isPack: false }).map((file) =>
    file.replaceAll('\\', '/'),
  );
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packaged app (electron-builder --linux dir)', () => {
  it('names the executable sodruzhestvo', () => {
    expect(readdirSync(appDir)).toContain('sodruzhestvo');
  });

  it('holds the built main, preload and renderer, the icon and package.json in app.asar', () => {
    for (const file of [
      '/out/main/main.js',
      '/out/preload/preload.cjs',
      '/out/renderer/index.html',
      '/resources/icon.png',
      '/package.json',
    ]) {
      expect(files).toContain(file);
    }
  });

  it('holds nothing of the project but out/, the icon, package.json and production modules', () => {
    const topLevel = new Set(files.map((file) => file.split('/')[1]));
    expect([...topLevel].sort()).toEqual(['node_modules', 'out', 'package.json', 'resources']);
    expect(files.filter((file) => file.startsWith('/resources/'))).toEqual(['/resources/icon.png']);
    expect(files.filter((file) => !file.startsWith('/node_modules/') && /\.(ts|tsx|map)$/.test(file))).toEqual([]);
  });

  it('packs a page that carries the Content-Security-Policy itself', () => {
    const page = extractFile(join(appDir, 'resources', 'app.asar'), 'out/renderer/index.html').toString('utf8');
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}"`);
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('brings the production dependencies and no development tool', () => {
    const modules = new Set(files.filter((f) => f.startsWith('/node_modules/')).map((f) => f.split('/')[2]));
    for (const needed of ['better-sqlite3', 'docx', 'electron-log', 'exceljs', 'zod'])
      expect(modules).toContain(needed);
    // The charts of Word files are drawn by resvg's WebAssembly, which the main process reads from the archive.
    expect(files).toContain('/node_modules/@resvg/resvg-wasm/index_bg.wasm');
    for (const tool of ['electron', 'electron-builder', 'vitest', 'typescript', 'react', 'playwright-core', 'vite']) {
      expect(modules).not.toContain(tool);
    }
  });

  it('unpacks the Linux SQLite prebuilds beside the archive, where Electron can load them, and no other system’s', () => {
    const unpacked = join(appDir, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'prebuilds');
    expect(readdirSync(unpacked).sort()).toEqual([
      'linux-arm64.node',
      'linux-x64.node',
      'linuxmusl-arm64.node',
      'linuxmusl-x64.node',
    ]);
    expect(files).toContain('/node_modules/better-sqlite3/lib/index.js');
    expect(files.filter((f) => /better-sqlite3\/(deps|src)\//.test(f))).toEqual([]);
  });

  it('flips every fuse of the binary as electron-builder.yml says', async () => {
    const wire = await getCurrentFuseWire(join(appDir, 'sodruzhestvo'));
    expect({
      runAsNode: wire[FuseV1Options.RunAsNode],
      cookieEncryption: wire[FuseV1Options.EnableCookieEncryption],
      nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      inspectArguments: wire[FuseV1Options.EnableNodeCliInspectArguments],
      asarIntegrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      onlyLoadAppFromAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
      browserV8Snapshot: wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot],
      fileProtocolPrivileges: wire[FuseV1Options.GrantFileProtocolExtraPrivileges],
    }).toEqual({
      runAsNode: FuseState.DISABLE,
      cookieEncryption: FuseState.ENABLE,
      nodeOptions: FuseState.DISABLE,
      inspectArguments: FuseState.DISABLE,
      asarIntegrity: FuseState.ENABLE,
      onlyLoadAppFromAsar: FuseState.ENABLE,
      browserV8Snapshot: FuseState.DISABLE,
      fileProtocolPrivileges: FuseState.DISABLE,
    });
  });
});
