import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../../src-main/data-dir';
import { AppError } from '../../src-main/errors';
import { startHarness } from './server';

/** `npm run browser -- --data-dir DIR --port PORT`: the app in a browser, on 127.0.0.1 only. */
const { values } = parseArgs({
  options: { 'data-dir': { type: 'string' }, port: { type: 'string', default: '0' } },
  strict: true,
});

const dataDir = resolveDataDir(
  values['data-dir'] ? ['--data-dir', values['data-dir']] : [],
  process.env,
  join(process.cwd(), '.tmp', 'browser-data'),
);
mkdirSync(dataDir, { recursive: true });

try {
  const harness = await startHarness({ dataDir, port: Number(values.port), logger: console });
  console.log(`Содружество (браузер): ${harness.url}`);
  console.log(`Данные: ${dataDir}`);
  const stop = () => {
    void harness.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof AppError ? error.message : error);
  process.exit(1);
}
