import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './src-main/platform/security-policy';
import { CHANNELS } from './src-main/contract';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      // electron-store is ESM-only: bundle it into main rather than loading it at run time.
      externalizeDeps: { exclude: ['electron-store'] },
      // The worker thread that heavy jobs run in is a second entry: out/main/worker.js, beside main.js.
      rollupOptions: {
        input: { main: resolve(root, 'src-main/main.ts'), worker: resolve(root, 'src-main/jobs/worker-entry.ts') },
      },
    },
  },
  preload: {
    // The bridge lets through the contract's channels by name; the schemas that check them stay in main.
    define: { CONTRACT_CHANNELS: JSON.stringify(CHANNELS) },
    build: {
      // A sandboxed preload can require nothing but Electron: one self-contained CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve(root, 'src-main/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    base: './',
    // The renderer reads the contract, and nothing else of the main process, as `@contract/…` (also in tsconfig.json
    // and vitest.config.ts).
    resolve: { alias: { '@contract': resolve(root, 'src-main/contract') } },
    plugins: [
      react(),
      {
        name: 'content-security-policy',
        transformIndexHtml: (html) => html.replace('%CONTENT_SECURITY_POLICY%', CONTENT_SECURITY_POLICY),
      },
    ],
    build: {
      // electron-vite leaves the renderer unminified; minified, the first window has less script to parse.
      minify: true,
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: { index: resolve(root, 'src-renderer/index.html') } },
    },
  },
});
