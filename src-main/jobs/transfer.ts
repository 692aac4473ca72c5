/**
 * Large byte arrays handed to or from a job (`bytes`, or the value itself) move between threads rather than being
 * copied; only one that owns its whole buffer, never a slice of Node's shared pool of small buffers.
 */
export function transferable(value: unknown): ArrayBuffer[] {
  const bytes = value instanceof Uint8Array ? value : (value as { bytes?: unknown } | null)?.bytes;
  if (!(bytes instanceof Uint8Array) || !(bytes.buffer instanceof ArrayBuffer)) return [];
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer] : [];
}
