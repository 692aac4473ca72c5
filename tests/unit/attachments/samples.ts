/** The first bytes of real files of each kind, followed by some body. */

export const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);
export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]);
/** A Word document is a ZIP archive: «PK\x03\x04». */
export const DOCX = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00]);

export const MB = 1024 * 1024;
export const SCAN_LIMIT = 20 * MB;
export const SCAN_KINDS = ['pdf', 'jpg', 'png'] as const;

/** A PDF of exactly `size` bytes. */
export function pdfOfSize(size: number): Buffer {
  const bytes = Buffer.alloc(size, 0x20);
  PDF.copy(bytes, 0, 0, Math.min(PDF.length, size));
  return bytes;
}
