import { FILE_TOO_LARGE, IMPORT_MAX_FILE_BYTES } from '../contract/office-files';
import { AppError } from '../errors';

/** The files the imports read: a Word document, an Excel book, a CSV text. */
export type OfficeFileKind = 'docx' | 'xlsx' | 'csv';

const KIND_NAMES: Record<OfficeFileKind, string> = {
  docx: 'документ Word (DOCX)',
  xlsx: 'книгу Excel (XLSX)',
  csv: 'таблицу CSV',
};

/** The same as a sentence names what a file is: «Это книга Excel (.xlsx).» */
const KIND_IS: Record<OfficeFileKind, string> = {
  docx: 'документ Word (DOCX)',
  xlsx: 'книга Excel (XLSX)',
  csv: 'таблица CSV',
};

function refuse(message: string): never {
  throw new AppError('invalid_input', message);
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** «документ Word (.docx), книгу Excel (.xlsx) или таблицу CSV (.csv)». */
export function understoodFiles(accept: readonly OfficeFileKind[]): string {
  const names = accept.map((kind) => KIND_NAMES[kind]);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} или ${names[names.length - 1]}`;
}

function notUnderstood(accept: readonly OfficeFileKind[], what: string): never {
  refuse(`${what} Программа читает отсюда ${understoodFiles(accept)}: выберите такой файл.`);
}

/** The file's extension in lower case, without the dot; '' when it has none. */
function extensionOf(fileName: string): string {
  const match = /\.([^./\\]+)$/.exec(fileName.trim());
  return match?.[1]?.toLowerCase() ?? '';
}

/** Whether an ASCII name occurs among the bytes: a ZIP archive keeps its entries' names uncompressed. */
function holdsName(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(name, 0, 'latin1') !== -1;
}

const ZIP = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
] as const;
/** Compound File Binary (OLE): Word 97–2003, Excel 97–2003, and an OOXML file encrypted with a password. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

const SAVE_AS_DOCX = 'Откройте его в Word и сохраните как «Документ Word (*.docx)»: «Файл» → «Сохранить как».';
const SAVE_AS_XLSX = 'Откройте её в Excel и сохраните как «Книга Excel (*.xlsx)»: «Файл» → «Сохранить как».';

function refuseCompound(ext: string, accept: readonly OfficeFileKind[]): never {
  if (ext === 'docx' || ext === 'docm' || ext === 'dotx') {
    refuse(
      'Документ Word защищён паролем, и программа не может его прочитать. Откройте его в Word, снимите пароль ' +
        '(«Файл» → «Сведения» → «Защита документа» → «Зашифровать с использованием пароля», очистите поле) ' +
        'и сохраните, затем выберите файл снова.',
    );
  }
  if (ext === 'xlsx' || ext === 'xlsm' || ext === 'xltx') {
    refuse(
      'Книга Excel защищена паролем, и программа не может её прочитать. Откройте её в Excel, снимите пароль ' +
        '(«Файл» → «Сведения» → «Защита книги» → «Зашифровать с использованием пароля», очистите поле) ' +
        'и сохраните, затем выберите файл снова.',
    );
  }
  if (ext === 'xls' || (ext !== 'doc' && !accept.includes('docx'))) {
    refuse(`Это книга Excel старого формата (Excel 97–2003), программа её не читает. ${SAVE_AS_XLSX}`);
  }
  if (ext === 'doc' || !accept.includes('xlsx')) {
    refuse(`Это документ Word старого формата (Word 97–2003), программа его не читает. ${SAVE_AS_DOCX}`);
  }
  refuse(
    'Это файл старого формата Word или Excel (97–2003), программа его не читает. Откройте его в Word или ' +
      'Excel и сохраните как DOCX или XLSX: «Файл» → «Сохранить как».',
  );
}

function zipKind(bytes: Uint8Array, ext: string, accept: readonly OfficeFileKind[]): OfficeFileKind {
  let kind: OfficeFileKind | null = null;
  if (holdsName(bytes, 'word/document.xml')) kind = 'docx';
  else if (holdsName(bytes, 'xl/workbook.xml')) kind = 'xlsx';
  if (kind === null) {
    if (holdsName(bytes, 'application/vnd.oasis.opendocument')) {
      refuse(
        'Это файл формата «OpenDocument» («LibreOffice», «OpenOffice»), программа его не читает. Откройте его ' +
          'и сохраните как документ Word (DOCX) или книгу Excel (XLSX).',
      );
    }
    if (ext === 'docx')
      refuse(
        'Файл повреждён или это не документ Word: в нём нет текста документа. Откройте его в Word и сохраните заново как «Документ Word (*.docx)».',
      );
    if (ext === 'xlsx')
      refuse(
        'Файл повреждён или это не книга Excel: в нём нет листов. Откройте его в Excel и сохраните заново как «Книга Excel (*.xlsx)».',
      );
    notUnderstood(accept, 'Это архив ZIP, а не документ Word и не книга Excel.');
  }
  if (!accept.includes(kind)) notUnderstood(accept, `Это ${KIND_IS[kind]}.`);
  return kind;
}

/**
 * What a picked file is, told by its content (the name only sharpens the message); refuses, with a Russian message
 * saying what to do, a file too large, a Word 97–2003 or Excel 97–2003 file, an encrypted document, a damaged one,
 * and a kind not in `accept`. A CSV is taken for text: its encoding and table are checked when it is read.
 */
export function officeFileKind(fileName: string, bytes: Uint8Array, accept: readonly OfficeFileKind[]): OfficeFileKind {
  if (bytes.byteLength > IMPORT_MAX_FILE_BYTES) refuse(FILE_TOO_LARGE);
  if (bytes.byteLength === 0) refuse('Файл пуст: в нём ничего нет.');
  const ext = extensionOf(fileName);
  if (startsWith(bytes, CFB)) refuseCompound(ext, accept);
  if (ZIP.some((signature) => startsWith(bytes, signature))) return zipKind(bytes, ext, accept);
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) {
    refuse(`Это документ в формате «RTF», программа его не читает. ${SAVE_AS_DOCX}`);
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    notUnderstood(accept, 'Это документ PDF: таблицу из него программа прочитать не может.');
  }
  if (ext === 'doc') refuse(`Этот документ Word сохранён не в формате DOCX, программа его не читает. ${SAVE_AS_DOCX}`);
  if (ext === 'xls') refuse(`Эта книга Excel сохранена не в формате XLSX, программа её не читает. ${SAVE_AS_XLSX}`);
  if (ext === 'docx')
    refuse('Файл повреждён или это не документ Word: он назван «.docx», но документом Word не является.');
  if (ext === 'xlsx') refuse('Файл повреждён или это не книга Excel: он назван «.xlsx», но книгой Excel не является.');
  if (!accept.includes('csv')) notUnderstood(accept, 'Это не документ Word и не книга Excel.');
  if (ext !== 'csv' && ext !== 'txt' && ext !== '') notUnderstood(accept, `Файлы «.${ext}» программа не читает.`);
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    refuse(
      'Файл сохранён в кодировке «UTF-16». Сохраните его как CSV в кодировке UTF-8 или Windows-1251 либо как XLSX.',
    );
  }
  return 'csv';
}
