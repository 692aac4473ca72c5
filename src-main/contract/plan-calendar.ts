import { z } from 'zod';
import { idSchema } from './text';
import type { PlanItemFields } from './plans';

/**
 * How a plan item with a day stands on the calendar. An exact day with a time is a timed event, an hour long when
 * the plan gives no end (never past 23:59); an exact day without a time, or a range of days, is an all-day event
 * over those days. An item with only a month has no day on the calendar: it is a task of its month.
 */
export interface PlanItemTiming {
  start: string;
  end: string;
  allDay: boolean;
}

/** «10:00» → «11:00»; «23:30» → «23:59». */
export function hourLater(time: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const minutes = Math.min(h * 60 + m + 60, 23 * 60 + 59);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function planItemTiming(
  item: Pick<PlanItemFields, 'timing' | 'dateFrom' | 'dateTo' | 'timeFrom' | 'timeTo'>,
): PlanItemTiming | null {
  if (item.timing === 'month' || item.dateFrom === null) return null;
  if (item.timing === 'exact' && item.timeFrom) {
    const day = item.dateFrom;
    return {
      start: `${day}T${item.timeFrom}`,
      end: `${day}T${item.timeTo ?? hourLater(item.timeFrom)}`,
      allDay: false,
    };
  }
  const last = item.timing === 'range' ? (item.dateTo ?? item.dateFrom) : item.dateFrom;
  return { start: item.dateFrom, end: last, allDay: true };
}

/** One field of an event that was changed on the calendar by hand, and what the plan would now make it. */
export const handEditChangeSchema = z.object({
  /** «Дата и время», «Место», «Классы», «Партнёры», «Название». */
  label: z.string(),
  calendar: z.string(),
  plan: z.string(),
});

/** An event of a plan item whose field, changed on the calendar by hand, the plan's change would overwrite. */
export const handEditSchema = z.object({
  eventId: idSchema,
  title: z.string(),
  /** When the event is now, as the calendar shows it: «15.09.2026, 10:00–11:00». */
  when: z.string(),
  changes: z.array(handEditChangeSchema),
});
export type HandEdit = z.infer<typeof handEditSchema>;

/** Which wins where an event was changed on the calendar by hand: the plan's new value, or the calendar's. */
export const handEditWinnerSchema = z.enum(['plan', 'calendar'], { error: 'Выберите, что оставить' });
export type HandEditWinner = z.infer<typeof handEditWinnerSchema>;

/** What becomes of a deleted item's events: those not held are deleted, or all stay as events outside the plan. */
export const itemEventsFateSchema = z.enum(['delete', 'keep'], { error: 'Выберите, что сделать с мероприятиями' });
export type ItemEventsFate = z.infer<typeof itemEventsFateSchema>;
