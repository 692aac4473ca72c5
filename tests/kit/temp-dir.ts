import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh directory under the system's temporary folder, named `sodruzhestvo-<purpose>-…`; the caller removes it. */
export function makeTempDir(purpose = 'test'): string {
  return mkdtempSync(join(tmpdir(), `sodruzhestvo-${purpose}-`));
}
