import { z } from 'zod';
import { localIsoDate } from '../contract/academic-year';

/**
 * The archive file: a ZIP holding `manifest.json`, the rows of every table of the store and the stored files under
 * `attachments/<storedName>`. The rows are, since format 2, one SQLite file `tables.sqlite3` holding a plain table
 * of each name with the store's columns (no types, keys or indexes: the values as the store holds them); format 1
 * had one `tables/<name>.json` per table, and is still read. The manifest names every part with its SHA-256, so an
 * import can prove the whole file before it touches anything.
 */

export const ARCHIVE_FORMAT = 'sodruzhestvo-archive';
/** The format this version writes; it reads every format up to it. */
export const ARCHIVE_FORMAT_VERSION = 2;
/** «Содружество — архив — 2026-11-26.sodr»: a ZIP under the app's own extension, so no other program claims it. */
export const ARCHIVE_EXTENSION = 'sodr';

export const MANIFEST_ENTRY = 'manifest.json';
/** Format 1's table files, `tables/<name>.json`. */
export const TABLES_FOLDER = 'tables/';
/** Format 2's rows: one SQLite file with a table of each name. */
export const TABLES_STORE_ENTRY = 'tables.sqlite3';
export const ATTACHMENTS_FOLDER = 'attachments/';

/**
 * The largest archive the app writes or reads: it is built and read in memory (twice over while zipping),
 * which a school's computer affords up to about this size. A bigger store is backed up by copying the data folder.
 */
export const MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** Table names the archive accepts: SQL identifiers without quoting, as every table of the schema is named. */
export const TABLE_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const tableName = z.string().regex(TABLE_NAME_PATTERN);

const manifestHead = {
  format: z.literal(ARCHIVE_FORMAT),
  appVersion: z.string().min(1).max(50),
  /** The store's `user_version` when it was archived. */
  schemaVersion: z.number().int().min(1).max(100_000),
  createdAt: z.iso.datetime(),
  attachments: z
    .array(
      z
        .object({
          // Any text here: whether it is a name of the app's own form is the attachments module's to say.
          storedName: z.string().min(1).max(255),
          size: z.number().int().min(0).max(MAX_ARCHIVE_BYTES),
          sha256: sha256Hex,
        })
        .strict(),
    )
    .max(1_000_000),
};
const rowCount = z.number().int().min(0).max(100_000_000);

/** Format 1: each table a JSON file of its own, with its SHA-256. */
export const manifestV1Schema = z
  .object({
    ...manifestHead,
    formatVersion: z.literal(1),
    tables: z.record(tableName, z.object({ rows: rowCount, sha256: sha256Hex }).strict()),
  })
  .strict();
export type ManifestV1 = z.infer<typeof manifestV1Schema>;

/** Format 2: every table's row count, and the one SQLite file that holds them with its size and SHA-256. */
export const manifestV2Schema = z
  .object({
    ...manifestHead,
    formatVersion: z.literal(2),
    tables: z.record(tableName, z.object({ rows: rowCount }).strict()),
    store: z.object({ size: z.number().int().min(1).max(MAX_ARCHIVE_BYTES), sha256: sha256Hex }).strict(),
  })
  .strict();
export type ManifestV2 = z.infer<typeof manifestV2Schema>;

export type Manifest = ManifestV1 | ManifestV2;

/** The strict schema of a manifest of the given format version (one this version reads). */
export const manifestSchemas = { 1: manifestV1Schema, 2: manifestV2Schema } as const;

/**
 * One value of a column in format 1's JSON, so that SQLite's types survived it: a JSON number is always an INTEGER (a safe one),
 * text is TEXT, null is NULL; a REAL, an INTEGER beyond 2^53 and a BLOB are tagged.
 */
export type Cell = null | string | number | { real: number | NonFiniteReal } | { int: string } | { blob: string };
type NonFiniteReal = 'Infinity' | '-Infinity' | '-0';

const TAGGED_INT = /^-?\d{1,19}$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Whether a parsed JSON value is a Cell: checked by hand, as a whole history has a million rows of them. */
function isCell(value: unknown): value is Cell {
  if (value === null || typeof value === 'string') return true;
  if (typeof value === 'number') return Number.isSafeInteger(value);
  if (typeof value !== 'object' || Array.isArray(value) || Object.keys(value).length !== 1) return false;
  const tagged = value as Record<string, unknown>;
  if (Object.hasOwn(tagged, 'real')) {
    const real = tagged['real'];
    return typeof real === 'number' || real === 'Infinity' || real === '-Infinity' || real === '-0';
  }
  if (Object.hasOwn(tagged, 'int')) return typeof tagged['int'] === 'string' && TAGGED_INT.test(tagged['int']);
  if (Object.hasOwn(tagged, 'blob')) return typeof tagged['blob'] === 'string' && BASE64.test(tagged['blob']);
  return false;
}

const tableHeadSchema = z
  .object({
    table: tableName,
    columns: z.array(z.string().min(1).max(200)).min(1).max(2000),
    rows: z.array(z.unknown()),
  })
  .strict();

export interface TableFile {
  table: string;
  columns: string[];
  rows: Cell[][];
}

/** A table file of the strict shape, every row as long as the columns; null when it is not one. */
export function parseTableFile(raw: unknown): TableFile | null {
  const head = tableHeadSchema.safeParse(raw);
  if (!head.success) return null;
  const { table, columns, rows } = head.data;
  if (new Set(columns).size !== columns.length) return null;
  for (const row of rows) {
    if (!Array.isArray(row) || row.length !== columns.length) return null;
    for (const cell of row as unknown[]) if (!isCell(cell)) return null;
  }
  return { table, columns, rows: rows as Cell[][] };
}

/** A value as better-sqlite3 binds it. */
export type SqlValue = null | string | number | bigint | Uint8Array;

export function decodeCell(cell: Cell): SqlValue {
  if (cell === null || typeof cell === 'string') return cell;
  if (typeof cell === 'number') return BigInt(cell);
  if ('int' in cell) return BigInt(cell.int);
  if ('blob' in cell) return Buffer.from(cell.blob, 'base64');
  if (cell.real === 'Infinity') return Infinity;
  if (cell.real === '-Infinity') return -Infinity;
  if (cell.real === '-0') return -0;
  return cell.real;
}

/** «Содружество — архив — 2026-11-26.sodr», by the local date. */
export function archiveFileName(now: Date): string {
  return `Содружество — архив — ${localIsoDate(now)}.${ARCHIVE_EXTENSION}`;
}
