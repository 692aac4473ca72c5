import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isValidInn, isValidKpp, isValidOgrn } from '../../../src-main/contract/requisites';

describe('control digits of registration codes', () => {
  it('accepts real ИНН of an organisation and of a person', () => {
    expect(isValidInn('7707083893')).toBe(true);
    expect(isValidInn('500100732259')).toBe(true);
  });

  it('refuses an ИНН whose control digit is wrong, or of the wrong length, or not digits', () => {
    expect(isValidInn('7707083894')).toBe(false);
    expect(isValidInn('500100732258')).toBe(false);
    expect(isValidInn('770708389')).toBe(false);
    expect(isValidInn('77070838931')).toBe(false);
    expect(isValidInn('77070838a3')).toBe(false);
    expect(isValidInn('')).toBe(false);
  });

  it('accepts a real ОГРН and ОГРНИП and refuses a changed last digit', () => {
    expect(isValidOgrn('1027700132195')).toBe(true);
    expect(isValidOgrn('304500116000157')).toBe(true);
    expect(isValidOgrn('1027700132196')).toBe(false);
    expect(isValidOgrn('304500116000158')).toBe(false);
    expect(isValidOgrn('10277001321')).toBe(false);
  });

  it('accepts a КПП of nine characters with letters only in the reason code', () => {
    expect(isValidKpp('773601001')).toBe(true);
    expect(isValidKpp('7736AB001')).toBe(true);
    expect(isValidKpp('77360100')).toBe(false);
    expect(isValidKpp('77A601001')).toBe(false);
  });

  test.prop([fc.stringMatching(/^\d{9}$/)])(
    'exactly one last digit completes any nine digits into a valid ИНН',
    (body) => {
      const valid = Array.from({ length: 10 }, (_, d) => `${body}${d}`).filter(isValidInn);
      expect(valid).toHaveLength(1);
    },
  );
});
