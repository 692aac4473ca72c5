import { academicYearStart } from './academic-year';
import { formatDate } from './dates';
import { VENUE_LABELS, type Participant, type PlanItem } from './plans';

/**
 * How a plan item reads in the printed plan and on the План screen alike: its month, its «Сроки», its
 * participants and its place.
 */

export const MONTH_NAMES = [
  'Январь',
  'Февраль',
  'Март',
  'Апрель',
  'Май',
  'Июнь',
  'Июль',
  'Август',
  'Сентябрь',
  'Октябрь',
  'Ноябрь',
  'Декабрь',
] as const;

/** «2026-10» → «Октябрь 2026». */
export function monthLabel(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? ''} ${month.slice(0, 4)}`;
}

/** The twelve months of an academic year, September to August: «2026-09» … «2027-08». */
export function monthsOfYear(year: string): string[] {
  const start = academicYearStart(year);
  return Array.from({ length: 12 }, (_, i) => {
    const m = ((i + 8) % 12) + 1;
    return `${m >= 9 ? start : start + 1}-${String(m).padStart(2, '0')}`;
  });
}

type Timed = Pick<PlanItem, 'timing' | 'month' | 'dateFrom' | 'dateTo' | 'timeFrom' | 'timeTo'>;

function timeText(item: Timed): string {
  if (!item.timeFrom) return '';
  return item.timeTo && item.timeTo !== item.timeFrom ? `${item.timeFrom}–${item.timeTo}` : item.timeFrom;
}

/**
 * The «Сроки» of an item: «в течение месяца» (or «октябрь 2026» where the month is not the group's), «05.10.2026»,
 * «05.10–09.10.2026» (both years written when the range crosses New Year), «05.10.2026, 10:00».
 */
export function timingText(item: Timed, withMonth = false): string {
  if (item.timing === 'month' || !item.dateFrom) {
    if (!withMonth || !item.month) return 'в течение месяца';
    return `${monthLabel(item.month).toLocaleLowerCase('ru-RU')}, в течение месяца`;
  }
  let days = formatDate(item.dateFrom);
  if (item.timing === 'range' && item.dateTo && item.dateTo !== item.dateFrom) {
    const to = formatDate(item.dateTo);
    days = item.dateFrom.slice(0, 4) === item.dateTo.slice(0, 4) ? `${days.slice(0, 5)}–${to}` : `${days}–${to}`;
  }
  const time = timeText(item);
  return time ? `${days}, ${time}` : days;
}

/** «5А, 5Б; родители; педагоги; НОО»: classes, then parents, teachers and levels. */
export function participantsText(participants: readonly Participant[]): string {
  const of = (kind: Participant['kind']) => participants.filter((p) => p.kind === kind).map((p) => p.value);
  return [
    of('class').join(', '),
    of('parents').length > 0 ? 'родители' : '',
    of('teachers').length > 0 ? 'педагоги' : '',
    of('level').join(', '),
  ]
    .filter(Boolean)
    .join('; ');
}

/** The place, when it is not simply the school: «На площадке партнёра», «Выездное, с родителями: музей». */
export function venueText(item: Pick<PlanItem, 'venue' | 'venueNote'>): string {
  const note = item.venueNote.trim();
  if (item.venue === 'school') return note ? `${VENUE_LABELS.school}: ${note}` : '';
  return note ? `${VENUE_LABELS[item.venue]}: ${note}` : VENUE_LABELS[item.venue];
}
