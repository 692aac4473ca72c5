import { fc } from '@fast-check/vitest';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatDate, isRealDate, weekdayFromMonday } from '@contract/dates';
import { readTypedDate, typedDateOrNull } from '../../../../src-renderer/src/components/typed-date';
import { inZone } from '../../../kit/time-zone';

const ZONES = ['UTC', 'America/New_York', 'Asia/Vladivostok'] as const;

const anyDay = fc
  .integer({ min: 0, max: daysBetween('1990-01-01', '2200-12-31') })
  .map((n) => addDays('1990-01-01', n));
const dayOfThisCentury = fc
  .integer({ min: 0, max: daysBetween('2000-01-01', '2099-12-31') })
  .map((n) => addDays('2000-01-01', n));
const parts = (iso: string) => ({ y: iso.slice(0, 4), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) });
const pad = (n: number) => String(n).padStart(2, '0');

describe('dates typed as the office types them', () => {
  it('read the forms «1.9.25», «01.09.2025» and «1.09.2025» as 1 September 2025', () => {
    for (const text of [
      '1.9.25',
      '01.09.2025',
      '1.09.2025',
      '01.9.25',
      ' 1.9.2025 ',
      '2025-09-01',
      '1,9,25',
      '1/9/2025',
    ])
      expect(readTypedDate(text), text).toEqual({ date: '2025-09-01' });
  });

  it('refuse a day the calendar has not with a Russian message naming what was typed', () => {
    expect(readTypedDate('31.02.2026')).toEqual({ error: 'Такой даты нет: 31.02.2026' });
    expect(readTypedDate('29.02.2027')).toEqual({ error: 'Такой даты нет: 29.02.2027' });
    expect(readTypedDate('1.13.2026')).toEqual({ error: 'Такой даты нет: 1.13.2026' });
    expect(readTypedDate('29.02.2028')).toEqual({ date: '2028-02-29' });
  });

  it('refuse text of no date’s shape, and a date outside the field’s bounds, in Russian', () => {
    for (const text of ['1.9.2', '1.9.202', '1.9', 'завтра', '01092025', '1..9.25'])
      expect(readTypedDate(text), text).toEqual({ error: 'Введите дату в виде ДД.ММ.ГГГГ, например 01.09.2025' });
    expect(readTypedDate('31.12.1989')).toEqual({ error: 'Укажите дату с 01.01.1990 по 31.12.2200' });
    expect(readTypedDate('10.09.2026', '2026-09-01', '2026-09-05')).toEqual({
      error: 'Укажите дату с 01.09.2026 по 05.09.2026',
    });
  });

  it('leave an empty field empty, and name no date while a date is half typed', () => {
    expect(readTypedDate('')).toBeNull();
    expect(readTypedDate('   ')).toBeNull();
    expect(typedDateOrNull('1.9.2')).toBeNull();
    expect(typedDateOrNull('31.02.2026')).toBeNull();
  });

  describe.each(ZONES)('on a computer in %s', (zone) => {
    it('read back every date they show (ДД.ММ.ГГГГ) as the same day', () => {
      inZone(zone, () =>
        fc.assert(
          fc.property(anyDay, (day) => {
            expect(formatDate(day)).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
            expect(readTypedDate(formatDate(day))).toEqual({ date: day });
          }),
        ),
      );
    });

    it('read every short form of a day of this century as that day: day and month unpadded, year of two digits', () => {
      inZone(zone, () =>
        fc.assert(
          fc.property(dayOfThisCentury, fc.boolean(), fc.boolean(), fc.boolean(), (day, padDay, padMonth, short) => {
            const { y, m, d } = parts(day);
            const text = `${padDay ? pad(d) : d}.${padMonth ? pad(m) : m}.${short ? y.slice(2) : y}`;
            expect(readTypedDate(text)).toEqual({ date: day });
          }),
        ),
      );
    });

    it('give for any text nothing, a Russian message, or a real date between 1990 and 2200', () => {
      inZone(zone, () =>
        fc.assert(
          fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{1,3}\.\d{1,3}\.\d{1,5}$/)), (text) => {
            const read = readTypedDate(text);
            if (read === null) expect(text.trim()).toBe('');
            else if ('error' in read) expect(read.error).toMatch(/[А-я]/);
            else expect(isRealDate(read.date) && read.date >= '1990-01-01' && read.date <= '2200-12-31').toBe(true);
          }),
        ),
      );
    });

    it('keep the day and the weekday the picker’s calendar (dayjs in local time) gives for a date', () => {
      inZone(zone, () =>
        fc.assert(
          fc.property(anyDay, (day) => {
            expect(dayjs(day).format('YYYY-MM-DD')).toBe(day);
            expect((dayjs(day).day() + 6) % 7).toBe(weekdayFromMonday(day));
          }),
        ),
      );
    });
  });
});
