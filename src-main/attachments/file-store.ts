import { createHash, randomUUID } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { writeFileAtomically } from '../files/atomic-write';
import { AppError, errorCode } from '../errors';

/**
 * The files the app keeps in its data directory (signed scans, photos). Each is stored under a name the app
 * makes, `<uuid>.<kind>`; a name or path the user supplied never reaches the file system.
 */

export const ATTACHMENT_KINDS = ['pdf', 'jpg', 'png'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

const KINDS: Record<AttachmentKind, { mime: string; label: string; magic: readonly number[] }> = {
  pdf: { mime: 'application/pdf', label: 'PDF', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  jpg: { mime: 'image/jpeg', label: 'JPG', magic: [0xff, 0xd8, 0xff] },
  png: { mime: 'image/png', label: 'PNG', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
};

/** The only names `resolveStoredPath` accepts: the ones `storeFile` makes. */
export const STORED_NAME_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(pdf|jpg|png)$/;

/** What `writeFileAtomically` leaves beside a stored name if the process dies mid-write. */
const TEMP_NAME_PATTERN =
  /^\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(pdf|jpg|png)\.[0-9a-f]+\.tmp$/;

export const MAX_DISPLAY_NAME_LENGTH = 255;

export interface StoredFile {
  storedName: string;
  kind: AttachmentKind;
  mime: string;
  size: number;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
}

export function mimeOf(kind: AttachmentKind): string {
  return KINDS[kind].mime;
}

/** The file's kind by its first bytes; the extension its name claims does not count. */
export function detectKind(bytes: Uint8Array): AttachmentKind | null {
  for (const kind of ATTACHMENT_KINDS) {
    const { magic } = KINDS[kind];
    if (bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte)) return kind;
  }
  return null;
}

/** «PDF, JPG или PNG». */
function kindsText(kinds: readonly AttachmentKind[]): string {
  const labels = kinds.map((kind) => KINDS[kind].label);
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} или ${labels.at(-1)}`;
}

/** «20 МБ», «1,5 МБ», «500 КБ». */
function sizeText(bytes: number): string {
  const ru = (n: number) => String(Math.round(n * 10) / 10).replace('.', ',');
  if (bytes >= 1024 * 1024) return `${ru(bytes / (1024 * 1024))} МБ`;
  if (bytes >= 1024) return `${ru(bytes / 1024)} КБ`;
  return `${bytes} байт`;
}

/**
 * Checks the file and writes it atomically into `dir` under a new name of the app's own form.
 * Refuses, changing nothing, an empty file, a file over `maxBytes` and a kind not in `allowedKinds`.
 */
export async function storeFile(
  dir: string,
  bytes: Uint8Array,
  allowedKinds: readonly AttachmentKind[],
  maxBytes: number,
): Promise<StoredFile> {
  if (bytes.byteLength === 0) throw new AppError('invalid_input', 'Файл пуст: выберите другой файл.');
  if (bytes.byteLength > maxBytes) {
    throw new AppError(
      'invalid_input',
      `Файл больше ${sizeText(maxBytes)}: выберите файл меньшего размера или отсканируйте с меньшим разрешением.`,
    );
  }
  const kind = detectKind(bytes);
  if (!kind || !allowedKinds.includes(kind)) {
    throw new AppError('invalid_input', `Можно прикрепить только ${kindsText(allowedKinds)}.`);
  }
  const storedName = `${randomUUID()}.${kind}`;
  await writeFileAtomically(resolveStoredPath(dir, storedName), bytes);
  return {
    storedName,
    kind,
    mime: KINDS[kind].mime,
    size: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

const FOREIGN_NAME = 'Недопустимое имя файла вложения: программа открывает только файлы из своей папки данных.';

/** The file's path, proven to lie directly inside `dir`; anything but a name of the app's own form is refused. */
export function resolveStoredPath(dir: string, storedName: string): string {
  if (typeof storedName !== 'string' || !STORED_NAME_PATTERN.test(storedName)) {
    throw new AppError('forbidden', FOREIGN_NAME);
  }
  const path = resolve(dir, storedName);
  if (!isStoredPath(dir, path)) throw new AppError('forbidden', FOREIGN_NAME);
  return path;
}

/** True when `path` names a file of the app's own form lying directly inside `dir`. */
export function isStoredPath(dir: string, path: string): boolean {
  const resolved = resolve(path);
  return dirname(resolved) === resolve(dir) && STORED_NAME_PATTERN.test(basename(resolved));
}

/** Removes a stored file; one already gone is no error. */
export async function removeStoredFile(dir: string, storedName: string): Promise<void> {
  await rm(resolveStoredPath(dir, storedName), { force: true });
}

/** Removes the temporary files an interrupted write left behind; the names of the removed ones. */
export async function removeLeftoverTempFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
  const leftovers = names.filter((name) => TEMP_NAME_PATTERN.test(name));
  for (const name of leftovers) await rm(resolve(dir, name), { force: true });
  return leftovers;
}

// Line breaks and tabs become spaces; other C0/C1 controls and the bidirectional overrides (which can make
// «скан‮fdp.exe» read as «скан.exe.pdf») go.
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
const INVISIBLE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Cuts `text` to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

/**
 * The user's file name as display text only: its last path segment, without control characters, trimmed and at
 * most 255 characters long (keeping a short extension). It may be empty; it never goes into a path.
 */
export function cleanDisplayName(name: string): string {
  const lastSegment = name.split(/[/\\]/).at(-1) ?? '';
  const text = lastSegment
    .replace(LONE_SURROGATE, '\ufffd')
    .normalize('NFC')
    .replace(LINE_BREAKS, ' ')
    .replace(INVISIBLE, '')
    .trim();
  if (text.length <= MAX_DISPLAY_NAME_LENGTH) return text;
  const extension = /\.[^.\s]{1,10}$/.exec(text)?.[0] ?? '';
  return cut(text, MAX_DISPLAY_NAME_LENGTH - extension.length).trimEnd() + extension;
}
