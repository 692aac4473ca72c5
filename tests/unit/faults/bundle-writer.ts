import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../../..');

/**
 * Bundles crash-writer.ts with the app's own store code into one plain ES module in `outDir`, which Node runs
 * without TypeScript support. better-sqlite3 stays outside, imported from the project's node_modules by URL.
 */
export async function bundleCrashWriter(outDir: string): Promise<string> {
  const betterSqlite = pathToFileURL(createRequire(join(root, 'package.json')).resolve('better-sqlite3')).href;
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    // Every module but better-sqlite3 goes into the bundle (migrations may read the contract, which imports zod).
    ssr: { noExternal: true },
    build: {
      ssr: resolve(import.meta.dirname, 'crash-writer.ts'),
      outDir,
      emptyOutDir: false,
      minify: false,
      target: 'node22',
      rollupOptions: {
        external: ['better-sqlite3', /^node:/],
        output: { format: 'esm', entryFileNames: 'crash-writer.mjs', paths: { 'better-sqlite3': betterSqlite } },
      },
    },
  });
  return join(outDir, 'crash-writer.mjs');
}
