import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addDays, compareIso, mondayOf, weekdayFromMonday } from '../../../src-main/contract/dates';

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

describe('the weekday, Monday first', () => {
  it('counts Monday as 0 and Sunday as 6, for a date and for a wall-clock time', () => {
    expect(weekdayFromMonday('2026-09-01')).toBe(1); // a Tuesday
    expect(weekdayFromMonday('2025-09-01')).toBe(0); // a Monday
    expect(weekdayFromMonday('2024-09-01')).toBe(6); // a Sunday
    expect(weekdayFromMonday('2024-02-29T23:30')).toBe(3); // a Thursday, late in the evening
  });

  test.prop([day])('steps by one a day and comes back after a week', (date) => {
    expect(weekdayFromMonday(addDays(date, 1))).toBe((weekdayFromMonday(date) + 1) % 7);
    expect(weekdayFromMonday(addDays(date, 7))).toBe(weekdayFromMonday(date));
  });

  test.prop([day])('mondayOf gives a Monday at most six days earlier', (date) => {
    const monday = mondayOf(date);
    expect(weekdayFromMonday(monday)).toBe(0);
    expect(monday <= date && addDays(monday, 6) >= date).toBe(true);
    expect(mondayOf(`${date}T10:00`)).toBe(monday);
  });
});
