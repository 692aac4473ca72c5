// Runs the harness CLI through Vite's module runner, which resolves what the main bundle resolves
// (TypeScript, JSON, fonts imported `?inline`), so the harness serves exactly the app's own code.
import { createServer, createServerModuleRunner } from 'vite';

const server = await createServer({
  configFile: false,
  root: new URL('../..', import.meta.url).pathname,
  appType: 'custom',
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, ws: false },
});
const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
await runner.import('/tests/harness/cli.ts');
