import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src-main/contract/dates';
import { lengthOf, shiftLocal, spanOf, toMinutes } from '../../../src-main/events/local-time';
import {
  allStarts,
  checkSeriesRule,
  expandSeries,
  icsRule,
  MAX_OCCURRENCES,
  parseRule,
} from '../../../src-main/events/recurrence';

const tuesdays = { start: '2026-10-06T15:00', end: '2026-10-06T16:00', rrule: 'FREQ=WEEKLY;BYDAY=TU', exdates: [] };

function refusal(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return (error as { fields?: Record<string, string> }).fields?.['rrule'];
  }
  return undefined;
}

describe('expanding a series', () => {
  it('gives every Tuesday of a month at the series time, and the end one hour later', () => {
    const october = expandSeries({ ...tuesdays, rrule: `${tuesdays.rrule};COUNT=20` }, '2026-10-01', '2026-10-31');
    expect(october).toEqual(
      ['06', '13', '20', '27'].map((d) => ({
        occurrenceStart: `2026-10-${d}T15:00`,
        start: `2026-10-${d}T15:00`,
        end: `2026-10-${d}T16:00`,
      })),
    );
  });

  it.each(['UTC', 'America/New_York', 'Europe/Moscow'])(
    'keeps the wall-clock time across a daylight-saving change in %s',
    (zone) => {
      const saved = process.env.TZ;
      process.env.TZ = zone;
      try {
        // New York leaves daylight-saving time on 1 November 2026: the club stays at 15:00 all the same.
        const starts = expandSeries(
          { ...tuesdays, rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=10' },
          '2026-10-20',
          '2026-11-15',
        );
        expect(starts.map((o) => o.start)).toEqual([
          '2026-10-20T15:00',
          '2026-10-27T15:00',
          '2026-11-03T15:00',
          '2026-11-10T15:00',
        ]);
        expect(
          allStarts({ ...tuesdays, start: '2026-10-06', end: '2026-10-06', rrule: 'FREQ=MONTHLY;COUNT=3' }),
        ).toEqual(['2026-10-06', '2026-11-06', '2026-12-06']);
      } finally {
        process.env.TZ = saved;
      }
    },
  );

  it('ends on the day of UNTIL, that day included, and after COUNT occurrences', () => {
    const until = allStarts({ ...tuesdays, rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261027' });
    expect(until.at(-1)).toBe('2026-10-27T15:00');
    expect(until).toHaveLength(4);
    expect(allStarts({ ...tuesdays, rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261027T150000' })).toHaveLength(4);
    expect(allStarts({ ...tuesdays, rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261027T145900' })).toHaveLength(3);
    expect(allStarts({ ...tuesdays, rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3' })).toEqual([
      '2026-10-06T15:00',
      '2026-10-13T15:00',
      '2026-10-20T15:00',
    ]);
  });

  it('leaves out exdates and the occurrences that have rows of their own', () => {
    const series = { ...tuesdays, rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4', exdates: ['2026-10-13T15:00'] };
    const starts = expandSeries(series, '2026-10-01', '2026-10-31', new Set(['2026-10-20T15:00'])).map((o) => o.start);
    expect(starts).toEqual(['2026-10-06T15:00', '2026-10-27T15:00']);
  });

  it('gives an all-day series its dates and a monthly series the nth weekday', () => {
    const firstMondays = allStarts({
      start: '2026-09-07',
      end: '2026-09-07',
      rrule: 'FREQ=MONTHLY;BYDAY=1MO;COUNT=3',
      exdates: [],
    });
    expect(firstMondays).toEqual(['2026-09-07', '2026-10-05', '2026-11-02']);
  });

  it('includes an occurrence that began before the range but ends inside it', () => {
    const overnight = { start: '2026-10-06T22:00', end: '2026-10-07T02:00', rrule: 'FREQ=DAILY;COUNT=2', exdates: [] };
    expect(expandSeries(overnight, '2026-10-08', '2026-10-08').map((o) => o.start)).toEqual(['2026-10-07T22:00']);
  });
});

describe('checking a rule', () => {
  it('accepts the supported parts and stores the rule without «RRULE:» in capitals', () => {
    expect(checkSeriesRule('rrule:freq=weekly;byday=tu,th;interval=2;until=20270531', '2026-10-06T15:00')).toEqual({
      rrule: 'FREQ=WEEKLY;BYDAY=TU,TH;INTERVAL=2;UNTIL=20270531',
      start: '2026-10-06T15:00',
    });
    expect(parseRule('FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=12').byMonthDay).toEqual([-1]);
  });

  it('starts a series on the first day its rule gives', () => {
    expect(checkSeriesRule('FREQ=WEEKLY;BYDAY=WE;COUNT=3', '2026-10-06T15:00').start).toBe('2026-10-07T15:00');
  });

  it('refuses unparsable, unsupported and unbounded rules with a Russian message at the field rrule', () => {
    expect(refusal(() => checkSeriesRule('каждый вторник', '2026-10-06T15:00'))).toMatch(/не распознано/);
    expect(refusal(() => checkSeriesRule('FREQ=HOURLY;COUNT=3', '2026-10-06T15:00'))).toMatch(/ежедневным/);
    expect(refusal(() => checkSeriesRule('FREQ=WEEKLY;BYSETPOS=1;COUNT=3', '2026-10-06T15:00'))).toMatch(/«BYSETPOS»/);
    expect(refusal(() => checkSeriesRule('FREQ=WEEKLY;BYDAY=XX;COUNT=3', '2026-10-06T15:00'))).toMatch(
      /Дни недели указаны неверно/,
    );
    expect(refusal(() => checkSeriesRule('FREQ=WEEKLY;BYDAY=2TU;COUNT=3', '2026-10-06T15:00'))).toMatch(
      /Дни недели указаны неверно/,
    );
    expect(refusal(() => checkSeriesRule('FREQ=WEEKLY;UNTIL=20261399', '2026-10-06T15:00'))).toMatch(/ГГГГММДД/);
    expect(refusal(() => checkSeriesRule('FREQ=WEEKLY;COUNT=2;UNTIL=20261231', '2026-10-06T15:00'))).toMatch(
      /либо число повторений/,
    );
    expect(refusal(() => checkSeriesRule('FREQ=WEEKLY', '2026-10-06T15:00'))).toMatch(/когда повторение заканчивается/);
    expect(refusal(() => checkSeriesRule('FREQ=WEEKLY;UNTIL=20260901', '2026-10-06T15:00'))).toMatch(/раньше начала/);
  });

  it('refuses a series of more than 1000 occurrences', () => {
    expect(refusal(() => checkSeriesRule('FREQ=DAILY;COUNT=1001', '2026-10-06T15:00'))).toMatch(/1000/);
    expect(refusal(() => checkSeriesRule('FREQ=DAILY;UNTIL=20300101', '2026-10-06T15:00'))).toMatch(
      /не может быть больше 1000/,
    );
    expect(checkSeriesRule('FREQ=DAILY;COUNT=1000', '2026-10-06').rrule).toBe('FREQ=DAILY;COUNT=1000');
  });

  it('writes UNTIL for an .ics file as the same kind of value as the start', () => {
    expect(icsRule('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270531', false)).toBe('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270531T235959');
    expect(icsRule('FREQ=WEEKLY;UNTIL=20270531T120000Z', true)).toBe('FREQ=WEEKLY;UNTIL=20270531');
    expect(icsRule('FREQ=MONTHLY;INTERVAL=1;BYDAY=-1FR;COUNT=5', false)).toBe('FREQ=MONTHLY;COUNT=5;BYDAY=-1FR');
  });
});

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const localStart = fc
  .record({
    day: fc.integer({ min: 0, max: 3000 }),
    minutes: fc.option(fc.integer({ min: 0, max: 23 * 60 + 59 }), { nil: null }),
  })
  .map(({ day, minutes }) => {
    const date = addDays('2024-01-01', day);
    if (minutes === null) return date;
    return `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  });
const rule = fc.oneof(
  fc.record({
    freq: fc.constant('WEEKLY'),
    interval: fc.integer({ min: 1, max: 4 }),
    days: fc.subarray([...WEEKDAYS], { minLength: 1 }),
    count: fc.integer({ min: 1, max: 1500 }),
  }),
  fc.record({
    freq: fc.constant('MONTHLY'),
    interval: fc.integer({ min: 1, max: 3 }),
    days: fc.subarray(['1', '15', '28', '31', '-1'], { minLength: 1 }),
    count: fc.integer({ min: 1, max: 1500 }),
  }),
);

describe('expansion, for any weekly or monthly rule and range', () => {
  test.prop([localStart, rule, fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 400 }), fc.nat(50)])(
    'gives occurrences within the range only, none of them deleted, and never more than 1000',
    (start, r, offset, days, pick) => {
      const by = r.freq === 'WEEKLY' ? `BYDAY=${r.days.join(',')}` : `BYMONTHDAY=${r.days.join(',')}`;
      const text = `FREQ=${r.freq};INTERVAL=${r.interval};${by};COUNT=${r.count}`;
      let timing: { start: string; rrule: string };
      try {
        timing = checkSeriesRule(text, start);
      } catch {
        expect(r.count).toBeGreaterThan(MAX_OCCURRENCES);
        return;
      }
      const end = timing.start.length === 10 ? timing.start : timing.start.replace(/T\d\d:\d\d$/, 'T23:59');
      const all = allStarts({ start: timing.start, end, rrule: timing.rrule, exdates: [] });
      expect(all.length).toBeLessThanOrEqual(MAX_OCCURRENCES);
      const exdates = all.filter((_, i) => i % (pick + 2) === 0);
      const from = addDays(start.slice(0, 10), offset - 200);
      const to = addDays(from, days);
      const series = { start: timing.start, end, rrule: timing.rrule, exdates };
      const found = expandSeries(series, from, to);
      const range = { from: toMinutes(from), to: toMinutes(to) + 1440 };
      for (const o of found) {
        const span = spanOf(o.start, o.end);
        expect(span.from < range.to && range.from < span.to).toBe(true);
        expect(exdates).not.toContain(o.start);
      }
      expect(found.length).toBeLessThanOrEqual(MAX_OCCURRENCES);
      const length = lengthOf(timing.start, end);
      const expected = all.filter((s) => {
        const span = spanOf(s, shiftLocal(s, length));
        return !exdates.includes(s) && span.from < range.to && range.from < span.to;
      });
      expect(found.map((o) => o.start)).toEqual(expected);
    },
  );
});
