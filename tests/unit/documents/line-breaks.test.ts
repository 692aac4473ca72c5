import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { printedText } from '../../../src-main/documents/line-breaks';
import { typographic } from '../../../src-main/documents/russian-text';

const shown = (text: string) => text.replaceAll('\u00AD', '|').replaceAll('\u2011', '‑').replaceAll('\u00A0', '_');

describe('where a printed line may break', () => {
  it('hyphenates Russian words by their syllables, leaving at least two letters on each side', () => {
    expect(shown(printedText('Удовлетворительное состояние'))).toBe('Удо|вле|тво|ри|тель|ное со|сто|я|ние');
    expect(shown(printedText('общеобразовательное учреждение'))).toBe('об|ще|об|ра|зо|ва|тель|ное учре|жде|ние');
  });

  it('never breaks a code, a number, a date, «№ 1» or initials from their surname', () => {
    expect(shown(printedText('инв. № ВЫС-014, договор СП-2026-07 от 29.08.2026'))).toBe(
      'инв. №_ВЫС‑014, до|го|вор СП‑2026‑07 от 29.08.2026',
    );
    expect(shown(printedText('ИНН 6151005675, тел. 6-12-34, М.П. Иванова'))).toBe(
      'ИНН 6151005675, тел. 6‑12‑34, М.П._Ива|но|ва',
    );
  });

  it('leaves words joined by a hyphen of their own free to break there', () => {
    expect(shown(printedText('приёма-передачи'))).toBe('при|ё|ма-пе|ре|да|чи');
  });

  it('hyphenates nothing where it is told not to: titles, names, dates', () => {
    expect(shown(printedText('Муниципальное учреждение', false))).toBe('Муниципальное учреждение');
  });

  test.prop([fc.string({ maxLength: 200 })])('changes no character of the text, only where it may break', (text) => {
    const printed = printedText(text);
    expect(printed.replaceAll('\u00AD', '').replaceAll('\u2011', '-')).toBe(typographic(text.replaceAll('\u00AD', '')));
  });

  test.prop([
    fc.array(fc.constantFrom('а', 'б', 'в', 'о', 'р', 'с', 'т', 'е', 'и', 'ё', ' ', '-', '1', 'Д'), { maxLength: 60 }),
  ])('breaks a word only where two letters at least stay on each side of the line’s end', (chars) => {
    for (const word of printedText(chars.join('')).split(/[^\p{L}\u00AD]+/u)) {
      const letters = word.replaceAll('\u00AD', '').length;
      let at = 0;
      for (const char of word) {
        if (char !== '\u00AD') at += 1;
        else expect(Math.min(at, letters - at)).toBeGreaterThanOrEqual(2);
      }
    }
  });
});
