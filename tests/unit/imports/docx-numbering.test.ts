import { describe, expect, it } from 'vitest';
import { formatNumber, NumberingLabels } from '../../../src-main/imports/docx-numbering';

const lvl = (ilvl: number, format: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}${lvl(1, 'decimal', '%1.%2.')}${lvl(2, 'russianLower', '%3)')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="1">${lvl(0, 'bullet', '•')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="2">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%1.%2.', '<w:isLgl/>')}</w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  <w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>`;

describe('the labels of Word’s automatic numbering', () => {
  it('numbers sections «1.» and clauses «1.1.», a deeper level restarting under each section', () => {
    const labels = new NumberingLabels(NUMBERING);
    const seq: [string, number][] = [
      ['1', 0],
      ['1', 1],
      ['1', 1],
      ['1', 2],
      ['1', 2],
      ['1', 1],
      ['1', 0],
      ['1', 1],
    ];
    expect(seq.map(([id, level]) => labels.next(id, level))).toEqual([
      '1.',
      '1.1.',
      '1.2.',
      'а)',
      'б)',
      '1.3.',
      '2.',
      '2.1.',
    ]);
  });

  it('continues a list through another instance of it, and restarts one with a start override', () => {
    const labels = new NumberingLabels(NUMBERING);
    expect([labels.next('1', 0), labels.next('3', 0), labels.next('4', 0), labels.next('4', 0)]).toEqual([
      '1.',
      '2.',
      '1.',
      '2.',
    ]);
  });

  it('gives a bullet as a dash and nothing for a list the package does not define', () => {
    const labels = new NumberingLabels(NUMBERING);
    expect(labels.next('2', 0)).toBe('–');
    expect(labels.next('0', 0)).toBeNull();
    expect(new NumberingLabels(null).next('1', 0)).toBeNull();
  });

  it('writes Roman sections, and legal numbering of their clauses in figures', () => {
    const labels = new NumberingLabels(NUMBERING);
    expect([labels.next('5', 0), labels.next('5', 0), labels.next('5', 1)]).toEqual(['I.', 'II.', '2.1.']);
  });

  it('reads the numbering a heading style gives its paragraphs', () => {
    const styles = `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
    </w:styles>`;
    const labels = new NumberingLabels(NUMBERING, styles);
    expect(labels.styleNumbering('Heading1')).toEqual({ numId: '1', level: 0 });
    expect(labels.styleNumbering('heading 1')).toEqual({ numId: '1', level: 0 });
    expect(labels.styleNumbering('Normal')).toBeNull();
  });

  it('formats numbers as Word’s formats do', () => {
    expect([formatNumber(4, 'upperRoman'), formatNumber(28, 'lowerLetter'), formatNumber(3, 'decimalZero')]).toEqual([
      'IV',
      'bb',
      '03',
    ]);
  });
});
