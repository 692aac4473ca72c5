import { symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The worker thread's entry built from the sources into `dir`, as electron-vite builds it beside main.js: the app's
 * modules bundled, packages left to Node (reached through a link to the project's node_modules). For tests that run
 * jobs in a real worker; the rest run them on the test's thread.
 */
export async function buildWorkerEntry(dir: string): Promise<URL> {
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: {
      ssr: join(ROOT, 'src-main/jobs/worker-entry.ts'),
      outDir: join(dir, 'out'),
      emptyOutDir: false,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'worker.js' } },
    },
  });
  return pathToFileURL(join(dir, 'out', 'worker.js'));
}
