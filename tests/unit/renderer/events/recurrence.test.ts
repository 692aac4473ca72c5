import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addDays } from '@contract/dates';
import { allStarts } from '../../../../src-main/events/recurrence';
import {
  defaultUntil,
  fromRrule,
  monthlyWeekdayText,
  recurrencePhrase,
  recurrenceText,
  toRrule,
  weekdayCode,
  WEEKDAYS,
  type Recurrence,
} from '../../../../src-renderer/src/screens/events/recurrence';

const day = fc.integer({ min: 0, max: 40 * 366 }).map((n) => addDays('2000-01-01', n));
const until = fc.option(day, { nil: null });
const weekdays = fc.subarray([...WEEKDAYS], { minLength: 1 });

/** What the dialog can offer: each kind with any of its choices. */
const offered: fc.Arbitrary<Recurrence> = fc.oneof(
  fc.constant<Recurrence>({ kind: 'none' }),
  fc.record({ kind: fc.constant('weekly' as const), weekdays, until }),
  fc.record({ kind: fc.constant('monthly' as const), by: fc.constantFrom('day' as const, 'weekday' as const), until }),
);

describe('a recurrence and its RRULE', () => {
  it('writes the rules the calendar stores', () => {
    const start = '2026-10-06T15:00'; // the first Tuesday of October
    expect(toRrule({ kind: 'none' }, start)).toBeNull();
    expect(toRrule({ kind: 'weekly', weekdays: ['TH', 'TU'], until: '2027-05-31' }, start)).toBe(
      'FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270531',
    );
    expect(toRrule({ kind: 'weekly', weekdays: [], until: null }, start)).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(toRrule({ kind: 'monthly', by: 'day', until: '2027-05-31' }, start)).toBe(
      'FREQ=MONTHLY;BYMONTHDAY=6;UNTIL=20270531',
    );
    expect(toRrule({ kind: 'monthly', by: 'weekday', until: null }, start)).toBe('FREQ=MONTHLY;BYDAY=1TU');
    expect(toRrule({ kind: 'monthly', by: 'weekday', until: null }, '2026-10-29')).toBe('FREQ=MONTHLY;BYDAY=-1TH');
  });

  test.prop([offered, day])('reads back every rule it writes as the same choice', (recurrence, start) => {
    const expected =
      recurrence.kind === 'weekly'
        ? { ...recurrence, weekdays: WEEKDAYS.filter((d) => recurrence.weekdays.includes(d)) }
        : recurrence;
    expect(fromRrule(toRrule(recurrence, start))).toEqual(expected);
  });

  test.prop([day, until])('a weekly choice with no weekday repeats on the weekday of the start', (start, last) => {
    expect(fromRrule(toRrule({ kind: 'weekly', weekdays: [], until: last }, start))).toEqual({
      kind: 'weekly',
      weekdays: [weekdayCode(start)],
      until: last,
    });
  });

  it('keeps a rule it cannot show as it is, and writes it back unchanged', () => {
    for (const rule of ['FREQ=DAILY;COUNT=5', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', 'FREQ=MONTHLY;BYDAY=MO,TU']) {
      const recurrence = fromRrule(rule);
      expect(recurrence).toEqual({ kind: 'custom', rule });
      expect(toRrule(recurrence, '2026-10-06')).toBe(rule);
    }
  });

  it('reads an UNTIL with a time as its day', () => {
    expect(fromRrule('FREQ=WEEKLY;BYDAY=MO;UNTIL=20270531T235959Z')).toEqual({
      kind: 'weekly',
      weekdays: ['MO'],
      until: '2027-05-31',
    });
  });
});

describe("the plan's series and the calendar's", () => {
  // «Создать мероприятия» in the plan wrote its own rules before the renderer had one builder: «FREQ=MONTHLY;UNTIL=…»
  // and «FREQ=WEEKLY;BYDAY=…;UNTIL=…». The one builder writes the month's day out; the dates are the same.
  test.prop([day, fc.integer({ min: 0, max: 400 })])(
    "a monthly series gives the days the plan's old rule gave",
    (start, length) => {
      const last = addDays(start, length);
      const rule = toRrule({ kind: 'monthly', by: 'day', until: last }, start) ?? '';
      const old = `FREQ=MONTHLY;UNTIL=${last.replaceAll('-', '')}`;
      const starts = (rrule: string) => allStarts({ start, end: start, rrule, exdates: [] });
      expect(starts(rule)).toEqual(starts(old));
    },
  );
});

describe('a recurrence in Russian', () => {
  it("says the calendar's choice and the plan's phrase", () => {
    const weekly: Recurrence = { kind: 'weekly', weekdays: ['TH', 'TU'], until: '2027-05-31' };
    expect(recurrenceText(weekly, '2026-10-06')).toBe('Каждую неделю: вт, чт; до 31.05.2027');
    expect(recurrencePhrase(weekly)).toBe('по вторникам и четвергам до 31.05.2027');
    expect(recurrencePhrase({ kind: 'weekly', weekdays: ['MO', 'WE', 'FR'], until: null })).toBe(
      'по понедельникам, средам и пятницам',
    );
    expect(recurrencePhrase({ kind: 'monthly', by: 'day', until: '2027-05-31' })).toBe('каждый месяц до 31.05.2027');
    expect(recurrencePhrase({ kind: 'none' })).toBe('один раз');
    expect(recurrenceText({ kind: 'monthly', by: 'day', until: null }, '2026-10-06')).toBe('Каждый месяц, 6-го числа');
    expect(monthlyWeekdayText('2026-10-14')).toBe('каждую вторую среду месяца');
    expect(monthlyWeekdayText('2026-10-31')).toBe('каждую последнюю субботу месяца');
  });

  it('runs a series to 31 May of its academic year by default, or to 31 August in summer', () => {
    expect(defaultUntil('2026-10-06')).toBe('2027-05-31');
    expect(defaultUntil('2027-03-01')).toBe('2027-05-31');
    expect(defaultUntil('2027-06-15')).toBe('2027-08-31');
  });
});
