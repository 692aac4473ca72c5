import { describe, expect, it } from 'vitest';
import { nextNumberByPattern, numberKey } from '../../../src-main/agreements/numbering';

describe('agreement numbers', () => {
  it('follows the pattern with the year of signing and the next free number of that year', () => {
    expect(nextNumberByPattern('СП-{год}-{№}', 2026, [])).toBe('СП-2026-1');
    expect(nextNumberByPattern('СП-{год}-{№}', 2026, ['СП-2026-1', 'СП-2026-7', 'СП-2025-12', 'б/н'])).toBe(
      'СП-2026-8',
    );
    expect(nextNumberByPattern('СП-{год}-{№}', 2027, ['СП-2026-7'])).toBe('СП-2027-1');
  });

  it('counts numbers typed in another case and ignores ones that do not follow the pattern', () => {
    expect(nextNumberByPattern('СП-{год}-{№}', 2026, ['сп-2026-3', 'СП-2026-3а', ' СП-2026-4 '])).toBe('СП-2026-5');
  });

  it('works with patterns without a year and with characters that mean something in a regular expression', () => {
    expect(nextNumberByPattern('{№}', 2026, ['1', '2', '10'])).toBe('11');
    expect(nextNumberByPattern('Д.({год})/{№}+', 2026, ['Д.(2026)/4+'])).toBe('Д.(2026)/5+');
  });

  it('compares numbers without case and spaces', () => {
    expect(numberKey('СП - 2026 - 1')).toBe(numberKey('сп-2026-1'));
  });
});
