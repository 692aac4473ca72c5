import type { Configuration } from 'app-builder-lib';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import { fileURLToPath } from 'node:url';

/** The project's root: where electron-builder.yml and package.json are. */
export const PROJECT_DIR = fileURLToPath(new URL('../../../', import.meta.url));

/** electron-builder.yml, read by electron-builder's own loader (as `npm run dist` reads it). */
export function loadBuilderConfig(): Promise<Configuration> {
  return getConfig(PROJECT_DIR, null, null);
}
