import { z } from 'zod';
import { academicYearSchema } from './academic-year';
import { isoDateSchema } from './dates';
import { ACHIEVEMENT_LEVELS, ACHIEVEMENT_RESULTS } from './events';
import { LEVELS } from './plans';
import { emptyInput, idSchema, optionalText } from './text';

/** The indicators of the stage-4 review (see the domain guide), each «m / N» with m and N defined. */
export const INDICATORS = [
  'planFulfilment',
  'pupilCoverage',
  'parentCoverage',
  'partnerActivity',
  'satisfaction',
  'clubCoverage',
  'staffDevelopment',
  'achievementWinners',
  'resourcesOnTime',
] as const;
export const indicatorKeySchema = z.enum(INDICATORS, { error: 'Неизвестный показатель' });
export type IndicatorKey = z.infer<typeof indicatorKeySchema>;

export const INDICATOR_TITLES: Record<IndicatorKey, string> = {
  planFulfilment: 'Выполнение плана',
  pupilCoverage: 'Охват обучающихся',
  parentCoverage: 'Охват родителей',
  partnerActivity: 'Активность партнёров',
  satisfaction: 'Удовлетворённость родителей',
  clubCoverage: 'Охват дополнительным образованием',
  staffDevelopment: 'Повышение квалификации через партнёров',
  achievementWinners: 'Победители и призёры',
  resourcesOnTime: 'Ресурсы возвращены в срок',
};

/** What m and N count, said once for the screen, the report and the tests. */
export const INDICATOR_FORMULAS: Record<IndicatorKey, string> = {
  planFulfilment:
    'проведённые запланированные мероприятия / запланированные (из пунктов плана, включая отменённые, и пункты плана без мероприятий; серия по одному пункту — одно мероприятие, проведённое, если проведено хотя бы одно занятие; мероприятия вне плана не учитываются)',
  pupilCoverage:
    'численность классов, участвовавших хотя бы в одном проведённом мероприятии / численность всех классов',
  parentCoverage: 'родители на проведённых мероприятиях (сумма, не более числа семей) / число семей учебного года',
  partnerActivity: 'партнёры с проведённым мероприятием / партнёры с договором, действовавшим в учебном году',
  satisfaction: 'индекс 0–1: сумма баллов ответов / число ответов (да — 1, частично — 0,5, нет — 0)',
  clubCoverage: 'обучающиеся в кружках партнёров (по классам, не более численности класса) / численность классов',
  staffDevelopment:
    'педагоги, повысившие квалификацию через партнёров / все педагоги школы в учебном году (указанные для года, не только из списка)',
  achievementWinners: 'победители и призёры / все участники конкурсов',
  resourcesOnTime: 'возвращено в срок / возвратов со сроком в учебном году',
};

/** A percent shows as «42 из 57 = 73,7 %»; the satisfaction index as «0,78 (высокий)». */
export type IndicatorKind = 'percent' | 'index';
export const INDICATOR_KINDS: Record<IndicatorKey, IndicatorKind> = {
  planFulfilment: 'percent',
  pupilCoverage: 'percent',
  parentCoverage: 'percent',
  partnerActivity: 'percent',
  satisfaction: 'index',
  clubCoverage: 'percent',
  staffDevelopment: 'percent',
  achievementWinners: 'percent',
  resourcesOnTime: 'percent',
};

export const indicatorSchema = z
  .object({
    key: indicatorKeySchema,
    /** The numerator: held events, covered pupils …; for the index, the sum of the answers' scores. */
    m: z.number().nullable(),
    /** The denominator; null (with `noData`) where its source does not exist. */
    n: z.number().nullable(),
    /** Percent 0–100, or the index 0–1; null when N is 0 or the data does not exist («нет данных»). */
    value: z.number().nullable(),
    /** Why there is no value, in Russian, when there is none. */
    noData: z.string().nullable(),
  })
  .strict();
export type Indicator = z.infer<typeof indicatorSchema>;

export const levelSchema = z.enum(LEVELS);
export const achievementCountsSchema = z
  .object({
    level: z.enum(ACHIEVEMENT_LEVELS),
    result: z.enum(ACHIEVEMENT_RESULTS),
    count: z.number().int(),
  })
  .strict();
export type AchievementCount = z.infer<typeof achievementCountsSchema>;

export const RATINGS = ['high', 'medium', 'low'] as const;
export const ratingSchema = z.enum(RATINGS, { error: 'Выберите оценку: высокая, средняя или низкая' });
export type Rating = z.infer<typeof ratingSchema>;
export const RATING_LABELS: Record<Rating, string> = { high: 'высокая', medium: 'средняя', low: 'низкая' };

export const DECISIONS = ['continue', 'expand', 'revise', 'end'] as const;
export const decisionSchema = z.enum(DECISIONS, { error: 'Выберите решение из списка' });
export type Decision = z.infer<typeof decisionSchema>;
export const DECISION_LABELS: Record<Decision, string> = {
  continue: 'продолжить',
  expand: 'расширить',
  revise: 'пересмотреть формы',
  end: 'прекратить',
};

export const partnerDecisionSchema = z
  .object({
    rating: ratingSchema.nullable(),
    decision: decisionSchema.nullable(),
    prospects: z.string(),
    appliedOn: z.string().nullable(),
  })
  .strict();
export type PartnerDecision = z.infer<typeof partnerDecisionSchema>;

export const partnerFiguresSchema = z
  .object({
    partnerId: idSchema,
    name: z.string(),
    status: z.string(),
    stage: z.number().int(),
    agreementInForce: z.boolean(),
    /** Planned events with the partner (`planFulfilment`'s N) and those of them held (its m). */
    planned: z.number().int(),
    held: z.number().int(),
    /** Events with the partner held outside the plan (absent from approvals made before they were counted). */
    unplannedHeld: z.number().int().default(0),
    /** Pupils at its held events (the sum of the outcomes' counts), parents and teachers. */
    participants: z.number().int(),
    parents: z.number().int(),
    teachers: z.number().int().default(0),
    planFulfilment: indicatorSchema,
    pupilCoverage: indicatorSchema,
    clubPupils: z.number().int(),
    teachersTrained: z.number().int(),
    itemsBorrowed: z.number().int(),
    achievements: z.number().int(),
    winners: z.number().int(),
    decision: partnerDecisionSchema,
  })
  .strict();
export type PartnerFigures = z.infer<typeof partnerFiguresSchema>;

export const levelFiguresSchema = z
  .object({
    level: levelSchema,
    planFulfilment: indicatorSchema,
    pupilCoverage: indicatorSchema,
    clubCoverage: indicatorSchema,
    achievements: z.number().int(),
    winners: z.number().int(),
  })
  .strict();
export type LevelFigures = z.infer<typeof levelFiguresSchema>;

const datedTitleSchema = z.object({ date: z.string().nullable(), title: z.string() }).strict();

/** What stands beside plan fulfilment: events outside the plan, planned ones cancelled or overdue. */
export const planExtrasSchema = z
  .object({
    /** Events held that come from no plan item: «проведено вне плана: k». */
    unplannedHeld: z.number().int(),
    /** Planned events every occurrence of which was cancelled (still in N). */
    cancelled: z.number().int(),
    /** Planned events not held whose day has passed with no mark (still planned or moved). */
    overdue: z.number().int(),
    /** Planned events that name no class: counted overall, in no level. */
    withoutClasses: z.array(z.string()),
    /** The events held outside the plan, and the planned ones overdue, by date: the lists of the report. */
    outsidePlan: z.array(datedTitleSchema).default([]),
    overdueEvents: z.array(datedTitleSchema).default([]),
  })
  .strict();
export type PlanExtras = z.infer<typeof planExtrasSchema>;

/** Who took part in the held events, as their outcomes record it (each occurrence of a series counts). */
export const participationSchema = z
  .object({ pupils: z.number().int(), parents: z.number().int(), teachers: z.number().int() })
  .strict();

/** Questionnaires returned out of the year's families: «150 анкет из 210 семей = 71,4 %». */
export const surveyResponseSchema = z
  .object({ respondents: z.number().int(), families: z.number().int().nullable() })
  .strict();

/** Everything computed for one academic year: what approval freezes, and what changes are compared against. */
export const yearFiguresSchema = z
  .object({
    year: academicYearSchema,
    indicators: z.array(indicatorSchema),
    byLevel: z.array(levelFiguresSchema),
    byPartner: z.array(partnerFiguresSchema.omit({ decision: true })),
    achievements: z.array(achievementCountsSchema),
    byMonth: z.array(z.object({ month: z.string(), planned: z.number().int(), held: z.number().int() }).strict()),
    itemsBorrowed: z.number().int(),
    /** Beside plan fulfilment; defaults for reviews approved before these were counted. */
    plan: planExtrasSchema.default({
      unplannedHeld: 0,
      cancelled: 0,
      overdue: 0,
      withoutClasses: [],
      outsidePlan: [],
      overdueEvents: [],
    }),
    participation: participationSchema.default({ pupils: 0, parents: 0, teachers: 0 }),
    survey: surveyResponseSchema.default({ respondents: 0, families: null }),
  })
  .strict();
export type YearFigures = z.infer<typeof yearFiguresSchema>;

export const targetSchema = z
  .object({
    indicator: indicatorKeySchema,
    /** Percent 0–100, or 0–1 for the satisfaction index. */
    target: z.number({ error: 'Введите число' }).min(0, { error: 'Не меньше 0' }).max(100, { error: 'Не больше 100' }),
  })
  .strict()
  .refine((t) => INDICATOR_KINDS[t.indicator] !== 'index' || t.target <= 1, {
    path: ['target'],
    error: 'Индекс удовлетворённости — число от 0 до 1',
  });
export type Target = z.infer<typeof targetSchema>;

/** One difference between the approved figures and today's: «Выполнение плана: было 42 из 57, стало 43 из 57». */
export const figureChangeSchema = z.object({ what: z.string(), was: z.string(), now: z.string() }).strict();
export type FigureChange = z.infer<typeof figureChangeSchema>;

export const reviewSchema = z
  .object({
    year: academicYearSchema,
    figures: yearFiguresSchema,
    /** Last year's figures of the same indicators, for the dynamics; null values where there were none. */
    previous: z.array(indicatorSchema),
    targets: z.array(targetSchema),
    decisions: z.array(partnerFiguresSchema),
    conclusions: z.string(),
    nextTasks: z.string(),
    approval: z
      .object({
        approvedOn: z.string(),
        approvedBy: z.string(),
        /** The report's registration number, given when approved; empty when none was. */
        number: z.string(),
        /** What differs between the figures approved and the data now; empty when nothing changed. */
        changes: z.array(figureChangeSchema),
      })
      .strict()
      .nullable(),
  })
  .strict();
export type Review = z.infer<typeof reviewSchema>;

export const memberSchema = z
  .object({ date: z.string().nullable(), title: z.string(), detail: z.string(), counted: z.boolean() })
  .strict();
export type Member = z.infer<typeof memberSchema>;

const yearInput = z.object({ year: academicYearSchema }).strict();

export const reviewsChannels = {
  'reviews:get': { input: yearInput, output: reviewSchema },
  /** The events or records behind an indicator's m (and those in N but not in m, marked `counted: false`). */
  'reviews:members': {
    input: z
      .object({
        year: academicYearSchema,
        indicator: indicatorKeySchema,
        partnerId: idSchema.optional(),
        level: levelSchema.optional(),
      })
      .strict(),
    output: z.array(memberSchema),
  },
  'reviews:saveTargets': {
    input: z
      .object({ year: academicYearSchema, targets: z.array(targetSchema).max(INDICATORS.length) })
      .strict()
      .refine((i) => new Set(i.targets.map((t) => t.indicator)).size === i.targets.length, {
        error: 'Цель для показателя указана дважды',
      }),
    output: z.array(targetSchema),
  },
  'reviews:saveTexts': {
    input: z
      .object({ year: academicYearSchema, conclusions: optionalText(20_000), nextTasks: optionalText(20_000) })
      .strict(),
    output: z.object({ conclusions: z.string(), nextTasks: z.string() }).strict(),
  },
  'reviews:saveDecision': {
    input: z
      .object({
        year: academicYearSchema,
        partnerId: idSchema,
        rating: ratingSchema.nullable(),
        decision: decisionSchema.nullable(),
        prospects: optionalText(5000),
      })
      .strict(),
    output: partnerDecisionSchema,
  },
  /** What carrying out a partner's decision will do, to confirm before it is done. */
  'reviews:decisionEffects': {
    input: z.object({ year: academicYearSchema, partnerId: idSchema }).strict(),
    output: z
      .object({
        decision: decisionSchema,
        /** What will happen, sentence by sentence, in Russian. */
        steps: z.array(z.string()),
      })
      .strict(),
  },
  'reviews:applyDecision': {
    input: z.object({ year: academicYearSchema, partnerId: idSchema, date: isoDateSchema }).strict(),
    output: partnerDecisionSchema,
  },
  'reviews:approve': {
    input: z
      .object({
        year: academicYearSchema,
        approvedBy: optionalText(200),
        date: isoDateSchema,
        /** The report's number in the school's register of documents. */
        number: optionalText(50).default(''),
      })
      .strict(),
    output: reviewSchema,
  },
  'reviews:reopen': { input: yearInput, output: reviewSchema },
  /** The main indicators of every year from the first with data, for the dynamics over the years. */
  'reviews:dynamics': {
    input: emptyInput,
    output: z.array(z.object({ year: academicYearSchema, indicators: z.array(indicatorSchema) }).strict()),
  },
  'reviews:exportXlsx': { input: yearInput, output: z.object({ path: z.string().nullable() }).strict() },
} as const;
