import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError, errorCode } from '../errors';

const BUSY = new Set(['EBUSY', 'EPERM', 'EACCES', 'EROFS']);

/**
 * A temporary name beside `path`, in the same folder, so that renaming it over `path` is atomic:
 * `.<name>.<12 hex digits>.tmp`, the form the leftovers of an interrupted write are recognised by.
 */
export function tempNameBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes a file so that it is either the old one or the whole new one, never half of it:
 * the bytes go to a temporary name beside it first and are renamed over it.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temp = tempNameBeside(path);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    const code = errorCode(error);
    if (code && BUSY.has(code)) {
      throw new AppError(
        'storage',
        'Не удалось сохранить файл: он открыт в другой программе или папка недоступна для записи. ' +
          'Закройте файл или выберите другую папку.',
      );
    }
    if (code === 'ENOSPC') throw new AppError('storage', 'Не удалось сохранить файл: на диске нет места.');
    throw error;
  }
}
