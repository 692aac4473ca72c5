// Runs a TypeScript script of the tests (the harness CLI, a benchmark) through Vite's module runner, which resolves
// what the main bundle resolves (TypeScript, JSON, fonts imported `?inline`), so it runs exactly the app's own code
// with no extra tool. `node tests/run-ts.js tests/harness/cli.ts --port 5173`: the arguments after the script are
// the script's. The runner closes once the script's top level has run; a server it started keeps the process alive.
import { createServer, createServerModuleRunner } from 'vite';

const [script] = process.argv.splice(2, 1);
if (!script) {
  console.error('Usage: node tests/run-ts.js <script.ts> [arguments]');
  process.exit(2);
}
const server = await createServer({
  configFile: false,
  root: new URL('..', import.meta.url).pathname,
  appType: 'custom',
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, ws: false },
  // Nothing runs in a browser here: no scan of the renderer's dependencies to pre-bundle.
  optimizeDeps: { noDiscovery: true, entries: [] },
});
const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
try {
  await runner.import(`/${script.replace(/^\.?\//, '')}`);
} finally {
  await runner.close();
  await server.close();
}
