import { z } from 'zod';
import { localIsoDate } from '../contract/academic-year';

/**
 * The archive file: a ZIP holding `manifest.json`, one `tables/<name>.json` per table of the store and the
 * stored files under `attachments/<storedName>`. The manifest names every part with its SHA-256, so an import
 * can prove the whole file before it touches anything.
 */

export const ARCHIVE_FORMAT = 'sodruzhestvo-archive';
export const ARCHIVE_FORMAT_VERSION = 1;
/** «Содружество — архив — 2026-11-26.sodr»: a ZIP under the app's own extension, so no other program claims it. */
export const ARCHIVE_EXTENSION = 'sodr';

export const MANIFEST_ENTRY = 'manifest.json';
export const TABLES_FOLDER = 'tables/';
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

export const manifestSchema = z
  .object({
    format: z.literal(ARCHIVE_FORMAT),
    formatVersion: z.literal(ARCHIVE_FORMAT_VERSION),
    appVersion: z.string().min(1).max(50),
    /** The store's `user_version` when it was archived. */
    schemaVersion: z.number().int().min(1).max(100_000),
    createdAt: z.iso.datetime(),
    tables: z.record(
      tableName,
      z.object({ rows: z.number().int().min(0).max(100_000_000), sha256: sha256Hex }).strict(),
    ),
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
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;

/**
 * One value of a column, so that SQLite's types survive JSON: a JSON number is always an INTEGER (a safe one),
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

/** A value as better-sqlite3 reads it with safe integers on, and binds it. */
export type SqlValue = null | string | number | bigint | Uint8Array;

export function encodeCell(value: unknown): Cell {
  if (value === null || typeof value === 'string') return value;
  if (typeof value === 'bigint') {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : { int: value.toString() };
  }
  if (typeof value === 'number') {
    if (Object.is(value, -0)) return { real: '-0' };
    if (value === Infinity) return { real: 'Infinity' };
    if (value === -Infinity) return { real: '-Infinity' };
    return { real: value };
  }
  if (value instanceof Uint8Array) return { blob: Buffer.from(value).toString('base64') };
  throw new Error(`A value of type ${typeof value} cannot be archived`);
}

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
