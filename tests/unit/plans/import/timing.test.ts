import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { academicYearBounds, academicYearLabel } from '../../../../src-main/contract/academic-year';
import { addDays, formatDate, formatDateLong } from '../../../../src-main/contract/dates';
import { groupMonth, namedAcademicYear, parseTiming } from '../../../../src-main/plans/import/timing';
import { inZone } from '../../../kit/time-zone';

const YEAR = '2025/2026';
const month = (m: string, approximate: string | null = null) => ({ kind: 'month', month: m, approximate });
const exact = (date: string, timeFrom: string | null = null, timeTo: string | null = null) => ({
  kind: 'exact',
  date,
  timeFrom,
  timeTo,
  approximate: null,
});
const range = (from: string, to: string) => ({ kind: 'range', from, to, timeFrom: null, timeTo: null });

describe('the «Сроки» of a plan row', () => {
  it.each([
    ['Сентябрь', month('2025-09')],
    ['сентябрь 2025', month('2025-09')],
    ['сентябрь 2025 г.', month('2025-09')],
    ['СЕНТЯБРЬ', month('2025-09')],
    ['09.2025', month('2025-09')],
    ['январь', month('2026-01')],
    ['янв.', month('2026-01')],
    ['в мае', month('2026-05')],
    ['март 2026 года', month('2026-03')],
  ])('reads the month «%s»', (text, expected) => {
    expect(parseTiming(text, YEAR)).toEqual(expected);
  });

  it.each([
    ['12.10.2025', exact('2025-10-12')],
    ['12.10.2025 г.', exact('2025-10-12')],
    ['3.11.25', exact('2025-11-03')],
    ['12 октября', exact('2025-10-12')],
    ['12 октября 2025 г.', exact('2025-10-12')],
    ['15.02', exact('2026-02-15')],
    ['12.10.2025, 14:00–15:30', exact('2025-10-12', '14:00', '15:30')],
    ['12.10.2025 в 14.00', exact('2025-10-12', '14:00')],
  ])('reads the day «%s»', (text, expected) => {
    expect(parseTiming(text, YEAR)).toEqual(expected);
  });

  it.each([
    ['10.10–20.10.2025', range('2025-10-10', '2025-10-20')],
    ['10.10.2025 - 20.10.2025', range('2025-10-10', '2025-10-20')],
    ['10–20.10.2025', range('2025-10-10', '2025-10-20')],
    ['с 1 по 7 сентября', range('2025-09-01', '2025-09-07')],
    ['1—7 сентября 2025 г.', range('2025-09-01', '2025-09-07')],
    ['с 25 декабря по 10 января', range('2025-12-25', '2026-01-10')],
    ['25.12.2025 – 10.01.2026', range('2025-12-25', '2026-01-10')],
    ['с 10.10 по 20.10', range('2025-10-10', '2025-10-20')],
  ])('reads the span «%s»', (text, expected) => {
    expect(parseTiming(text, YEAR)).toEqual(expected);
  });

  it.each([
    ['в течение года', '2025-09'],
    ['В течение учебного года', '2025-09'],
    ['ежемесячно', '2025-09'],
    ['1 четверть', '2025-09'],
    ['II четверть', '2025-11'],
    ['3-я четверть', '2026-01'],
    ['IV четверть', '2026-04'],
    ['1 полугодие', '2025-09'],
    ['2 полугодие', '2026-01'],
    ['сентябрь–октябрь', '2025-09'],
    ['Февраль, март', '2026-02'],
  ])('puts the period «%s» in its first month and keeps its words', (text, first) => {
    expect(parseTiming(text, YEAR)).toEqual(month(first, text));
  });

  it('keeps the first of several days and notes them all', () => {
    expect(parseTiming('12.03, 19.03', YEAR)).toEqual({ ...exact('2026-03-12'), approximate: '12.03, 19.03' });
  });

  it.each([
    ['12', [12, 12]],
    ['10-15', [10, 15]],
    ['с 3 по 5 числа', [3, 5]],
  ])('reads «%s» as days of the month above', (text, days) => {
    expect(parseTiming(text, YEAR)).toEqual({ kind: 'inMonth', days, approximate: null });
  });

  it('reads «по согласованию» as the month above, noted', () => {
    expect(parseTiming('по согласованию', YEAR)).toEqual({
      kind: 'inMonth',
      days: null,
      approximate: 'по согласованию',
    });
    expect(parseTiming('в течение месяца', YEAR)).toEqual({ kind: 'inMonth', days: null, approximate: null });
  });

  it.each([
    ['31.09.2025', 'Такой даты нет: «31.09.2025»'],
    ['12.10.2024', 'Дата 12.10.2024 не входит в 2025/2026 учебный год (с 01.09.2025 по 31.08.2026)'],
    ['май 2025', 'Май 2025 не входит в 2025/2026 учебный год (с сентября по август)'],
    ['20.10–10.10.2025', 'Конец срока раньше начала: «20.10–10.10.2025»'],
    ['когда будет погода', 'Не удалось понять сроки «когда будет погода»: укажите месяц или дату'],
  ])('refuses «%s» with a reason', (text, message) => {
    expect(parseTiming(text, YEAR)).toEqual({ kind: 'problem', message });
  });

  it('reads an empty cell or a dash as no timing', () => {
    expect(parseTiming('', YEAR)).toEqual({ kind: 'empty' });
    expect(parseTiming(' — ', YEAR)).toEqual({ kind: 'empty' });
  });
});

const academicYears = fc.integer({ min: 1990, max: 2198 }).map(academicYearLabel);
const dayOf = (year: string) =>
  fc.integer({ min: 0, max: 364 }).map((offset) => addDays(academicYearBounds(year).from, offset));

describe('every day of an academic year', () => {
  test.prop([academicYears.chain((year) => fc.tuple(fc.constant(year), dayOf(year)))])(
    'written «ДД.ММ.ГГГГ», «ДД.ММ», «Д.М.ГГ» or «Д месяца ГГГГ г.» is that day',
    ([year, iso]) => {
      const [y, m, d] = iso.split('-');
      const short = Number(y) >= 2000 && Number(y) < 2100 ? [`${Number(d)}.${Number(m)}.${y?.slice(2)}`] : [];
      for (const text of [formatDate(iso), `${d}.${m}`, formatDateLong(iso), ...short]) {
        expect(parseTiming(text, year)).toEqual(exact(iso));
      }
    },
  );

  test.prop([academicYears.chain((year) => fc.tuple(fc.constant(year), dayOf(year), dayOf(year)))])(
    'two of them written as a span are that span, or refused when it runs backwards',
    ([year, a, b]) => {
      const timing = parseTiming(`${formatDate(a)}–${formatDate(b)}`, year);
      if (a === b) expect(timing).toEqual(exact(a));
      else if (a < b) expect(timing).toEqual(range(a, b));
      else expect(timing.kind).toBe('problem');
    },
  );

  test.prop([academicYears, fc.integer({ min: 1, max: 12 })])('its month by name is in that year', (year, m) => {
    const names = [
      'январь',
      'февраль',
      'март',
      'апрель',
      'май',
      'июнь',
      'июль',
      'август',
      'сентябрь',
      'октябрь',
      'ноябрь',
      'декабрь',
    ];
    const timing = parseTiming(names[m - 1] ?? '', year);
    const { from, to } = academicYearBounds(year);
    expect(timing.kind).toBe('month');
    if (timing.kind === 'month') {
      expect(timing.month >= from.slice(0, 7) && timing.month <= to.slice(0, 7)).toBe(true);
      expect(Number(timing.month.slice(5))).toBe(m);
    }
  });

  test.prop([academicYears, dayOf('2025/2026')])('a day of another year is refused, never moved', (year, iso) => {
    const timing = parseTiming(formatDate(iso), year);
    if (year === YEAR) expect(timing).toEqual(exact(iso));
    else expect(timing.kind).toBe('problem');
  });

  it('reads the same in every time zone', () => {
    const texts = ['12.10.2025', 'с 1 по 7 сентября', '25.12.2025 – 10.01.2026', 'февраль'];
    const inUtc = texts.map((t) => parseTiming(t, YEAR));
    for (const zone of ['Pacific/Kiritimati', 'America/Anchorage', 'Asia/Vladivostok']) {
      inZone(zone, () => expect(texts.map((t) => parseTiming(t, YEAR))).toEqual(inUtc));
    }
  });
});

describe('a group row', () => {
  it('gives its month to the rows below, or a period its first month', () => {
    expect(groupMonth('Сентябрь', YEAR)).toEqual({ month: '2025-09', approximate: null });
    expect(groupMonth('ОКТЯБРЬ 2025', YEAR)).toEqual({ month: '2025-10', approximate: null });
    expect(groupMonth('I четверть', YEAR)).toEqual({ month: '2025-09', approximate: 'I четверть' });
    expect(groupMonth('В течение года', YEAR)).toEqual({ month: '2025-09', approximate: 'В течение года' });
  });

  it('is no month when it is a section heading or an event', () => {
    expect(groupMonth('Раздел 1. Гражданско-патриотическое воспитание', YEAR)).toBeNull();
    expect(groupMonth('Экскурсия в музей', YEAR)).toBeNull();
  });

  it('of another year is refused', () => {
    expect(groupMonth('Май 2024', YEAR)).toEqual({
      problem: 'Май 2024 не входит в 2025/2026 учебный год (с сентября по август)',
    });
  });
});

describe('the year a file is for', () => {
  it('is the academic year its dates name most', () => {
    expect(namedAcademicYear(['12.10.2025', 'сентябрь 2025', 'май 2026', '01.09.2024'])).toBe('2025/2026');
    expect(namedAcademicYear(['План на 2026/2027 учебный год'])).toBe('2026/2027');
    expect(namedAcademicYear(['Сентябрь', 'в течение года'])).toBeNull();
  });
});
