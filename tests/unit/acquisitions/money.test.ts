import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  formatRubles,
  MAX_COST_KOPECKS,
  parseRubles,
  totalKopecks,
  type AcquisitionStatus,
} from '../../../src-main/contract/acquisitions';

const NBSP = '\u00A0';

describe('sums of money in the plan of acquisitions', () => {
  it('are written as rubles with a space between thousands and kopecks after a comma', () => {
    expect(formatRubles(1_250_000)).toBe(`12${NBSP}500,00`);
    expect(formatRubles(0)).toBe('0,00');
    expect(formatRubles(5)).toBe('0,05');
    expect(formatRubles(123_456_789_01)).toBe(`123${NBSP}456${NBSP}789,01`);
  });

  it('are read from what the office types, to the kopeck', () => {
    expect(parseRubles('12 500,00')).toBe(1_250_000);
    expect(parseRubles(`12${NBSP}500,5`)).toBe(1_250_050);
    expect(parseRubles('12500.05')).toBe(1_250_005);
    expect(parseRubles('12500')).toBe(1_250_000);
    expect(parseRubles('12 500 руб.')).toBe(1_250_000);
    expect(parseRubles('99,99 ₽')).toBe(9_999);
    expect(parseRubles('0,1')).toBe(10);
    expect(parseRubles('  ')).toBe(null);
  });

  it('are not read from what is no sum of money', () => {
    for (const text of ['двенадцать', '-5', '12,345', '1,2,3', '12 500,00 €', '1e5', '10000000000000']) {
      expect(parseRubles(text)).toBeUndefined();
    }
  });

  test.prop([fc.integer({ min: 0, max: MAX_COST_KOPECKS })])('read back as written', (kopecks) => {
    expect(parseRubles(formatRubles(kopecks))).toBe(kopecks);
  });

  const item = fc.record({
    status: fc.constantFrom<AcquisitionStatus>('planned', 'acquired', 'cancelled'),
    costKopecks: fc.option(fc.integer({ min: 0, max: MAX_COST_KOPECKS }), { nil: null }),
  });

  test.prop([fc.array(item, { maxLength: 300 })])(
    'add up exactly: the total is the integer sum of the costs of the items not cancelled',
    (items) => {
      const expected = items
        .filter((i) => i.status !== 'cancelled')
        .reduce((sum, i) => sum + BigInt(i.costKopecks ?? 0), 0n);
      const total = totalKopecks(items);
      expect(Number.isSafeInteger(total)).toBe(true);
      expect(BigInt(total)).toBe(expected);
    },
  );

  it('do not drift as rubles in floating point do: ten items of 0,10 make 1,00', () => {
    const items = Array.from({ length: 10 }, () => ({ status: 'planned' as const, costKopecks: 10 }));
    expect(formatRubles(totalKopecks(items))).toBe('1,00');
    // What the same sum in rubles would make.
    expect(items.reduce((sum) => sum + 0.1, 0)).not.toBe(1);
  });
});
