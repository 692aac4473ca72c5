import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/errors';
import { readDocx, type DocxBlock } from '../../../src-main/imports/docx';
import { docxFile, wordTable } from '../../fixtures/office-files';

const tableOf = (blocks: DocxBlock[], n = 0) => {
  const tables = blocks.filter((b) => b.kind === 'table');
  const table = tables[n];
  if (!table) throw new Error('no table');
  return table.rows;
};

describe('readDocx', () => {
  it('keeps the body in order, paragraphs and tables', async () => {
    const bytes = await docxFile([
      'План работы',
      wordTable([
        ['№', 'Мероприятие'],
        ['1', 'Экскурсия'],
      ]),
      'Конец',
    ]);
    const { blocks, stylesXml } = await readDocx(bytes);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(blocks[0]).toMatchObject({ kind: 'paragraph', text: 'План работы', numbering: null });
    expect(tableOf(blocks).map((r) => r.cells.map((c) => c.text))).toEqual([
      ['№', 'Мероприятие'],
      ['1', 'Экскурсия'],
    ]);
    expect(stylesXml).toContain('w:styles');
  });

  it('reads a cell of several paragraphs, gridSpan as span and a vertical merge as continuesAbove', async () => {
    const bytes = await docxFile([
      wordTable([
        ['Партнёр', 'Формы', 'Эффект'],
        [{ text: 'Сентябрь', columnSpan: 3 }],
        [{ text: 'ЦДБ', rowSpan: 2 }, 'Экскурсия\nБеседа', 'Интерес к чтению'],
        ['Конкурс', 'Развитие'],
      ]),
    ]);
    const rows = tableOf((await readDocx(bytes)).blocks);
    expect(rows[1]?.cells).toEqual([{ text: 'Сентябрь', span: 3, continuesAbove: false }]);
    expect(rows[2]?.cells[0]).toEqual({ text: 'ЦДБ', span: 1, continuesAbove: false });
    expect(rows[2]?.cells[1]?.text).toBe('Экскурсия\nБеседа');
    expect(rows[3]?.cells.map((c) => [c.text, c.continuesAbove])).toEqual([
      ['', true],
      ['Конкурс', false],
      ['Развитие', false],
    ]);
  });

  it('reads tabs, line breaks, numbering, a table inside a content control and a nested table', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const xml =
      `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>` +
      '<w:p><w:pPr><w:pStyle w:val="List"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr>' +
      '<w:r><w:t>1.</w:t><w:tab/><w:t xml:space="preserve">Предмет </w:t><w:br/><w:t>договора</w:t></w:r>' +
      '<w:del><w:r><w:delText>удалено</w:delText></w:r></w:del></w:p>' +
      '<w:sdt><w:sdtContent><w:tbl><w:tr><w:tc><w:p><w:r><w:t>А</w:t></w:r></w:p>' +
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>внутри 1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>внутри 2</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
      '</w:tc><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>Б</w:t></w:r></w:p></w:tc></w:tr>' +
      '<w:tr><w:tc><w:p/></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr></w:tbl></w:sdtContent></w:sdt>' +
      '</w:body></w:document>';
    const zip = new JSZip();
    zip.file('word/document.xml', xml);
    const { blocks, numberingXml } = await readDocx(await zip.generateAsync({ type: 'uint8array' }));
    expect(numberingXml).toBeNull();
    expect(blocks[0]).toEqual({
      kind: 'paragraph',
      text: '1.\tПредмет \nдоговора',
      style: 'List',
      numbering: { numId: '7', level: 1 },
    });
    const rows = tableOf(blocks);
    expect(rows[0]?.cells.map((c) => c.text)).toEqual(['А\nвнутри 1\nвнутри 2', 'Б']);
    expect(rows[1]?.cells[1]).toEqual({ text: '', span: 1, continuesAbove: true });
  });

  it('refuses a package without word/document.xml, and bytes that are no archive', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    const noDocument = readDocx(await zip.generateAsync({ type: 'uint8array' }));
    await expect(noDocument).rejects.toThrow(AppError);
    await expect(readDocx(await zip.generateAsync({ type: 'uint8array' }))).rejects.toThrow(
      /^В файле нет текста документа Word/,
    );
    await expect(readDocx(new TextEncoder().encode('не архив'))).rejects.toThrow(/повреждён/);
  });
});
