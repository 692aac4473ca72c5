import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  academicYearBounds,
  academicYearOf,
  academicYearSchema,
  localIsoDate,
} from '../../../src-main/contract/academic-year';

describe('the academic year', () => {
  it('runs from 1 September to 31 August', () => {
    expect(academicYearOf('2026-08-31')).toBe('2025/2026');
    expect(academicYearOf('2026-09-01')).toBe('2026/2027');
    expect(academicYearOf('2026-11-26')).toBe('2026/2027');
    expect(academicYearOf('2027-01-01')).toBe('2026/2027');
    expect(academicYearBounds('2026/2027')).toEqual({ from: '2026-09-01', to: '2027-08-31' });
  });

  it.each(['UTC', 'Europe/Moscow', 'Asia/Vladivostok', 'America/Los_Angeles', 'Pacific/Kiritimati'])(
    'takes today from the wall clock, not from UTC, in %s',
    (zone) => {
      const saved = process.env.TZ;
      process.env.TZ = zone;
      try {
        // 23:30 on 31 August local time is still the old year, whatever the offset from UTC.
        expect(academicYearOf(localIsoDate(new Date(2026, 7, 31, 23, 30)))).toBe('2025/2026');
        expect(academicYearOf(localIsoDate(new Date(2026, 8, 1, 0, 15)))).toBe('2026/2027');
      } finally {
        process.env.TZ = saved;
      }
    },
  );

  it('accepts «2026/2027» and refuses years that do not follow each other', () => {
    expect(academicYearSchema.safeParse('2026/2027').success).toBe(true);
    expect(academicYearSchema.safeParse('2026/2028').success).toBe(false);
    expect(academicYearSchema.safeParse('2026-2027').success).toBe(false);
    expect(academicYearSchema.safeParse('').success).toBe(false);
  });

  test.prop([fc.date({ min: new Date(2000, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true })])(
    'every date lies within the bounds of its own academic year',
    (date) => {
      const iso = localIsoDate(date);
      const { from, to } = academicYearBounds(academicYearOf(iso));
      expect(from <= iso && iso <= to).toBe(true);
      expect(academicYearSchema.safeParse(academicYearOf(iso)).success).toBe(true);
    },
  );
});
