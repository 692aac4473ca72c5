import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addDays } from '@contract/dates';
import {
  dayOf,
  exclusiveEnd,
  localDateOf,
  minutesBetween,
  shiftWallClock,
  timeOf,
  wallClockOf,
  weekdayOf,
  whenText,
} from '../../../../src-renderer/src/screens/events/wall-clock';

const pad = (n: number) => String(n).padStart(2, '0');
const day = fc.integer({ min: 0, max: 40 * 366 }).map((n) => addDays('2000-01-01', n));
const time = fc
  .tuple(day, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([d, h, m]) => `${d}T${pad(h)}:${pad(m)}`);

describe('wall-clock times', () => {
  it('take a date the calendar gives in local time as the day and time on the wall', () => {
    // 29 March 2026 is the night European clocks go forward; the wall clock knows nothing of it.
    expect(wallClockOf(new Date(2026, 2, 29, 2, 30), false)).toMatch(/^2026-03-29T0[23]:30$/);
    expect(wallClockOf(new Date(2026, 9, 5, 10, 0), false)).toBe('2026-10-05T10:00');
    expect(wallClockOf(new Date(2026, 9, 5, 10, 0), true)).toBe('2026-10-05');
    expect(localDateOf(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });

  test.prop([time, fc.integer({ min: -100_000, max: 100_000 })])(
    'a time moved by some minutes is that many minutes away, and moves back',
    (start, minutes) => {
      const moved = shiftWallClock(start, minutes, false);
      expect(minutesBetween(start, moved)).toBe(minutes);
      expect(shiftWallClock(moved, -minutes, false)).toBe(start);
    },
  );

  test.prop([day, fc.integer({ min: -400, max: 400 })])('an all-day value moves by whole days', (date, days) => {
    expect(shiftWallClock(date, days * 24 * 60, true)).toBe(addDays(date, days));
    expect(minutesBetween(date, addDays(date, days))).toBe(days * 24 * 60);
  });

  it('splits a value into its day and time, and ends an all-day event the day after its last', () => {
    expect(dayOf('2026-10-05T10:00')).toBe('2026-10-05');
    expect(timeOf('2026-10-05T10:00')).toBe('10:00');
    expect(timeOf('2026-10-05')).toBe('');
    expect(exclusiveEnd('2026-12-31')).toBe('2027-01-01');
  });

  it('says when an event is, with its weekday', () => {
    expect(weekdayOf('2026-10-05T10:00')).toBe('пн');
    expect(weekdayOf('2026-10-11')).toBe('вс');
    expect(whenText('2026-10-06T15:00', '2026-10-06T16:30', false)).toBe('вт, 06.10.2026, 15:00–16:30');
    expect(whenText('2026-10-06', '2026-10-06', true)).toBe('вт, 06.10.2026, весь день');
    expect(whenText('2026-10-06', '2026-10-08', true)).toBe('вт, 06.10.2026 — 08.10.2026');
    expect(whenText('2026-10-06T22:00', '2026-10-07T01:00', false)).toBe('вт, 06.10.2026, 22:00 — 07.10.2026, 01:00');
  });
});
