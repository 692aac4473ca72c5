import { z } from 'zod';
import { attachmentSchema } from './agreements';
import { isoDateSchema, isRealDate } from './dates';
import { classNameSchema } from './plans';
import { boundedInt, deletedSchema, idInputSchema, idSchema, optionalText, requiredText } from './text';

export const EVENT_STATUSES = ['planned', 'held', 'moved', 'cancelled'] as const;
export const eventStatusSchema = z.enum(EVENT_STATUSES, { error: 'Выберите состояние из списка' });
export type EventStatus = z.infer<typeof eventStatusSchema>;
export const EVENT_STATUS_LABELS: Record<EventStatus, string> = {
  planned: 'Запланировано',
  held: 'Проведено',
  moved: 'Перенесено',
  cancelled: 'Отменено',
};

export const ACHIEVEMENT_LEVELS = ['school', 'municipal', 'regional', 'national', 'international'] as const;
export type AchievementLevel = (typeof ACHIEVEMENT_LEVELS)[number];
export const ACHIEVEMENT_LEVEL_LABELS: Record<AchievementLevel, string> = {
  school: 'Школьный',
  municipal: 'Муниципальный',
  regional: 'Региональный',
  national: 'Всероссийский',
  international: 'Международный',
};
export const ACHIEVEMENT_RESULTS = ['winner', 'prizewinner', 'participant'] as const;
export type AchievementResult = (typeof ACHIEVEMENT_RESULTS)[number];
export const ACHIEVEMENT_RESULT_LABELS: Record<AchievementResult, string> = {
  winner: 'Победитель',
  prizewinner: 'Призёр',
  participant: 'Участник',
};

/** Wall-clock time of the school: «2026-10-05T10:00», or a date «2026-10-05» for an all-day event. */
export const localDateTimeSchema = z
  .string({ error: 'Ожидается дата' })
  .regex(/^\d{4}-\d{2}-\d{2}(?:T(?:[01]\d|2[0-3]):[0-5]\d)?$/, {
    error: 'Дата в виде ГГГГ-ММ-ДД, со временем — ГГГГ-ММ-ДД ЧЧ:ММ',
  })
  .refine((s) => isRealDate(s.slice(0, 10)) && s >= '1990' && s <= '2201', { error: 'Такой даты нет' });

export const eventFieldsObject = z
  .object({
    title: requiredText(500, 'Назовите мероприятие'),
    start: localDateTimeSchema,
    end: localDateTimeSchema,
    allDay: z.boolean(),
    venue: optionalText(300),
    partnerIds: z.array(idSchema).max(30, { error: 'Не более 30 партнёров' }),
    classes: z.array(classNameSchema).max(60, { error: 'Не более 60 классов' }),
    planItemId: idSchema.nullable(),
    /** An iCalendar RRULE («FREQ=WEEKLY;BYDAY=TU;UNTIL=20270531»), or null for a single event. */
    rrule: optionalText(500).nullable(),
    notes: optionalText(5000),
  })
  .strict();

export const eventFieldsSchema = eventFieldsObject
  .refine((e) => e.end >= e.start, { path: ['end'], error: 'Окончание раньше начала' })
  .refine((e) => e.allDay === (e.start.length === 10) && e.allDay === (e.end.length === 10), {
    path: ['start'],
    error: 'У мероприятия на весь день нет времени, у остальных — есть',
  });
export type EventFields = z.infer<typeof eventFieldsSchema>;

/** One occurrence on the calendar: a single event, or one date of a series (with its own edits, if any). */
export const occurrenceSchema = z.object({
  /** Unique on the calendar: «12» for a single event, «12@2026-10-06T15:00» for an occurrence of series 12. */
  key: z.string(),
  eventId: idSchema,
  /** The series an occurrence belongs to; null for a single event. */
  seriesId: idSchema.nullable(),
  /** The start the rule gives this occurrence (its RECURRENCE-ID); null for a single event. */
  occurrenceStart: z.string().nullable(),
  title: z.string(),
  start: z.string(),
  end: z.string(),
  allDay: z.boolean(),
  status: eventStatusSchema,
  venue: z.string(),
  classes: z.array(z.string()),
  partnerIds: z.array(idSchema),
  partnerNames: z.array(z.string()),
  /** The category of the first partner, for colouring by category. */
  category: z.string().nullable(),
  planItemId: idSchema.nullable(),
});
export type Occurrence = z.infer<typeof occurrenceSchema>;

export const outcomeSchema = z
  .object({
    parents: boundedInt(0, 100_000),
    teachers: boundedInt(0, 10_000),
    summary: optionalText(20_000),
    classes: z
      .array(z.object({ className: classNameSchema, pupils: boundedInt(0, 200) }).strict())
      .max(60, { error: 'Не более 60 классов' }),
  })
  .strict();
export type Outcome = z.infer<typeof outcomeSchema>;

export const achievementFieldsSchema = z
  .object({
    contest: requiredText(500, 'Назовите конкурс'),
    level: z.enum(ACHIEVEMENT_LEVELS, { error: 'Выберите уровень из списка' }),
    result: z.enum(ACHIEVEMENT_RESULTS, { error: 'Выберите результат из списка' }),
    pupil: optionalText(200),
    className: z.union([classNameSchema, z.literal('')]),
  })
  .strict();
export type AchievementFields = z.infer<typeof achievementFieldsSchema>;

export const eventHistoryEntrySchema = z.object({
  changedAt: z.string(),
  kind: z.enum(['created', 'moved', 'status', 'edited']),
  fromStart: z.string().nullable(),
  toStart: z.string().nullable(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  note: z.string(),
});

/** The plan item an event was made from: its plan's year and who is responsible for it. */
export const eventPlanSchema = z.object({
  itemId: idSchema,
  year: z.string(),
  responsibleSchool: z.string(),
  responsiblePartner: z.string(),
  /** Whether the event is the item's day on the calendar, moved when the item's day or time changes. */
  followsPlan: z.boolean(),
});
export type EventPlan = z.infer<typeof eventPlanSchema>;

/** An occurrence of a series that falls into school holidays (Настройки → каникулы). */
export const holidayClashSchema = z.object({ start: z.string(), holiday: z.string() });
export type HolidayClash = z.infer<typeof holidayClashSchema>;

export const eventDetailSchema = eventFieldsObject.extend({
  id: idSchema,
  status: eventStatusSchema,
  cancelReason: z.string(),
  seriesId: idSchema.nullable(),
  originalStart: z.string().nullable(),
  partnerNames: z.array(z.string()),
  history: z.array(eventHistoryEntrySchema),
  outcome: outcomeSchema.nullable(),
  achievements: z.array(achievementFieldsSchema.extend({ id: idSchema })),
  photos: z.array(attachmentSchema),
  /** The plan item the event belongs to; null for an event outside the plan («вне плана»). */
  plan: eventPlanSchema.nullable(),
  /** For a series: its occurrences still in it that fall into the school holidays. */
  holidayClashes: z.array(holidayClashSchema),
});
export type EventDetail = z.infer<typeof eventDetailSchema>;

export const conflictSchema = z.object({
  eventId: idSchema,
  title: z.string(),
  start: z.string(),
  end: z.string(),
  reason: z.enum(['class', 'venue']),
  /** The class or the venue booked twice. */
  what: z.string(),
});
export type Conflict = z.infer<typeof conflictSchema>;

/** Which occurrence of a series an action is about; absent for a single event or the whole series. */
const occurrence = { occurrenceStart: localDateTimeSchema.optional() };
const rangeFilter = {
  from: isoDateSchema,
  to: isoDateSchema,
  partnerIds: z.array(idSchema).max(1000).optional(),
  statuses: z.array(eventStatusSchema).max(4).optional(),
};

export const eventsChannels = {
  'events:range': { input: z.object(rangeFilter).strict(), output: z.array(occurrenceSchema) },
  'events:get': { input: idInputSchema, output: eventDetailSchema },
  'events:create': { input: eventFieldsSchema, output: eventDetailSchema },
  /** `scope: 'one'` edits one occurrence of a series apart from the rest; `'series'` edits the series. */
  'events:update': {
    input: z
      .object({ id: idSchema, fields: eventFieldsSchema, scope: z.enum(['one', 'series']), ...occurrence })
      .strict(),
    output: eventDetailSchema,
  },
  /** Drag and drop: a new start and end; answers with a token that undoes the move. */
  'events:move': {
    input: z.object({ id: idSchema, start: localDateTimeSchema, end: localDateTimeSchema, ...occurrence }).strict(),
    output: z.object({ event: eventDetailSchema, undoToken: idSchema }),
  },
  'events:undo': { input: z.object({ undoToken: idSchema }).strict(), output: z.object({ undone: z.literal(true) }) },
  /** Held, cancelled (with a reason) or back to planned. */
  'events:setStatus': {
    input: z
      .object({
        id: idSchema,
        status: z.enum(['planned', 'held', 'cancelled']),
        reason: optionalText(1000),
        ...occurrence,
      })
      .strict(),
    output: eventDetailSchema,
  },
  /** Moved to a new date: the status becomes «перенесено» and the old date stays in the history. */
  'events:reschedule': {
    input: z
      .object({
        id: idSchema,
        start: localDateTimeSchema,
        end: localDateTimeSchema,
        note: optionalText(1000),
        ...occurrence,
      })
      .strict(),
    output: eventDetailSchema,
  },
  'events:delete': {
    input: z.object({ id: idSchema, scope: z.enum(['one', 'series']), ...occurrence }).strict(),
    output: deletedSchema,
  },
  'events:conflicts': {
    input: z
      .object({
        start: localDateTimeSchema,
        end: localDateTimeSchema,
        classes: z.array(classNameSchema).max(60),
        venue: optionalText(300),
        excludeId: idSchema.optional(),
      })
      .strict(),
    output: z.array(conflictSchema),
  },
  'events:saveOutcome': {
    input: z
      .object({
        id: idSchema,
        outcome: outcomeSchema,
        achievements: z.array(achievementFieldsSchema).max(200, { error: 'Не более 200 достижений' }),
      })
      .strict(),
    output: eventDetailSchema,
  },
  'events:attachPhoto': {
    input: z
      .object({
        id: idSchema,
        fileName: requiredText(255, 'Нет имени файла'),
        content: z.string().max(28_000_000, { error: 'Файл больше 20 МБ' }),
      })
      .strict(),
    output: eventDetailSchema,
  },
  'events:openPhoto': { input: idInputSchema, output: z.object({ opened: z.boolean() }) },
  'events:removePhoto': { input: idInputSchema, output: eventDetailSchema },
  /** Events of a plan item: one event, or a series when `rrule` is given. */
  'planItems:generateEvents': {
    input: z
      .object({
        id: idSchema,
        start: localDateTimeSchema,
        end: localDateTimeSchema,
        allDay: z.boolean(),
        rrule: optionalText(500).nullable(),
      })
      .strict(),
    output: eventDetailSchema,
  },
  /** Leaves out of a series its occurrences that fall into the school holidays (as deleted ones, EXDATE). */
  'events:skipHolidays': { input: idInputSchema, output: eventDetailSchema },
  'events:exportIcs': { input: z.object(rangeFilter).strict(), output: z.object({ path: z.string().nullable() }) },
  /** The events of the period with their outcomes, in Excel; `path` is null when the user cancelled. */
  'events:exportXlsx': { input: z.object(rangeFilter).strict(), output: z.object({ path: z.string().nullable() }) },
  /**
   * Главная: this week's occurrences, and the latest `overdueShown` past ones not yet marked (of `overdueTotal`):
   * years of unmarked events are counted, not all drawn at once.
   */
  'home:week': {
    input: z.object({ overdueShown: boundedInt(1, 100_000).optional() }).strict(),
    output: z.object({
      thisWeek: z.array(occurrenceSchema),
      overdue: z.array(occurrenceSchema),
      overdueTotal: z.number().int().nonnegative(),
    }),
  },
} as const;
