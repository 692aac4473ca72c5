import { z } from 'zod';
import { isoDateSchema } from './dates';
import { pickFields } from './pick';
import { planApprovalSchema } from './plans';
import { boundedInt, deletedSchema, emptyInput, idInputSchema, idSchema, optionalText, requiredText } from './text';

/** Where an item comes from: the school's budget, a partner, a sponsor, or another source. */
export const ACQUISITION_SOURCES = ['budget', 'partner', 'sponsor', 'other'] as const;
export const acquisitionSourceSchema = z.enum(ACQUISITION_SOURCES, { error: 'Выберите источник из списка' });
export type AcquisitionSource = z.infer<typeof acquisitionSourceSchema>;
export const ACQUISITION_SOURCE_LABELS: Record<AcquisitionSource, string> = {
  budget: 'Бюджет',
  partner: 'Партнёр',
  sponsor: 'Спонсор',
  other: 'Иной источник',
};

export const ACQUISITION_STATUSES = ['planned', 'acquired', 'cancelled'] as const;
export const acquisitionStatusSchema = z.enum(ACQUISITION_STATUSES, { error: 'Выберите статус из списка' });
export type AcquisitionStatus = z.infer<typeof acquisitionStatusSchema>;
export const ACQUISITION_STATUS_LABELS: Record<AcquisitionStatus, string> = {
  planned: 'Запланировано',
  acquired: 'Приобретено',
  cancelled: 'Отменено',
};

/** Categories offered to every school, before those it has typed itself. */
export const DEFAULT_ACQUISITION_CATEGORIES = [
  'Игровое оборудование',
  'Учебные пособия',
  'Методическая литература',
  'Художественная литература',
  'Спортивный инвентарь',
  'Мультимедийное оборудование',
] as const;

export const QUARTER_NUMERALS = ['I', 'II', 'III', 'IV'] as const;

/** The plan's years are calendar years; the store takes 2000 to 2100. */
export const MIN_PLAN_YEAR = 2000;
export const MAX_PLAN_YEAR = 2100;
/** One printed plan covers at most this many calendar years. */
export const MAX_PLAN_SPAN_YEARS = 10;
/** A billion rubles, in kopecks: far above any school purchase, and sums of thousands of them stay exact integers. */
export const MAX_COST_KOPECKS = 100_000_000_000;

export const planYearSchema = z
  .number({ error: 'Укажите год' })
  .int({ error: 'Год — целое число' })
  .min(MIN_PLAN_YEAR, { error: `Год — не раньше ${MIN_PLAN_YEAR}` })
  .max(MAX_PLAN_YEAR, { error: `Год — не позже ${MAX_PLAN_YEAR}` });

export const acquisitionFieldsObject = z
  .object({
    name: requiredText(500, 'Укажите наименование'),
    category: optionalText(200),
    quantity: z
      .number({ error: 'Укажите количество' })
      .int({ error: 'Количество — целое число' })
      .min(1, { error: 'Количество — не меньше 1' })
      .max(100_000, { error: 'Количество — не больше 100 000' }),
    unit: requiredText(20, 'Укажите единицу измерения'),
    plannedYear: planYearSchema,
    plannedQuarter: boundedInt(1, 4).nullable(),
    source: acquisitionSourceSchema,
    /** Only for the source `partner`. */
    partnerId: idSchema.nullable(),
    /** For a sponsor or another source: who or what («ИП Смирнов А.В.», «грант»). */
    sourceNote: optionalText(300),
    costKopecks: z
      .number({ error: 'Введите сумму' })
      .int({ error: 'Сумма — в копейках, целым числом' })
      .min(0, { error: 'Сумма не может быть отрицательной' })
      .max(MAX_COST_KOPECKS, { error: 'Сумма слишком велика' })
      .nullable(),
    notes: optionalText(2000),
  })
  .strict();

export const acquisitionFieldsSchema = acquisitionFieldsObject.refine(
  (f) => f.source !== 'partner' || f.partnerId !== null,
  { path: ['partnerId'], error: 'Выберите партнёра' },
);
export type AcquisitionFields = z.infer<typeof acquisitionFieldsSchema>;

/** A new item: one piece, bought from the budget in the given year, nothing typed yet. */
export function blankAcquisitionFields(plannedYear: number): AcquisitionFields {
  return {
    name: '',
    category: '',
    quantity: 1,
    unit: 'шт.',
    plannedYear,
    plannedQuarter: null,
    source: 'budget',
    partnerId: null,
    sourceNote: '',
    costKopecks: null,
    notes: '',
  };
}

export const acquisitionSchema = acquisitionFieldsObject.extend({
  id: idSchema,
  /** The partner's short name, or its full name when it has none. */
  partnerName: z.string().nullable(),
  status: acquisitionStatusSchema,
  acquiredOn: z.string().nullable(),
});
export type Acquisition = z.infer<typeof acquisitionSchema>;

/** What the office edits of an item, taken from the item as the list shows it. */
export function acquisitionFieldsOf(item: Acquisition): AcquisitionFields {
  return pickFields(acquisitionFieldsObject, item);
}

/** The plan's «УТВЕРЖДАЮ»: who approves it and by which order (the plan's own fields, without «СОГЛАСОВАНО»). */
export const acquisitionApprovalSchema = planApprovalSchema
  .pick({ approverPosition: true, approverName: true, approvalOrderNumber: true, approvalOrderDate: true })
  .strict();
export type AcquisitionApproval = z.infer<typeof acquisitionApprovalSchema>;

export const acquisitionFilterSchema = z
  .object({
    fromYear: planYearSchema.nullable(),
    toYear: planYearSchema.nullable(),
    status: acquisitionStatusSchema.nullable(),
    source: acquisitionSourceSchema.nullable(),
  })
  .strict()
  .refine((f) => f.fromYear === null || f.toYear === null || f.fromYear <= f.toYear, {
    path: ['toYear'],
    error: 'Год «по» раньше года «с»',
  });
export type AcquisitionFilter = z.infer<typeof acquisitionFilterSchema>;
export const NO_ACQUISITION_FILTER: AcquisitionFilter = { fromYear: null, toYear: null, status: null, source: null };

/** The calendar years a printed or exported plan covers: from ≤ to, at most ten years. */
export const planYearsObject = z.object({ fromYear: planYearSchema, toYear: planYearSchema }).strict();
export function withPlanYearsChecks<T extends z.ZodType<{ fromYear: number; toYear: number }>>(schema: T) {
  return schema
    .refine((r) => r.fromYear <= r.toYear, { path: ['toYear'], error: 'Год окончания раньше года начала' })
    .refine((r) => r.toYear - r.fromYear < MAX_PLAN_SPAN_YEARS, {
      path: ['toYear'],
      error: `План охватывает не более ${MAX_PLAN_SPAN_YEARS} лет`,
    });
}
export const planYearsSchema = withPlanYearsChecks(planYearsObject);
export type PlanYears = z.infer<typeof planYearsSchema>;

/** The request of the printed plan, a member of the documents' union. */
export const acquisitionPlanRequestSchema = withPlanYearsChecks(
  planYearsObject.extend({ kind: z.literal('acquisitionPlan') }).strict(),
);

// ——— money: kopecks are integers, so sums are exact ———

/** «12 500,00»: rubles with a non-breaking space between thousands and two kopeck digits after a comma. */
export function formatRubles(kopecks: number): string {
  const sign = kopecks < 0 ? '-' : '';
  const abs = Math.abs(kopecks);
  const rubles = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '\u00A0');
  return `${sign}${rubles},${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Kopecks from rubles as the office types them: «12 500,00», «12500», «12500.5», «12 500 руб.». Null for an empty
 * text; undefined for anything that is not a sum of money (letters, a third decimal, a minus).
 */
export function parseRubles(text: string): number | null | undefined {
  const compact = text
    .replace(/[\s\u00A0\u202F]/g, '')
    .replace(/(?:₽|руб\.?|р\.?)$/iu, '')
    .trim();
  if (compact === '') return null;
  const match = /^(\d{1,12})(?:[.,](\d{0,2}))?$/.exec(compact);
  if (!match) return undefined;
  const kopecks = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return kopecks <= MAX_COST_KOPECKS ? kopecks : undefined;
}

/** Cancelled items are not bought: they count in no total. */
export function countsInTotal(item: Pick<Acquisition, 'status'>): boolean {
  return item.status !== 'cancelled';
}

/** The sum of the items' costs in kopecks, an exact integer; items without a cost and cancelled ones add nothing. */
export function totalKopecks(items: readonly Pick<Acquisition, 'status' | 'costKopecks'>[]): number {
  return items.reduce((sum, item) => (countsInTotal(item) ? sum + (item.costKopecks ?? 0) : sum), 0);
}

/** «I кв. 2027 г.», «2027 г.», with non-breaking spaces so that a narrow column breaks only between the two. */
export function termText(item: Pick<Acquisition, 'plannedYear' | 'plannedQuarter'>): string {
  const quarter = item.plannedQuarter === null ? '' : `${QUARTER_NUMERALS[item.plannedQuarter - 1] ?? ''}\u00A0кв. `;
  return `${quarter}${item.plannedYear}\u00A0г.`;
}

/** «Бюджет», «Партнёр: ГИБДД», «Спонсор: ИП Смирнов А.В.», «грант фонда» (another source is named by its note). */
export function sourceText(item: Pick<Acquisition, 'source' | 'partnerName' | 'sourceNote'>): string {
  const note = item.sourceNote.trim();
  switch (item.source) {
    case 'budget':
      return ACQUISITION_SOURCE_LABELS.budget;
    case 'partner':
      return `${ACQUISITION_SOURCE_LABELS.partner}: ${item.partnerName ?? '—'}`;
    case 'sponsor':
      return note ? `${ACQUISITION_SOURCE_LABELS.sponsor}: ${note}` : ACQUISITION_SOURCE_LABELS.sponsor;
    case 'other':
      return note || ACQUISITION_SOURCE_LABELS.other;
  }
}

/** «2026–2030 годы», «2027 год». */
export function planYearsText({ fromYear, toYear }: PlanYears): string {
  return fromYear === toYear ? `${fromYear} год` : `${fromYear}–${toYear} годы`;
}

/** Channels of the perspective plan of acquisitions. */
export const acquisitionsChannels = {
  /** Items of the plan, by year, quarter, category and name. */
  'acquisitions:list': { input: acquisitionFilterSchema, output: z.array(acquisitionSchema) },
  'acquisitions:create': {
    input: z.object({ fields: acquisitionFieldsSchema }).strict(),
    output: acquisitionSchema,
  },
  'acquisitions:update': {
    input: z.object({ id: idSchema, fields: acquisitionFieldsSchema }).strict(),
    output: acquisitionSchema,
  },
  'acquisitions:delete': { input: idInputSchema, output: deletedSchema },
  /** The item was bought (or received) on that day; a day after today is refused. */
  'acquisitions:markAcquired': {
    input: z.object({ id: idSchema, acquiredOn: isoDateSchema }).strict(),
    output: acquisitionSchema,
  },
  'acquisitions:cancel': { input: idInputSchema, output: acquisitionSchema },
  /** Back to planned, from acquired or cancelled. */
  'acquisitions:restore': { input: idInputSchema, output: acquisitionSchema },
  /** The categories to offer: the defaults, then those the school has typed. */
  'acquisitions:categories': { input: emptyInput, output: z.array(z.string()) },
  'acquisitions:getApproval': { input: emptyInput, output: acquisitionApprovalSchema },
  'acquisitions:saveApproval': { input: acquisitionApprovalSchema, output: acquisitionApprovalSchema },
  /** The plan's rows as an Excel table, saved where the user chooses; `path` is null when the user cancelled. */
  'acquisitions:exportXlsx': { input: planYearsSchema, output: z.object({ path: z.string().nullable() }).strict() },
} as const;
