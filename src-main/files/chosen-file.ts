import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../errors';
import { quoted } from '../contract/quote';

/** «1 ГБ», «20 МБ», «1 КБ». */
function sizeText(bytes: number): string {
  const units: [number, string][] = [
    [1024 * 1024 * 1024, 'ГБ'],
    [1024 * 1024, 'МБ'],
    [1024, 'КБ'],
  ];
  const [size, unit] = units.find(([size]) => bytes >= size) ?? [1, 'байт'];
  return `${String(Math.round((bytes / size) * 10) / 10).replace('.', ',')} ${unit}`;
}

/**
 * Reads a file the user chose in an open dialog, refusing one over `maxBytes` before reading it (and never reading
 * past the limit, should the file grow meanwhile).
 */
export async function readChosenFile(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) {
      throw new AppError(
        'invalid_input',
        `Файл ${quoted(basename(path))} больше ${sizeText(maxBytes)}: такой файл программа не загружает.`,
      );
    }
    const bytes = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const { bytesRead } = await handle.read(bytes, read, size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return bytes.subarray(0, read);
  } finally {
    await handle.close();
  }
}
