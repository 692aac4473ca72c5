import { crc32, inflateRawSync } from 'node:zlib';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const END_OF_DIRECTORY_SIZE = 22;
const MAX_COMMENT = 0xffff;
const STORE = 0;
const DEFLATE = 8;
const ENCRYPTED = 0x0001;

/** Why a ZIP could not be read; the archive's reader turns it into its Russian refusal. */
export class ZipFormatError extends Error {}

interface CentralEntry {
  method: number;
  flags: number;
  crc: number;
  packedSize: number;
  size: number;
  offset: number;
}

/** A ZIP read from its central directory: the names it holds, and each entry's bytes inflated and CRC-checked. */
export interface ZipReader {
  names: string[];
  /** The entry's bytes, or null when the ZIP has no entry of that name; throws ZipFormatError when they are damaged. */
  read(name: string): Uint8Array | null;
}

function endOfDirectory(bytes: Buffer): number {
  const last = bytes.length - END_OF_DIRECTORY_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at -= 1) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new ZipFormatError('no end of central directory');
}

/**
 * Opens a plain ZIP (as `writeZip` makes it, or any other writer without ZIP64 or encryption) by its central
 * directory. Entries are inflated one at a time by Node's own zlib, never beyond the size the directory declares.
 */
export function openZipReader(data: Uint8Array): ZipReader {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const end = endOfDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries = new Map<string, CentralEntry>();
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== CENTRAL_HEADER) throw new ZipFormatError('bad central header');
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    if (at + 46 + nameLength > end) throw new ZipFormatError('bad central header');
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, {
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      crc: bytes.readUInt32LE(at + 16),
      packedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      offset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }

  const read = (name: string): Uint8Array | null => {
    const entry = entries.get(name);
    if (!entry) return null;
    if (entry.flags & ENCRYPTED || (entry.method !== STORE && entry.method !== DEFLATE)) {
      throw new ZipFormatError('unsupported entry');
    }
    const local = entry.offset;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_HEADER) {
      throw new ZipFormatError('bad local header');
    }
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    if (start + entry.packedSize > bytes.length) throw new ZipFormatError('entry cut short');
    const packed = bytes.subarray(start, start + entry.packedSize);
    let content: Buffer;
    try {
      content = entry.method === STORE ? packed : inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.size) });
    } catch {
      throw new ZipFormatError('entry does not inflate');
    }
    if (content.length !== entry.size || crc32(content) !== entry.crc) throw new ZipFormatError('entry damaged');
    return content;
  };
  return { names: [...entries.keys()], read };
}
