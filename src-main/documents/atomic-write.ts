import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../errors';

const BUSY = new Set(['EBUSY', 'EPERM', 'EACCES', 'EROFS']);

/**
 * Writes a file so that it is either the old one or the whole new one, never half of it:
 * the bytes go to a temporary name beside it first and are renamed over it.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException | null)?.code;
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
