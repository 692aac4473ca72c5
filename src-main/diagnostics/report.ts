import type Database from 'better-sqlite3';
import { arch, platform, release } from 'node:os';
import { version as appVersion } from '../../package.json';
import { migrations } from '../db/migrations';
import { schemaVersion } from '../db/schema';
import { tableCounts } from './repository';

/** versions.json: what the app, its runtime and its store are. No names, no paths, no settings. */
export interface DiagnosticsReport {
  createdAt: string;
  app: { name: string; version: string };
  runtime: { electron: string | null; chrome: string | null; node: string; v8: string };
  system: { platform: string; arch: string; release: string };
  database: { schemaVersion: number; latestKnownVersion: number; tables: Record<string, number> };
  /** The log files in the archive, by name. */
  logs: string[];
}

export function diagnosticsReport(db: Database.Database, logs: readonly string[], now: Date): DiagnosticsReport {
  return {
    createdAt: now.toISOString(),
    app: { name: 'Содружество', version: appVersion },
    runtime: {
      electron: process.versions['electron'] ?? null,
      chrome: process.versions['chrome'] ?? null,
      node: process.versions.node,
      v8: process.versions.v8,
    },
    system: { platform: platform(), arch: arch(), release: release() },
    database: {
      schemaVersion: schemaVersion(db),
      latestKnownVersion: migrations.at(-1)?.version ?? 0,
      tables: tableCounts(db),
    },
    logs: [...logs],
  };
}
