import type { ApiErrorData } from '../contract/envelope';
import { errorCode } from '../errors';

/**
 * What the user is told when the disk, not the program, refused a write: a full disk, a read-only or
 * unreachable data folder, a file held by another program. SQLite rolls the failed statement or transaction
 * back, and file writes go through a temporary file, so nothing is half-written.
 */
export const STORAGE_MESSAGES = {
  full: 'Нет места на диске: освободите место и повторите. Данные не изменены.',
  readOnly:
    'Папка данных доступна только для чтения: запись в неё запрещена. ' +
    'Данные не изменены; проверьте права на папку или защиту от записи флешки и повторите.',
  unreachable:
    'Папка данных недоступна: файл данных не удалось открыть. ' +
    'Данные не изменены; проверьте, что диск или флешка с папкой данных подключены, и перезапустите программу.',
  busy:
    'Файл данных занят другой программой (например, антивирусом или программой резервного копирования). ' +
    'Данные не изменены; подождите немного и повторите.',
  io: 'Ошибка чтения или записи на диске. Данные не изменены; проверьте диск и повторите.',
} as const;

type StorageTrouble = keyof typeof STORAGE_MESSAGES;

/** SQLite's primary result codes; better-sqlite3 reports extended ones too («SQLITE_IOERR_WRITE»). */
const SQLITE_CODES: readonly [string, StorageTrouble][] = [
  ['SQLITE_FULL', 'full'],
  ['SQLITE_READONLY', 'readOnly'],
  ['SQLITE_CANTOPEN', 'unreachable'],
  ['SQLITE_BUSY', 'busy'],
  ['SQLITE_LOCKED', 'busy'],
  ['SQLITE_IOERR', 'io'],
];

const ERRNO_CODES: Readonly<Record<string, StorageTrouble>> = {
  ENOSPC: 'full',
  EDQUOT: 'full',
  EROFS: 'readOnly',
  EACCES: 'readOnly',
  EPERM: 'readOnly',
  EBUSY: 'busy',
  EIO: 'io',
};

function troubleOf(code: string): StorageTrouble | undefined {
  if (Object.hasOwn(ERRNO_CODES, code)) return ERRNO_CODES[code];
  return SQLITE_CODES.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`))?.[1];
}

/**
 * The Russian envelope error for a failure of the disk or the data file (by the `code` better-sqlite3 or
 * Node's fs gives it, here or in its `cause`), or undefined when the error is something else.
 */
export function storageErrorOf(error: unknown): ApiErrorData | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current !== undefined && current !== null; depth += 1) {
    const code = errorCode(current);
    const trouble = code === undefined ? undefined : troubleOf(code);
    if (trouble) return { code: 'storage', message: STORAGE_MESSAGES[trouble] };
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
