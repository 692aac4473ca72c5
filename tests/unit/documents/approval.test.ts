import { describe, expect, it } from 'vitest';
import { approvalLines, withoutLoneWord } from '../../../src-main/documents/approval';

const shown = (lines: string[]) => lines.map((line) => line.replaceAll('\u00A0', '_'));

describe('an approval block', () => {
  it('never leaves a word alone on the last line of a position, and keeps an abbreviation with its name', () => {
    expect(shown([withoutLoneWord('Директор МБОУ Первомайская СОШ')])).toEqual(['Директор МБОУ_Первомайская_СОШ']);
    expect(shown([withoutLoneWord('Заместитель директора по учебно-воспитательной работе')])).toEqual([
      'Заместитель директора по учебно-воспитательной_работе',
    ]);
    expect(withoutLoneWord('  Директор ')).toBe('Директор');
  });

  it('reads caption, position, signature, a date to write by hand and the order, one description for HTML and Word', () => {
    expect(
      shown(
        approvalLines({
          caption: 'Утверждаю',
          lines: ['Директор', 'МБОУ Первомайская СОШ'],
          signer: 'М.П. Иванова',
          order: 'приказ от 29.08.2026 № 45',
        }),
      ),
    ).toEqual([
      'УТВЕРЖДАЮ',
      'Директор',
      'МБОУ_Первомайская_СОШ',
      '____________ М.П. Иванова',
      '«___» ________ 20__ г.',
      'приказ от 29.08.2026 №_45',
    ]);
  });

  it('agreed by a council has no signature and no date line, only its protocol', () => {
    expect(
      shown(
        approvalLines({ caption: 'СОГЛАСОВАНО', lines: ['Педагогический совет'], order: 'протокол от 28.08.2026 № 1' }),
      ),
    ).toEqual(['СОГЛАСОВАНО', 'Педагогический_совет', 'протокол от 28.08.2026 №_1']);
  });
});
