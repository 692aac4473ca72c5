import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { tempNameBeside } from '../files/atomic-write';

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
 * the copy is flushed to disk before it gets its name. The hex SHA-256 of the bytes copied, read once for both.
 */
export async function copyFileWithProgress(
  source: string,
  target: string,
  size: number,
  onProgress: (written: number) => void,
): Promise<string> {
  const temp = tempNameBeside(target);
  const hash = createHash('sha256');
  try {
    const handle = await open(temp, 'wx');
    try {
      let written = 0;
      for await (const chunk of createReadStream(source, { highWaterMark: 1024 * 1024 })) {
        hash.update(chunk as Buffer);
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
  return hash.digest('hex');
}

/** Hex SHA-256 of a file's bytes, read in chunks. */
export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
