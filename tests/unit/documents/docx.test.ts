import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src-main/documents/docx';
import { readDocx } from './docx-text';
import { sampleModel } from './sample-model';

describe('the Word file of a document', () => {
  it('is an A4 portrait page with margins of 20 mm and 30 mm on the left', async () => {
    const { document } = await readDocx(await renderDocx(sampleModel()));
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(document).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701"/);
  });

  it('turns the page for a landscape document', async () => {
    const { document } = await readDocx(await renderDocx(sampleModel('landscape')));
    expect(document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  });

  it('is set in Times New Roman 14 pt, Russian, with headings in bold', async () => {
    const { styles } = await readDocx(await renderDocx(sampleModel()));
    const defaults = styles.slice(styles.indexOf('<w:docDefaults>'), styles.indexOf('</w:docDefaults>'));
    expect(defaults).toMatch(
      /<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/,
    );
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(defaults).toContain('<w:lang w:val="ru-RU"/>');
    const heading1 = styles.slice(styles.indexOf('w:styleId="Heading1"'));
    expect(heading1.slice(0, heading1.indexOf('</w:style>'))).toMatch(
      /<w:b\/>[\s\S]*<w:jc w:val="center"\/>|<w:jc w:val="center"\/>[\s\S]*<w:b\/>/,
    );
  });

  it('holds every text of the document in order', async () => {
    const { paragraphs } = await readDocx(await renderDocx(sampleModel()));
    const text = paragraphs.join('\n');
    for (const expected of [
      'СОГЛАСОВАНО',
      'протокол от 28.08.2026 № 1',
      'УТВЕРЖДАЮ',
      '____________ И.И. Иванова',
      'План совместной деятельности с социальными партнёрами',
      'Стороны обязуются действовать добросовестно.',
      'Экскурсия в музей\nдля 5А класса',
      'Сентябрь',
      'Заместитель директора по ВР',
      '____________ / С.С. Сидоров /',
      'М.П.',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.indexOf('УТВЕРЖДАЮ')).toBeLessThan(text.indexOf('План совместной деятельности с социальными'));
  });

  it('draws tables with borders, repeats the header row on each page and keeps rows whole', async () => {
    const { document } = await readDocx(await renderDocx(sampleModel()));
    const grid = document.slice(document.indexOf('<w:tbl>', document.indexOf('Мероприятие') - 3000));
    expect(document).toContain('<w:tblHeader/>');
    expect(document).toContain('<w:cantSplit/>');
    expect(document).toMatch(/<w:gridSpan w:val="3"\/>/);
    expect(grid).toMatch(/<w:tblBorders><w:top w:val="single" w:color="000000" w:sz="4"\/>/);
    // Table text is 12 pt, hyphenated with Word's own soft hyphens: «Неде-ля».
    expect(document).toMatch(/<w:sz w:val="24"\/>[\s\S]*>Неде<\/w:t><w:softHyphen\/><w:t xml:space="preserve">ля /);
  });

  it('numbers the pages from the second with a PAGE field at the top centre, the first page’s header empty', async () => {
    const bytes = await renderDocx(sampleModel());
    const { document } = await readDocx(bytes);
    expect(document).toContain('<w:titlePg/>');
    const zip = await JSZip.loadAsync(bytes);
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^word\/header\d+\.xml$/.test(name))
        .map((name) => zip.file(name)?.async('string') ?? ''),
    );
    const numbered = headers.filter((xml) => xml.includes('PAGE'));
    expect(numbered).toHaveLength(1);
    expect(numbered[0]).toContain('<w:jc w:val="center"/>');
    expect(headers.filter((xml) => !xml.includes('PAGE')).every((xml) => !xml.includes('<w:t'))).toBe(true);
    expect(headers).toHaveLength(2);
  });

  it('places the approval block in a table without borders', async () => {
    const { document } = await readDocx(await renderDocx(sampleModel()));
    const first = document.slice(document.indexOf('<w:tbl>'), document.indexOf('</w:tbl>'));
    expect(first).toContain('СОГЛАСОВАНО');
    expect(first).toMatch(/<w:tblBorders><w:top w:val="none"/);
  });
});
