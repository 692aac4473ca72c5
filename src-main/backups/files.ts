import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A temporary name beside `path`, in the same folder, so that renaming it over `path` is atomic. */
export function tempNameBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

async function fsyncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a rename durable where the system allows it; Windows cannot open a folder, and renames durably anyway. */
async function fsyncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // not supported here
  }
}

/**
 * Puts a copy of `source` at `target` so that `target` is at every moment either the old file or the whole new one:
 * the bytes go to a temporary file in the target's folder, are flushed to disk, and the temporary file is renamed
 * over the target. `source` must be a closed, self-contained database file (a checked backup), never a live store:
 * copying a live database in WAL mode can lose its last commits.
 */
export async function replaceFileAtomically(source: string, target: string): Promise<void> {
  const temp = tempNameBeside(target);
  try {
    await copyFile(source, temp);
    await fsyncFile(temp);
    await rename(temp, target);
    await fsyncFolder(dirname(target));
  } finally {
    await rm(temp, { force: true });
  }
}

/**
 * Copies a closed file to `target` through a temporary name, reporting the share of bytes written (0…1);
 * the copy is flushed to disk before it gets its name.
 */
export async function copyFileWithProgress(
  source: string,
  target: string,
  size: number,
  onProgress: (written: number) => void,
): Promise<void> {
  const temp = tempNameBeside(target);
  try {
    const handle = await open(temp, 'wx');
    try {
      let written = 0;
      for await (const chunk of createReadStream(source, { highWaterMark: 1024 * 1024 })) {
        await handle.write(chunk as Buffer);
        written += (chunk as Buffer).length;
        onProgress(size > 0 ? Math.min(1, written / size) : 1);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    await fsyncFolder(dirname(target));
  } finally {
    await rm(temp, { force: true });
  }
}

/** Hex SHA-256 of a file's bytes, read in chunks. */
export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
