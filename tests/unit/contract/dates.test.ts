import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addDays, compareIso } from '../../../src-main/contract/dates';

const day = fc.integer({ min: 0, max: 200 * 366 }).map((n) => addDays('1900-01-01', n));

describe('ISO dates in order', () => {
  test.prop([day, day])('compareIso orders two days as the calendar does', (a, b) => {
    expect(Math.sign(compareIso(a, b))).toBe(Math.sign(Date.parse(a) - Date.parse(b)));
  });

  test.prop([day, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 23 })])(
    'orders times of one day by the clock',
    (date, h1, h2) => {
      const at = (h: number) => `${date}T${String(h).padStart(2, '0')}:00`;
      expect(Math.sign(compareIso(at(h1), at(h2)))).toBe(Math.sign(h1 - h2));
    },
  );
});
