import path from 'node:path';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;
const at = (glob) => path.join(root, glob);

// The layers (ENGINEERING.md, «Layers point one way»). Each domain folder is a module: repository (SQL only),
// service (rules), module.ts (the factory over the core context whose handlers call the services), optionally
// documents/.
// Everything else in src-main is shared infrastructure: db, ipc, platform, files, imports (reading the files a user
// imports), documents (the engine), contract.
const DOMAINS = [
  'partners',
  'agreements',
  'plans',
  'events',
  'reviews',
  'loans',
  'clubs',
  'staff',
  'surveys',
  'acquisitions',
  'program',
  'settings',
  'backups',
  'archive',
  'attachments',
  'diagnostics',
];
const REPOSITORY = '**/*repository*.ts';

const layerZones = [
  {
    target: at('src-renderer/**'),
    from: at('src-main/**'),
    except: [at('src-main/contract/**')],
    message: 'The renderer reaches the main process only through the contract (src-main/contract, @contract/*).',
  },
  {
    target: at('src-main/contract/**'),
    from: [at('src-main/**'), at('src-renderer/**')],
    except: [at('src-main/contract/**')],
    message: 'The contract is shared with the renderer: it imports nothing outside src-main/contract.',
  },
  {
    target: at('src-main/documents/**'),
    from: DOMAINS.map((domain) => at(`src-main/${domain}/**`)),
    message: 'The documents engine knows no domain: a domain document lives in its domain and uses the engine.',
  },
  {
    target: [at('src-main/imports/**'), at('src-main/files/**'), at('src-main/db/**')],
    from: DOMAINS.map((domain) => at(`src-main/${domain}/**`)),
    message:
      'Shared infrastructure (imports, files, db) knows no domain: a domain reads files and the store through it.',
  },
  ...DOMAINS.map((domain) => ({
    target: at(`src-main/${domain}/**`),
    from: DOMAINS.filter((other) => other !== domain).map((other) => at(`src-main/${other}/${REPOSITORY}`)),
    message: "A domain never reads another domain's repository: ask that domain's service (through the core context).",
  })),
  {
    target: [at('src-main/**/module.ts'), at('src-main/**/handlers.ts')],
    from: at(`src-main/${REPOSITORY}`),
    message: 'Handlers reach repositories only through services: a module builds its services and calls them.',
  },
];

// No SQL outside repositories (and db/, the store's own infrastructure): a call that compiles or runs SQL on the
// store. `.prepare` and `.pragma` are methods of the database only; the methods whose names other objects share
// (RegExp's `exec`) count where the object is the database: `db`, `database`, `this.db`, `ctx.db`, `db()`.
const SQL_ELSEWHERE =
  'SQL belongs in a repository (`<domain>/repository.ts`, `*-repository.ts`): call it from the service.';
const DB_ONLY_METHODS = /^(exec|iterate|run|function|aggregate|table|backup|serialize|loadExtension)$/;
const DATABASE = /^(db|database)$/;
const sqlCalls = [
  'CallExpression[callee.property.name=/^(prepare|pragma)$/]',
  `CallExpression[callee.property.name=${DB_ONLY_METHODS}][callee.object.name=${DATABASE}]`,
  `CallExpression[callee.property.name=${DB_ONLY_METHODS}][callee.object.property.name=${DATABASE}]`,
  `CallExpression[callee.property.name=${DB_ONLY_METHODS}][callee.object.callee.name=${DATABASE}]`,
  `CallExpression[callee.property.name=${DB_ONLY_METHODS}][callee.object.callee.property.name=${DATABASE}]`,
  // db/statements.ts: a statement compiled once per connection.
  "CallExpression[callee.name='prepared']",
].map((selector) => ({ selector, message: SQL_ELSEWHERE }));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Electron is reachable only from its thin shell (ENGINEERING.md: importing it elsewhere breaks outside Electron).
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/main.ts', 'src-main/preload.ts', 'src-main/platform/**', 'src-main/ipc/register-electron.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Electron belongs in platform/, main.ts, preload.ts or ipc/register-electron.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/contract/**/*.ts', 'src-renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'electron', 'better-sqlite3'],
              message: 'The contract and the renderer stay free of Node and Electron.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: [`src-main/${REPOSITORY}`, 'src-main/db/**'],
    rules: { 'no-restricted-syntax': ['error', ...sqlCalls] },
  },
  {
    // Layer rules and import cycles, resolved the way TypeScript resolves them (tsconfig paths included, so
    // the @contract/* alias counts as the contract).
    files: ['src-main/**/*.ts', 'src-renderer/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.node'],
          tsconfig: { configFile: at('tsconfig.json') },
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  prettier,
);
