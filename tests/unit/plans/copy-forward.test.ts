import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { academicYearBounds, academicYearLabel } from '../../../src-main/contract/academic-year';
import { addDays, daysBetween } from '../../../src-main/contract/dates';
import { academicWeek, academicWeekAnchor, moveMonth, moveSpan, weekShift } from '../../../src-main/plans/copy-forward';

const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const TUESDAY = 2;

describe('the weeks of an academic year', () => {
  it('start on the Monday of the week that holds 1 September, whatever its weekday', () => {
    expect(academicWeekAnchor('2026/2027')).toBe('2026-08-31'); // 1 September 2026 is a Tuesday
    expect(academicWeekAnchor('2025/2026')).toBe('2025-09-01'); // a Monday
    expect(academicWeekAnchor('2024/2025')).toBe('2024-08-26'); // a Sunday
    expect(academicWeek('2026/2027', '2026-09-01')).toBe(1);
    expect(academicWeek('2026/2027', '2026-09-06')).toBe(1);
    expect(academicWeek('2026/2027', '2026-09-07')).toBe(2);
    expect(academicWeek('2026/2027', '2026-09-15')).toBe(3);
  });

  it('of two years differ by whole weeks', () => {
    expect(weekShift('2026/2027', '2027/2028')).toBe(364);
    expect(weekShift('2024/2025', '2025/2026')).toBe(371);
    expect(weekShift('2027/2028', '2026/2027')).toBe(-364);
  });
});

describe('moving a date to another academic year', () => {
  it('puts a Tuesday of week 3 on the Tuesday of week 3', () => {
    const moved = moveSpan({ from: '2026-09-15', to: null }, '2026/2027', '2027/2028');
    expect(moved).toEqual({ from: '2027-09-14', to: null });
    expect(weekday(moved.from)).toBe(TUESDAY);
    expect(academicWeek('2027/2028', moved.from)).toBe(3);
  });

  it('moves a range as one piece, keeping its weekdays and its length', () => {
    expect(moveSpan({ from: '2026-10-05', to: '2026-10-09' }, '2026/2027', '2027/2028')).toEqual({
      from: '2027-10-04',
      to: '2027-10-08',
    });
    expect(moveSpan({ from: '2026-12-28', to: '2027-01-08' }, '2026/2027', '2027/2028')).toEqual({
      from: '2027-12-27',
      to: '2028-01-07',
    });
  });

  it('puts 29 February, which the next year lacks, on the same weekday of the same week', () => {
    const moved = moveSpan({ from: '2028-02-29', to: null }, '2027/2028', '2028/2029');
    expect(moved.from).toBe('2029-02-27');
    expect(weekday(moved.from)).toBe(weekday('2028-02-29'));
    expect(academicWeek('2028/2029', moved.from)).toBe(academicWeek('2027/2028', '2028-02-29'));
  });

  it('moves a date into a leap year’s 29 February when that is its week and weekday', () => {
    // Tuesday of week 27 of 2026/2027 is 2 March 2027; of 2027/2028, 29 February 2028.
    expect(academicWeek('2026/2027', '2027-03-02')).toBe(27);
    expect(moveSpan({ from: '2027-03-02', to: null }, '2026/2027', '2027/2028').from).toBe('2028-02-29');
  });

  it('moves a date that would fall before 1 September one week later, on its weekday', () => {
    // Tuesday 1 September 2026 is in week 1; the Tuesday of week 1 of 2027/2028 is 31 August 2027, outside it.
    const moved = moveSpan({ from: '2026-09-01', to: null }, '2026/2027', '2027/2028');
    expect(moved.from).toBe('2027-09-07');
    expect(weekday(moved.from)).toBe(TUESDAY);
  });

  it('moves a date that would fall past 31 August one week earlier, on its weekday', () => {
    // Sunday 31 August 2025 is in the last week of 2024/2025; that week of 2025/2026 ends on 6 September 2026.
    const moved = moveSpan({ from: '2025-08-31', to: null }, '2024/2025', '2025/2026');
    expect(moved.from).toBe('2026-08-30');
    expect(weekday(moved.from)).toBe(0);
  });

  it('makes a range of nearly the whole year, which no whole-week shift fits, the whole new year', () => {
    expect(moveSpan({ from: '2027-09-01', to: '2028-08-31' }, '2027/2028', '2028/2029')).toEqual({
      from: '2028-09-01',
      to: '2029-08-31',
    });
    expect(moveSpan({ from: '2027-09-02', to: '2028-08-31' }, '2027/2028', '2028/2029')).toEqual({
      from: '2028-09-01',
      to: '2029-08-31',
    });
  });

  it('keeps a month item in the same month of the new year', () => {
    expect(moveMonth('2026-10', '2027/2028')).toBe('2027-10');
    expect(moveMonth('2027-05', '2027/2028')).toBe('2028-05');
    expect(moveMonth('2027-08', '2030/2031')).toBe('2031-08');
  });
});

const startYear = fc.integer({ min: 1995, max: 2190 });

describe('moving any date of a year to any other year', () => {
  test.prop([startYear, fc.integer({ min: 0, max: 364 }), fc.integer({ min: -5, max: 5 })])(
    'keeps it in the new year, on its weekday, in its week or the nearest one inside the year',
    (start, offset, years) => {
      const from = academicYearLabel(start);
      const to = academicYearLabel(start + years);
      const date = addDays(academicYearBounds(from).from, offset);
      const moved = moveSpan({ from: date, to: null }, from, to).from;
      const bounds = academicYearBounds(to);
      expect(moved >= bounds.from && moved <= bounds.to).toBe(true);
      expect(weekday(moved)).toBe(weekday(date));
      expect(Math.abs(academicWeek(to, moved) - academicWeek(from, date))).toBeLessThanOrEqual(1);
    },
  );

  test.prop([
    startYear,
    fc.integer({ min: 0, max: 300 }),
    fc.integer({ min: 0, max: 60 }),
    fc.integer({ min: 1, max: 3 }),
  ])('keeps a range’s length', (start, offset, length, years) => {
    const from = academicYearLabel(start);
    const first = addDays(academicYearBounds(from).from, offset);
    const span = { from: first, to: addDays(first, length) };
    const moved = moveSpan(span, from, academicYearLabel(start + years));
    expect(daysBetween(moved.from, moved.to ?? moved.from)).toBe(length);
  });
});
