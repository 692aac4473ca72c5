import { ESLint, type Linter } from 'eslint';
import { createNodeResolver } from 'eslint-plugin-import-x';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../kit';

/**
 * The layer rules of eslint.config.js, each shown refusing a breach. Every probe is a file that does not exist,
 * linted as if it stood at its path in the tree, importing files that do exist (an import the resolver cannot
 * find is not checked, so each target is asserted to exist first).
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const LAYERS = 'import-x/no-restricted-paths';
const CYCLE = 'import-x/no-cycle';
const SQL = 'no-restricted-syntax';

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The source of a probe that imports each specifier, so that no other rule has anything to say about it. */
function probeSource(specifiers: readonly string[], kind: 'value' | 'type' = 'value'): string {
  const lines = specifiers.map((specifier, i) =>
    kind === 'value' ? `import * as m${i} from '${specifier}';` : `import type * as m${i} from '${specifier}';`,
  );
  const uses = specifiers.map((_, i) => (kind === 'value' ? `m${i}` : `typeof m${i}`));
  const exported =
    kind === 'value' ? `export const probe = [${uses.join(', ')}];` : `export type Probe = [${uses.join(', ')}];`;
  return `${lines.join('\n')}\n${exported}\n`;
}

function assertTargetsExist(file: string, specifiers: readonly string[]): void {
  for (const specifier of specifiers.filter((s) => s.startsWith('.'))) {
    const target = resolve(dirname(join(ROOT, file)), specifier);
    const found = ['.ts', '.tsx', '/index.ts'].some((ext) => existsSync(target + ext));
    expect(found, `${specifier} from ${file} must be a real file for the probe to mean anything`).toBe(true);
  }
}

async function lint(
  file: string,
  specifiers: readonly string[],
  options: { kind?: 'value' | 'type'; engine?: ESLint } = {},
): Promise<Linter.LintMessage[]> {
  assertTargetsExist(file, specifiers);
  const [result] = await (options.engine ?? eslint).lintText(probeSource(specifiers, options.kind), {
    filePath: join(ROOT, file),
  });
  return result?.messages ?? [];
}

/** Lints `source` as if it stood at `file` in the tree. */
async function lintSource(file: string, source: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(source, { filePath: join(ROOT, file) });
  return result?.messages ?? [];
}

/** The lines of the probe that a rule refused, as errors (which fail `npm run lint`). */
function refusedLines(messages: Linter.LintMessage[], ruleId: string): number[] {
  return messages.filter((m) => m.ruleId === ruleId && m.severity === 2).map((m) => m.line);
}

describe('the renderer', () => {
  const file = 'src-renderer/src/screens/probe/Probe.tsx';

  it('is refused a main-process service, repository or shared module', async () => {
    const messages = await lint(file, [
      '../../../../src-main/partners/service',
      '../../../../src-main/partners/repository',
      '../../../../src-main/errors',
      '../../../../src-main/documents/model',
    ]);
    expect(refusedLines(messages, LAYERS)).toEqual([1, 2, 3, 4]);
  });

  it('may import the contract', async () => {
    expect(await lint(file, ['../../../../src-main/contract/partners', '../../../../src-main/contract'])).toEqual([]);
  });

  describe('through the @contract alias', () => {
    const tempDir = useTempDirs();

    /** ESLint over the project config with tsconfig.json extended by the alias (as tsconfig.json declares it). */
    function eslintWithAlias(): ESLint {
      const tsconfig = join(tempDir(), 'tsconfig.json');
      writeFileSync(
        tsconfig,
        JSON.stringify({
          extends: join(ROOT, 'tsconfig.json'),
          compilerOptions: { paths: { '@contract/*': [join(ROOT, 'src-main/contract/*')] } },
        }),
      );
      const resolver = createNodeResolver({
        extensions: ['.ts', '.tsx', '.js'],
        tsconfig: { configFile: tsconfig, references: 'auto' },
      });
      return new ESLint({
        cwd: ROOT,
        overrideConfig: { files: ['**/*.{ts,tsx}'], settings: { 'import-x/resolver-next': [resolver] } },
      });
    }

    it('may import the contract, and is refused whatever the alias leads out of it', async () => {
      const engine = eslintWithAlias();
      expect(await lint(file, ['@contract/partners', '@contract/dates'], { engine })).toEqual([]);
      const messages = await lint(file, ['@contract/../partners/service'], { engine });
      expect(refusedLines(messages, LAYERS)).toEqual([1]);
    });
  });
});

describe('the contract', () => {
  const file = 'src-main/contract/probe.ts';

  it('is refused anything of the main process outside it, and the renderer', async () => {
    const messages = await lint(file, [
      '../errors',
      '../partners/repository',
      '../partners/service',
      '../ipc/dispatcher',
      '../../src-renderer/src/format',
    ]);
    expect(refusedLines(messages, LAYERS)).toEqual([1, 2, 3, 4, 5]);
  });

  it('may import the contract', async () => {
    expect(await lint(file, ['./dates', './partners', '.'])).toEqual([]);
  });
});

describe('the documents engine', () => {
  it('is refused every domain', async () => {
    const messages = await lint('src-main/documents/probe.ts', [
      '../partners/service',
      '../agreements/repository',
      '../reviews/indicators',
      '../settings/service',
    ]);
    expect(refusedLines(messages, LAYERS)).toEqual([1, 2, 3, 4]);
  });

  it('may import itself, the contract and the shared infrastructure', async () => {
    expect(await lint('src-main/documents/probe.ts', ['./model', '../contract/text', '../errors'])).toEqual([]);
  });

  it("is what a domain's documents use from the domain's folder", async () => {
    const file = 'src-main/agreements/documents/probe.ts';
    expect(await lint(file, ['../../documents/model', '../service', '../repository'])).toEqual([]);
  });
});

describe('the shared infrastructure (imports, files, db)', () => {
  it('is refused every domain', async () => {
    const messages = await lint('src-main/imports/probe.ts', ['../partners/service', '../plans/repository']);
    expect(refusedLines(messages, LAYERS)).toEqual([1, 2]);
    expect(refusedLines(await lint('src-main/files/probe.ts', ['../agreements/service']), LAYERS)).toEqual([1]);
    expect(refusedLines(await lint('src-main/db/probe.ts', ['../settings/service']), LAYERS)).toEqual([1]);
  });

  it('may import itself, the contract and the errors', async () => {
    expect(await lint('src-main/imports/probe.ts', ['./docx', '../contract/text-folding', '../errors'])).toEqual([]);
  });

  it('is what a domain uses to read an imported file', async () => {
    expect(await lint('src-main/plans/probe.ts', ['../imports/office-tables', '../imports/partner-match'])).toEqual([]);
  });
});

describe("a domain and another domain's repository", () => {
  it('is refused a repository of another domain, from any file of the domain', async () => {
    expect(refusedLines(await lint('src-main/loans/probe.ts', ['../partners/repository']), LAYERS)).toEqual([1]);
    const nested = await lint('src-main/agreements/documents/probe.ts', ['../../partners/repository']);
    expect(refusedLines(nested, LAYERS)).toEqual([1]);
  });

  it('is refused a file named after a repository too', async () => {
    const messages = await lint('src-main/reviews/probe.ts', ['../surveys/template-repository']);
    expect(refusedLines(messages, LAYERS)).toEqual([1]);
  });

  it("may use its own repository and another domain's service", async () => {
    expect(await lint('src-main/loans/probe.ts', ['./repository', '../partners/service'])).toEqual([]);
  });
});

describe('handlers', () => {
  it('in a module are refused a repository, their own or one in a parent folder', async () => {
    expect(refusedLines(await lint('src-main/loans/module.ts', ['./repository']), LAYERS)).toEqual([1]);
    const nested = await lint('src-main/partners/import/handlers.ts', ['../repository']);
    expect(refusedLines(nested, LAYERS)).toEqual([1]);
  });

  it('in a module may build and call their services', async () => {
    expect(await lint('src-main/loans/module.ts', ['./service', '../core-context', '../errors'])).toEqual([]);
  });
});

describe('import cycles', () => {
  it('are refused in the main process', async () => {
    // partners/service.ts imports errors.ts; errors.ts importing it back closes the cycle.
    expect(refusedLines(await lint('src-main/errors.ts', ['./partners/service']), CYCLE)).toEqual([1]);
  });

  it('are refused in the renderer', async () => {
    // api/queries.ts imports api/client.ts.
    expect(refusedLines(await lint('src-renderer/src/api/client.ts', ['./queries']), CYCLE)).toEqual([1]);
  });

  it('do not count an import of types only, which the build erases', async () => {
    expect(await lint('src-main/errors.ts', ['./partners/service'], { kind: 'type' })).toEqual([]);
  });
});

describe('SQL', () => {
  /** A probe that reaches the store each way a file can, one call a line from line 4. */
  const storeCalls = `import type Database from 'better-sqlite3';
import { prepared } from '../db/statements';
export function probe(db: Database.Database, ctx: { db: Database.Database }): unknown[] {
  return [
    db.prepare('SELECT 1').get(),
    ctx.db.pragma('user_version', { simple: true }),
    db.exec('DELETE FROM loans'),
    prepared(db, 'SELECT 1').get(),
  ];
}
`;

  it('is refused in a service, whichever way it reaches the store', async () => {
    const messages = await lintSource('src-main/loans/service.ts', storeCalls);
    expect(refusedLines(messages, SQL)).toEqual([5, 6, 7, 8]);
    expect(messages.find((m) => m.ruleId === SQL)?.message).toMatch(/repository/);
  });

  it('is refused in any file of a domain that is not a repository', async () => {
    const messages = await lintSource('src-main/partners/standing.ts', storeCalls);
    expect(refusedLines(messages, SQL)).toEqual([5, 6, 7, 8]);
  });

  it("is accepted in a repository, and in the store's own infrastructure", async () => {
    expect(await lintSource('src-main/loans/repository.ts', storeCalls)).toEqual([]);
    expect(await lintSource('src-main/partners/standing-repository.ts', storeCalls)).toEqual([]);
    expect(await lintSource('src-main/db/probe.ts', storeCalls.replace('../db/statements', './statements'))).toEqual(
      [],
    );
  });

  it('leaves a service its transactions and a regular expression its exec', async () => {
    const source = `import type Database from 'better-sqlite3';
const DAY = /^(\\d{4})-(\\d{2})$/;
export function probe(db: Database.Database, text: string): unknown[] {
  return [db.transaction(() => 1)(), DAY.exec(text), /x/.exec(text)];
}
`;
    expect(await lintSource('src-main/loans/service.ts', source)).toEqual([]);
  });
});
