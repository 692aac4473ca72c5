import { isAbsolute, join, resolve } from 'node:path';

export const DATA_DIR_ENV = 'SODRUZHESTVO_DATA_DIR';

/**
 * Where the store, settings, backups and logs live: `--data-dir DIR` (or `--data-dir=DIR`),
 * else the environment variable, else the platform default (Electron's userData).
 */
export function resolveDataDir(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  fallback: string,
): string {
  let chosen: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--data-dir' && argv[i + 1]) chosen = argv[i + 1];
    else if (arg.startsWith('--data-dir=')) chosen = arg.slice('--data-dir='.length);
  });
  chosen ??= env[DATA_DIR_ENV] || undefined;
  if (!chosen) return fallback;
  return isAbsolute(chosen) ? chosen : resolve(chosen);
}

export function dataPaths(dataDir: string) {
  return {
    database: join(dataDir, 'sodruzhestvo.sqlite3'),
    backups: join(dataDir, 'backups'),
    logs: join(dataDir, 'logs'),
    /** Files the app keeps under names it makes: signed scans of agreements, photos of events. */
    attachments: join(dataDir, 'attachments'),
  };
}
