import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_FILE_BYTES } from '../../../src-main/contract/office-files';
import { AppError } from '../../../src-main/errors';
import { officeFileKind, type OfficeFileKind } from '../../../src-main/imports/office-file';
import { compoundFile, docxFile, xlsxFile } from '../../fixtures/office-files';
import { utf8 } from '../../fixtures/partner-files';

const ALL: readonly OfficeFileKind[] = ['docx', 'xlsx', 'csv'];

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).message;
  }
  throw new Error('not refused');
}

describe('officeFileKind', () => {
  it('tells Word, Excel and CSV by content, whatever the name says', async () => {
    const docx = await docxFile(['Текст']);
    const xlsx = await xlsxFile([{ name: 'Лист1', rows: [['a']] }]);
    expect(officeFileKind('план.docx', docx, ALL)).toBe('docx');
    expect(officeFileKind('план', docx, ALL)).toBe('docx');
    expect(officeFileKind('модель.xlsx', xlsx, ALL)).toBe('xlsx');
    expect(officeFileKind('Модель.XLSX', xlsx, ALL)).toBe('xlsx');
    expect(officeFileKind('модель.csv', utf8('Партнёр;Формы\n'), ALL)).toBe('csv');
  });

  it('refuses a file over the limit before anything else', () => {
    const message = refusal(() => officeFileKind('big.docx', new Uint8Array(IMPORT_MAX_FILE_BYTES + 1), ALL));
    expect(message).toBe('Файл больше 10 МБ: разделите его на части.');
  });

  it('sends a Word 97–2003 .doc and an .xls to be saved again in the new format', () => {
    expect(refusal(() => officeFileKind('план.doc', compoundFile(), ALL))).toMatch(
      /^Это документ Word старого формата \(Word 97–2003\).*сохраните как «Документ Word \(\*\.docx\)»/,
    );
    expect(refusal(() => officeFileKind('план.xls', compoundFile(), ALL))).toMatch(
      /^Это книга Excel старого формата \(Excel 97–2003\).*«Книга Excel \(\*\.xlsx\)»/,
    );
    expect(refusal(() => officeFileKind('договор.doc', compoundFile(), ['docx']))).toMatch(/Word старого формата/);
    // A .doc that is really RTF or HTML, as Word writes them on «Сохранить как».
    expect(refusal(() => officeFileKind('план.doc', utf8('{\\rtf1\\ansi'), ALL))).toMatch(/«RTF».*«Документ Word/);
    expect(refusal(() => officeFileKind('план.doc', utf8('<html></html>'), ALL))).toMatch(/не в формате DOCX/);
  });

  it('says a .docx or .xlsx in a compound file is protected by a password', () => {
    expect(refusal(() => officeFileKind('договор.docx', compoundFile(), ALL))).toMatch(
      /^Документ Word защищён паролем.*снимите пароль/,
    );
    expect(refusal(() => officeFileKind('план.xlsx', compoundFile(), ALL))).toMatch(/^Книга Excel защищена паролем/);
  });

  it('calls a .docx or .xlsx that is no archive damaged', () => {
    expect(refusal(() => officeFileKind('план.docx', utf8('просто текст'), ALL))).toMatch(
      /^Файл повреждён или это не документ Word/,
    );
    expect(refusal(() => officeFileKind('план.xlsx', utf8('просто текст'), ALL))).toMatch(/не книга Excel/);
  });

  it('names the files it understands when the kind is not accepted', async () => {
    const xlsx = await xlsxFile([{ name: 'Лист1', rows: [['a']] }]);
    expect(refusal(() => officeFileKind('договор.xlsx', xlsx, ['docx']))).toBe(
      'Это книга Excel (XLSX). Программа читает отсюда документ Word (DOCX): выберите такой файл.',
    );
    expect(refusal(() => officeFileKind('скан.pdf', utf8('%PDF-1.7'), ALL))).toMatch(
      /PDF.*документ Word \(DOCX\), книгу Excel \(XLSX\) или таблицу CSV:/,
    );
    expect(refusal(() => officeFileKind('фото.jpg', utf8('abc'), ALL))).toMatch(/Файлы «\.jpg» программа не читает/);
    expect(refusal(() => officeFileKind('план.txt', utf8('abc'), ['docx', 'xlsx']))).toMatch(/не документ Word/);
  });

  it('refuses an OpenDocument file, an archive of something else and an empty file', async () => {
    const odt = new JSZip();
    odt.file('mimetype', 'application/vnd.oasis.opendocument.text');
    odt.file('content.xml', '<office:document-content/>');
    const bytes = await odt.generateAsync({ type: 'uint8array' });
    expect(refusal(() => officeFileKind('план.odt', bytes, ALL))).toMatch(/«OpenDocument»/);
    const other = new JSZip();
    other.file('readme.txt', 'a');
    const zip = await other.generateAsync({ type: 'uint8array' });
    expect(refusal(() => officeFileKind('план.zip', zip, ALL))).toMatch(/архив ZIP/);
    expect(refusal(() => officeFileKind('план.docx', zip, ALL))).toMatch(/повреждён или это не документ Word/);
    expect(refusal(() => officeFileKind('план.csv', new Uint8Array(), ALL))).toMatch(/пуст/);
  });
});
