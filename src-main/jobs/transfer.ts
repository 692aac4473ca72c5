/**
 * A job's large byte array (`bytes`, or the value itself) moves back to the main thread rather than being copied;
 * only one that owns its whole buffer, never a slice of Node's shared pool of small buffers. (An input is copied into
 * the worker, so that a worker that could not start leaves it for the main thread to run the job.)
 */
export function transferable(value: unknown): ArrayBuffer[] {
  const bytes = value instanceof Uint8Array ? value : (value as { bytes?: unknown } | null)?.bytes;
  if (!(bytes instanceof Uint8Array) || !(bytes.buffer instanceof ArrayBuffer)) return [];
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer] : [];
}
