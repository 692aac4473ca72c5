import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODULES } from '../../../src-main/app-core';
import { takeSnapshot } from '../../../src-main/archive/export';
import { useCores } from '../../kit';

const SRC_MAIN = join(import.meta.dirname, '../../../src-main');
const cores = useCores();

/** Every `src-main/<domain>/module.ts` and the factories it exports. */
async function moduleFiles(): Promise<{ domain: string; factories: unknown[] }[]> {
  const domains = readdirSync(SRC_MAIN, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => readdirSync(join(SRC_MAIN, name)).includes('module.ts'));
  return Promise.all(
    domains.map(async (domain) => {
      const exported = (await import(join(SRC_MAIN, domain, 'module.ts'))) as Record<string, unknown>;
      return { domain, factories: Object.values(exported).filter((value) => typeof value === 'function') };
    }),
  );
}

describe('the modules of the app', () => {
  it('are every domain folder with a module.ts, each listed once in app-core', async () => {
    const files = await moduleFiles();
    expect(files.length).toBeGreaterThanOrEqual(15);
    for (const { domain, factories } of files) {
      expect(factories, `${domain}/module.ts exports one factory`).toHaveLength(1);
      expect(MODULES, `${domain}Module is in MODULES of app-core.ts`).toContain(factories[0]);
    }
    expect(new Set(MODULES).size).toBe(MODULES.length);
    expect(MODULES).toHaveLength(files.length);
  });

  // The diagnostics' count of every table is checked in tests/unit/diagnostics.
  it('carry every table of the schema in the archive', async () => {
    const core = await cores();
    const schemaTables = core.db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    const { manifest } = takeSnapshot(core.db.name, join(import.meta.dirname, 'no-attachments'), {
      appVersion: '0.0.0',
      createdAt: new Date(),
    });
    expect(Object.keys(manifest.tables).sort()).toEqual(schemaTables);
  });
});
