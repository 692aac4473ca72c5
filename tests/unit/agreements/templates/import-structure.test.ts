import { describe, expect, it } from 'vitest';
import {
  formStructure,
  HEADER_REASON,
  numberedText,
  REQUISITES_REASON,
  type FormBlock,
} from '../../../../src-main/agreements/templates/import/structure';

const p = (text: string, label: string | null = null, style: string | null = null): FormBlock => ({
  kind: 'paragraph',
  text,
  style,
  label,
});

describe('a paragraph’s number as the text format reads it', () => {
  it('takes Word’s label and writes it «2.», «2.1.»; a bullet as a dash', () => {
    expect(numberedText('2.1', 'Школа обязуется:')).toBe('2.1. Школа обязуется:');
    expect(numberedText('II.', 'ПРАВА СТОРОН')).toBe('2. ПРАВА СТОРОН');
    expect(numberedText('–', 'проводить занятия;')).toBe('– проводить занятия;');
    expect(numberedText('а)', 'концерты;')).toBe('а) концерты;');
  });

  it('reads numbers typed by hand, and never a date or a figure as one', () => {
    expect(numberedText(null, '2.1 Школа\tобязуется:')).toBe('2.1. Школа обязуется:');
    expect(numberedText(null, '1.Предмет договора')).toBe('1. Предмет договора');
    expect(numberedText(null, 'IV. ЗАКЛЮЧИТЕЛЬНЫЕ ПОЛОЖЕНИЯ')).toBe('4. ЗАКЛЮЧИТЕЛЬНЫЕ ПОЛОЖЕНИЯ');
    expect(numberedText(null, '15 сентября проводится праздник')).toBe('15 сентября проводится праздник');
    expect(numberedText(null, 'Поле {{x}}')).toBe('Поле ((x))');
  });
});

describe('the form’s structure', () => {
  it('numbers an unnumbered heading by its first clause, and leaves out the title and the requisites', () => {
    const structure = formStructure([
      p('СОГЛАШЕНИЕ № 7'),
      p('о сетевом взаимодействии'),
      p('г. Зверево   «15» августа 2026 г.'),
      p('Школа, в лице директора …, и Партнёр заключили соглашение:'),
      p('ПРЕДМЕТ СОГЛАШЕНИЯ', null, 'Heading1'),
      p('1.1. Стороны сотрудничают.'),
      p('2. ПРАВА СТОРОН.'),
      p('2.1. Стороны вправе.'),
      p('Реквизиты сторон'),
      { kind: 'table', rows: [['Школа\nИНН 6151005675\nр/с 0323', 'Партнёр\nИНН 6151001230']] },
      p('М.П.          М.П.'),
    ]);
    expect(structure.lines.slice(3, 8)).toEqual([
      'Школа, в лице директора …, и Партнёр заключили соглашение:',
      '1. ПРЕДМЕТ СОГЛАШЕНИЯ',
      '1.1. Стороны сотрудничают.',
      '2. ПРАВА СТОРОН',
      '2.1. Стороны вправе.',
    ]);
    expect(structure.drops).toEqual([
      { line: 0, lineCount: 3, reason: HEADER_REASON },
      { line: 8, lineCount: 3, reason: REQUISITES_REASON },
    ]);
    expect(structure.facts).toEqual({ number: '7', signedOn: '2026-08-15' });
    expect(structure.type).toBe('network');
    expect(structure.title).toBe('Соглашение о сетевом взаимодействии');
    expect(structure.city).toBe('Зверево');
    expect(structure.notes.join(' ')).toContain('банковские реквизиты');
  });
});
