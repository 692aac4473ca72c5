import type Database from 'better-sqlite3';
import { arch, platform, release } from 'node:os';
import { version as appVersion } from '../../package.json';
import { migrations } from '../db/migrations';

/**
 * The tables whose row counts tell a helper how much the school keeps: counts only, never a row. A table the
 * database does not have (yet) is left out.
 */
export const COUNTED_TABLES = [
  'partners',
  'partner_contacts',
  'agreements',
  'agreement_amendments',
  'agreement_templates',
  'plans',
  'plan_items',
  'events',
  'event_outcomes',
  'achievements',
  'attachments',
] as const;

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

function tableCounts(db: Database.Database): Record<string, number> {
  const present = new Set(
    db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((row) => row.name),
  );
  const counts: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
    if (!present.has(table)) continue;
    // The name is one of COUNTED_TABLES, never input.
    counts[table] = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM "${table}"`).get()?.n ?? 0;
  }
  return counts;
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
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      latestKnownVersion: migrations.at(-1)?.version ?? 0,
      tables: tableCounts(db),
    },
    logs: [...logs],
  };
}
