import {
  academicYearBounds,
  academicYearLabel,
  academicYearOf,
  academicYearStart,
} from '../../../src-main/contract/academic-year';
import { addDays } from '../../../src-main/contract/dates';
import type { Random } from './random';

// The rhythm of a Russian school year: lessons from 1 September to the end of May, four holidays (каникулы),
// public holidays off, a summer camp in June and a quiet July and August. Events fall on the days a school works.

/** The `count` academic years that end with the one holding `today`, oldest first. */
export function academicYears(today: string, count: number): string[] {
  const last = academicYearStart(academicYearOf(today));
  return Array.from({ length: count }, (_, i) => academicYearLabel(last - count + 1 + i));
}

const PUBLIC_HOLIDAYS = ['01-01', '01-02', '01-07', '02-23', '03-08', '05-01', '05-09', '06-12', '11-04'];

/** The school holidays of a year beginning in September of `start`, as most regions set them. */
export function schoolHolidays(start: number): { name: string; from: string; to: string }[] {
  return [
    { name: 'Осенние каникулы', from: `${start}-10-28`, to: `${start}-11-05` },
    { name: 'Зимние каникулы', from: `${start}-12-30`, to: `${start + 1}-01-08` },
    { name: 'Весенние каникулы', from: `${start + 1}-03-23`, to: `${start + 1}-03-31` },
    { name: 'Летние каникулы', from: `${start + 1}-06-01`, to: `${start + 1}-08-31` },
  ];
}

/** How likely an event is on a day: working days of term 1, Saturdays and holidays less, summer little. */
function dayWeight(date: string, holidays: { from: string; to: string }[]): number {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || PUBLIC_HOLIDAYS.includes(date.slice(5))) return 0;
  const month = date.slice(5, 7);
  if (month === '07' || month === '08') return weekday === 6 ? 0 : 0.04;
  if (month === '06') return weekday === 6 ? 0 : 0.4;
  const base = weekday === 6 ? 0.15 : 1;
  return holidays.some((h) => date >= h.from && date <= h.to) ? base * 0.25 : base;
}

/** The days of an academic year with their weights, to draw event dates from. */
export class YearDays {
  readonly days: string[] = [];
  private readonly cumulative: number[] = [];
  private readonly byMonth = new Map<string, { days: string[]; cumulative: number[] }>();

  constructor(readonly year: string) {
    const { from, to } = academicYearBounds(year);
    const holidays = schoolHolidays(academicYearStart(year));
    let total = 0;
    for (let day = from; day <= to; day = addDays(day, 1)) {
      const weight = dayWeight(day, holidays);
      if (weight === 0) continue;
      total += weight;
      this.days.push(day);
      this.cumulative.push(total);
      const month = this.byMonth.get(day.slice(0, 7)) ?? { days: [], cumulative: [] };
      month.days.push(day);
      month.cumulative.push((month.cumulative.at(-1) ?? 0) + weight);
      this.byMonth.set(day.slice(0, 7), month);
    }
  }

  /** A day of the year, busy days more often. */
  day(random: Random): string {
    return drawn(random, this.days, this.cumulative);
  }

  /** A day of the month «2026-10» (a day of the year when the month has none). */
  dayIn(random: Random, month: string): string {
    const days = this.byMonth.get(month);
    return days ? drawn(random, days.days, days.cumulative) : this.day(random);
  }

  /** A working day (Monday to Friday, not a holiday) of the month. */
  workingDayIn(random: Random, month: string): string {
    const days = (this.byMonth.get(month)?.days ?? this.days).filter(
      (d) => new Date(`${d}T00:00:00Z`).getUTCDay() !== 6,
    );
    return random.pick(days.length > 0 ? days : this.days);
  }
}

function drawn(random: Random, days: readonly string[], cumulative: readonly number[]): string {
  const target = random.next() * (cumulative.at(-1) ?? 0);
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((cumulative[middle] ?? 0) > target) high = middle;
    else low = middle + 1;
  }
  return days[low] ?? days[0] ?? '';
}

/** The months of an academic year, September to August: «2026-09» … «2027-08». */
export function monthsOf(year: string): string[] {
  const start = academicYearStart(year);
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((8 + i) % 12) + 1;
    return `${month >= 9 ? start : start + 1}-${String(month).padStart(2, '0')}`;
  });
}
