import { promisify } from 'node:util';
import { constants, crc32, deflateRaw } from 'node:zlib';

const deflateRawAsync = promisify(deflateRaw);

/** Above this size an entry is deflated in pieces of this size, several at once. */
const PIECE = 4 * 1024 * 1024;

/**
 * Deflates at level 1, a large entry in pieces on zlib's threads at once: each piece but the last ends with a full
 * flush (byte-aligned, nothing referring back across it) and without the final block, so the pieces one after
 * another are one deflate stream, which any reader inflates as it would one made whole.
 */
async function deflate(bytes: Uint8Array): Promise<Buffer> {
  const pieces: Promise<Buffer>[] = [];
  for (let at = 0; at < bytes.byteLength || at === 0; at += PIECE) {
    const last = at + PIECE >= bytes.byteLength;
    pieces.push(
      deflateRawAsync(bytes.subarray(at, at + PIECE), {
        level: 1,
        finishFlush: last ? constants.Z_FINISH : constants.Z_FULL_FLUSH,
      }),
    );
  }
  return Buffer.concat(await Promise.all(pieces));
}

/** One file of a ZIP: its name, its bytes, and whether to deflate them (attachments are compressed already). */
export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
  compress: boolean;
}

const STORE = 0;
const DEFLATE = 8;
const VERSION = 20; // 2.0: deflate, DOS attributes
const UTF8_NAMES = 0x0800;

/** The DOS time and date of a moment (UTC, as JSZip writes them). */
function dosTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/**
 * A plain ZIP (no ZIP64: an archive is at most 1 GB and has fewer than 65,535 entries) compressed by Node's own
 * zlib, off the main thread and several entries at once: JSZip's JavaScript deflate took seconds for a school's
 * 25 years. Any ZIP reader, JSZip included, reads it.
 */
export async function writeZip(entries: readonly ZipEntry[], modified: Date): Promise<Uint8Array> {
  if (entries.length >= 0xffff) throw new RangeError('Too many entries for a ZIP without ZIP64');
  const { time, date } = dosTime(modified);
  const packed = await Promise.all(
    entries.map(async (entry) => {
      const data = entry.compress ? await deflate(entry.bytes) : entry.bytes;
      const name = Buffer.from(entry.name, 'utf8');
      return {
        name,
        data,
        method: entry.compress ? DEFLATE : STORE,
        flags: name.length === entry.name.length ? 0 : UTF8_NAMES,
        crc: crc32(entry.bytes),
        size: entry.bytes.byteLength,
      };
    }),
  );
  const parts: Uint8Array[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const file of packed) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(file.flags, 6);
    local.writeUInt16LE(file.method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(file.crc, 14);
    local.writeUInt32LE(file.data.byteLength, 18);
    local.writeUInt32LE(file.size, 22);
    local.writeUInt16LE(file.name.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(VERSION, 4); // made by DOS, 2.0
    header.writeUInt16LE(VERSION, 6);
    header.writeUInt16LE(file.flags, 8);
    header.writeUInt16LE(file.method, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(file.crc, 16);
    header.writeUInt32LE(file.data.byteLength, 20);
    header.writeUInt32LE(file.size, 24);
    header.writeUInt16LE(file.name.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, file.name);
    parts.push(local, file.name, file.data);
    offset += local.length + file.name.length + file.data.byteLength;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(packed.length, 8);
  end.writeUInt16LE(packed.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, directory, end]));
}
