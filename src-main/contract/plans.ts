import { z } from 'zod';
import { academicYearSchema } from './academic-year';
import { isoDateSchema } from './dates';
import { handEditSchema, handEditWinnerSchema, itemEventsFateSchema } from './plan-calendar';
import { pickFields } from './pick';
import { deletedSchema, emptyInput, idSchema, optionalText, requiredText } from './text';

export const PLAN_TIMINGS = ['month', 'range', 'exact'] as const;
export const planTimingSchema = z.enum(PLAN_TIMINGS, { error: 'Выберите, как указаны сроки' });

export const VENUES = ['school', 'partner', 'outing'] as const;
export const venueSchema = z.enum(VENUES, { error: 'Выберите место проведения из списка' });
export type Venue = z.infer<typeof venueSchema>;
export const VENUE_LABELS: Record<Venue, string> = {
  school: 'В школе',
  partner: 'На площадке партнёра',
  outing: 'Выездное, с родителями',
};

export const LEVELS = ['НОО', 'ООО', 'СОО'] as const;
/** A class as the school writes it: grade 1–11 and a capital letter, «5А». */
export const classNameSchema = z
  .string({ error: 'Ожидается класс' })
  .trim()
  .regex(/^(?:[1-9]|1[01])[А-ЯЁ]$/u, { error: 'Класс пишется как «5А»: номер от 1 до 11 и заглавная буква' });

export const PARTICIPANT_KINDS = ['class', 'level', 'parents', 'teachers'] as const;
export const participantSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('class'), value: classNameSchema }).strict(),
  z.object({ kind: z.literal('level'), value: z.enum(LEVELS, { error: 'Уровень: НОО, ООО или СОО' }) }).strict(),
  z.object({ kind: z.literal('parents'), value: z.literal('') }).strict(),
  z.object({ kind: z.literal('teachers'), value: z.literal('') }).strict(),
]);
export type Participant = z.infer<typeof participantSchema>;

const timeSchema = z
  .string({ error: 'Ожидается время' })
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: 'Время в виде ЧЧ:ММ' })
  .nullable();
const monthSchema = z
  .string({ error: 'Ожидается месяц' })
  .regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, { error: 'Месяц в виде ГГГГ-ММ' })
  .nullable();

export const planItemFieldsObject = z
  .object({
    title: requiredText(500, 'Назовите мероприятие'),
    form: optionalText(500),
    partnerIds: z.array(idSchema).max(30, { error: 'Не более 30 партнёров' }),
    timing: planTimingSchema,
    /** For `month`: «2026-10». */
    month: monthSchema,
    dateFrom: isoDateSchema.nullable(),
    dateTo: isoDateSchema.nullable(),
    timeFrom: timeSchema,
    timeTo: timeSchema,
    participants: z.array(participantSchema).max(80, { error: 'Не более 80 участников' }),
    venue: venueSchema,
    venueNote: optionalText(300),
    responsibleSchool: optionalText(300),
    responsiblePartner: optionalText(300),
    taskIds: z.array(idSchema).max(50),
    directionId: idSchema.nullable(),
    notes: optionalText(5000),
  })
  .strict();

export const planItemFieldsSchema = planItemFieldsObject
  .refine((f) => f.timing !== 'month' || f.month !== null, { path: ['month'], error: 'Укажите месяц' })
  .refine((f) => f.timing === 'month' || f.dateFrom !== null, { path: ['dateFrom'], error: 'Укажите дату' })
  .refine((f) => f.timing !== 'range' || f.dateTo !== null, { path: ['dateTo'], error: 'Укажите дату окончания' })
  .refine((f) => !f.dateFrom || !f.dateTo || f.dateTo >= f.dateFrom, {
    path: ['dateTo'],
    error: 'Дата окончания раньше даты начала',
  })
  .refine((f) => !f.timeFrom || !f.timeTo || f.timeTo >= f.timeFrom, {
    path: ['timeTo'],
    error: 'Время окончания раньше времени начала',
  });
export type PlanItemFields = z.infer<typeof planItemFieldsSchema>;

/** An item's timing when it is planned for some time in a month, with no dates or times. */
export function monthTiming(
  month: string,
): Pick<PlanItemFields, 'timing' | 'month' | 'dateFrom' | 'dateTo' | 'timeFrom' | 'timeTo'> {
  return { timing: 'month', month, dateFrom: null, dateTo: null, timeFrom: null, timeTo: null };
}

/** A new item: planned for a month of the year, at school, with nothing typed yet. */
export function blankPlanItemFields(month: string, partnerIds: number[] = []): PlanItemFields {
  return {
    title: '',
    form: '',
    partnerIds,
    ...monthTiming(month),
    participants: [],
    venue: 'school',
    venueNote: '',
    responsibleSchool: '',
    responsiblePartner: '',
    taskIds: [],
    directionId: null,
    notes: '',
  };
}

/** What the office edits of a plan item, taken from the item as the plan shows it. */
export function planItemFieldsOf(item: PlanItemFields): PlanItemFields {
  return pickFields(planItemFieldsObject, item);
}

export const planItemSchema = planItemFieldsObject.extend({
  id: idSchema,
  partnerNames: z.array(z.string()),
  directionName: z.string().nullable(),
  /** Month the item belongs to in the plan («2026-10»), from its timing. */
  planMonth: z.string(),
  eventsCount: z.number().int().min(0),
  heldCount: z.number().int().min(0),
  /** Events of the item not yet held (planned, moved or cancelled): what deleting it asks about. */
  unheldCount: z.number().int().min(0),
});
export type PlanItem = z.infer<typeof planItemSchema>;

export const planApprovalSchema = z
  .object({
    approverPosition: optionalText(200),
    approverName: optionalText(200),
    approvalOrderNumber: optionalText(50),
    approvalOrderDate: isoDateSchema.nullable(),
    agreed: z.boolean(),
    agreedBy: optionalText(300),
    agreedProtocolNumber: optionalText(50),
    agreedProtocolDate: isoDateSchema.nullable(),
  })
  .strict();
export type PlanApproval = z.infer<typeof planApprovalSchema>;

export const planSchema = z.object({
  year: z.string(),
  exists: z.boolean(),
  approval: planApprovalSchema,
  items: z.array(planItemSchema),
});
export type Plan = z.infer<typeof planSchema>;

export const directionSchema = z.object({ id: idSchema, name: z.string() });

/** How the printed and exported plan is grouped: by month (September to August) or by partner. */
export const PLAN_GROUPINGS = ['month', 'partner'] as const;
export const planGroupingSchema = z.enum(PLAN_GROUPINGS, {
  error: 'Выберите группировку: по месяцам или по партнёрам',
});
export type PlanGrouping = z.infer<typeof planGroupingSchema>;

const yearInput = z.object({ year: academicYearSchema }).strict();

export const plansChannels = {
  'plans:years': {
    input: emptyInput,
    output: z.array(z.object({ year: z.string(), itemsCount: z.number().int().min(0) })),
  },
  'plans:get': { input: yearInput, output: planSchema },
  /** A new year's plan: empty, or a copy of another year's items moved to the same week and weekday. */
  'plans:create': {
    input: z.object({ year: academicYearSchema, copyFrom: academicYearSchema.nullable() }).strict(),
    output: planSchema,
  },
  'plans:saveApproval': {
    input: z.object({ year: academicYearSchema, approval: planApprovalSchema }).strict(),
    output: planSchema,
  },
  'planItems:create': {
    input: z.object({ year: academicYearSchema, fields: planItemFieldsSchema }).strict(),
    output: planItemSchema,
  },
  /**
   * Saves an item, and its events not yet held follow it (day and time, place, classes, partners, title). Where an
   * event was changed on the calendar by hand and the change would overwrite it, nothing is saved unless
   * `handEdits` says which wins: the answer lists those events (`saved: false`).
   */
  'planItems:update': {
    input: z
      .object({ id: idSchema, fields: planItemFieldsSchema, handEdits: handEditWinnerSchema.optional() })
      .strict(),
    output: z.discriminatedUnion('saved', [
      z.object({ saved: z.literal(true), item: planItemSchema }),
      z.object({ saved: z.literal(false), handEdited: z.array(handEditSchema) }),
    ]),
  },
  /** Deletes an item; its events not yet held are deleted, or all its events stay (the default) outside the plan. */
  'planItems:delete': {
    input: z.object({ id: idSchema, events: itemEventsFateSchema.optional() }).strict(),
    output: deletedSchema,
  },
  /** Главная: the items of this month's plan that have only a month and nothing on the calendar yet. */
  'plans:monthTasks': { input: emptyInput, output: z.array(planItemSchema) },
  /** The plan as an Excel table, saved where the user chooses; `path` is null when the user cancelled. */
  'plans:exportXlsx': {
    input: z.object({ year: academicYearSchema, groupBy: planGroupingSchema }).strict(),
    output: z.object({ path: z.string().nullable() }).strict(),
  },
  'directions:list': { input: emptyInput, output: z.array(directionSchema) },
  'directions:add': {
    input: z.object({ name: requiredText(200, 'Укажите направление воспитания') }).strict(),
    output: directionSchema,
  },
} as const;
