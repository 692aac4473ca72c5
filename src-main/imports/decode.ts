import { AppError } from '../errors';

export type FileFormat = 'csv' | 'xlsx';
export type TextEncoding = 'utf-8' | 'windows-1251';

const NOT_A_TABLE =
  'Файл не похож на таблицу: выберите файл XLSX или CSV (текст, в котором столбцы разделены «;» или «,»).';

function refuse(message: string): never {
  throw new AppError('invalid_input', message);
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Tells an XLSX book (a ZIP archive) from text by its first bytes; the name only sharpens the message. */
export function detectFormat(bytes: Uint8Array, fileName: string): FileFormat {
  if (bytes.length === 0) refuse('Файл пуст: в нём нет ни одной строки.');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'xlsx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    refuse(
      'Это файл старого формата Excel (.xls) или Word (.doc). Откройте его в Excel и сохраните как «Книга Excel (.xlsx)» или как CSV.',
    );
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    refuse('Файл сохранён в кодировке UTF-16. Сохраните его как CSV в кодировке UTF-8 или Windows-1251 либо как XLSX.');
  }
  if (/\.xlsx$/i.test(fileName)) refuse('Файл повреждён: он назван .xlsx, но книгой Excel не является.');
  return 'csv';
}

/** Control characters other than tab and line breaks: text files hold (almost) none, binary files many. */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);
}

function looksLikeText(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0) return false;
    if (isControl(code)) controls += 1;
  }
  return controls <= text.length / 1000;
}

/** Strict UTF-8 (a BOM dropped) when the bytes are valid UTF-8, otherwise Windows-1251. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  let decoded: { text: string; encoding: TextEncoding };
  try {
    decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    decoded = { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
  if (decoded.text.charCodeAt(0) === 0xfeff) decoded.text = decoded.text.slice(1);
  if (!looksLikeText(decoded.text)) refuse(NOT_A_TABLE);
  return decoded;
}
