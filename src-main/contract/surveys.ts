import { foldForSearch } from './text-folding';
import { z } from 'zod';
import { academicYearSchema } from './academic-year';
import { isoDateSchema } from './dates';
import { countOf, plural } from './plural';
import {
  boundedInt,
  decimal,
  deletedSchema,
  emptyInput,
  idInputSchema,
  idSchema,
  optionalText,
  requiredText,
} from './text';

export const SURVEY_QUESTION_KINDS = ['choice', 'open'] as const;
export const surveyQuestionKindSchema = z.enum(SURVEY_QUESTION_KINDS, {
  error: 'Выберите вид вопроса: с вариантами ответа или открытый',
});
export type SurveyQuestionKind = z.infer<typeof surveyQuestionKindSchema>;
export const SURVEY_QUESTION_KIND_LABELS: Record<SurveyQuestionKind, string> = {
  choice: 'С вариантами ответа',
  open: 'Открытый (ответ своими словами)',
};

/** 'tally': counts per option from paper forms; 'respondents': each questionnaire entered on its own. */
export const SURVEY_MODES = ['tally', 'respondents'] as const;
export const surveyModeSchema = z.enum(SURVEY_MODES, { error: 'Выберите способ ввода результатов' });
export type SurveyMode = z.infer<typeof surveyModeSchema>;
export const SURVEY_MODE_LABELS: Record<SurveyMode, string> = {
  tally: 'Итоги подсчёта по вариантам',
  respondents: 'Каждая анкета отдельно',
};

/** Bands of the satisfaction index: up to 0.40 low, up to 0.70 medium, above high. */
export const SATISFACTION_BANDS = ['low', 'medium', 'high'] as const;
export const satisfactionBandSchema = z.enum(SATISFACTION_BANDS);
export type SatisfactionBand = z.infer<typeof satisfactionBandSchema>;
export const SATISFACTION_BAND_LABELS: Record<SatisfactionBand, string> = {
  low: 'низкий',
  medium: 'средний',
  high: 'высокий',
};

/** The index to hundredths, as it is printed and as its band is read: 0.404 → 0.4, 0.705 → 0.71. */
export function roundIndex(index: number): number {
  return Math.round(index * 100 + 1e-9) / 100;
}

/** The index's upper bounds of the low and medium bands. */
export const BAND_LIMITS = { low: 0.4, medium: 0.7 } as const;

/** The band of an index, read from the index to hundredths as it is printed (0.40 and 0.70 belong to the lower band). */
export function bandOf(index: number): SatisfactionBand {
  const rounded = roundIndex(index);
  if (rounded <= BAND_LIMITS.low) return 'low';
  if (rounded <= BAND_LIMITS.medium) return 'medium';
  return 'high';
}

/** «0,78 — высокий» */
export function indexWithBand(index: number | null): string {
  return index === null ? 'нет данных' : `${formatIndex(index)} — ${SATISFACTION_BAND_LABELS[bandOf(index)]}`;
}

/** «0,78»; «нет данных» when nobody answered. */
export function formatIndex(index: number | null): string {
  return index === null ? 'нет данных' : decimal(roundIndex(index), 2);
}

/** «+0,05», «−0,12», «0,00»; «—» when there is nothing to compare. */
export function formatIndexChange(change: number | null): string {
  if (change === null) return '—';
  const text = decimal(Math.abs(change), 2);
  if (text === '0,00') return text;
  return change > 0 ? `+${text}` : `\u2212${text}`;
}

/** «77,5 %» of families answered (one decimal, as every percentage); «нет данных» when the families are not known. */
export function formatResponseRate(rate: number | null): string {
  return rate === null ? 'нет данных' : `${decimal(rate * 100)}\u00A0%`;
}

export const FORM_FORMS = ['анкета', 'анкеты', 'анкет'] as const;

/** «31 анкета из 40 семей (78 %)»; without the number of families, «31 анкета; охват: нет данных (…)». */
export function responseText(respondents: number, families: number, rate: number | null): string {
  const forms = countOf(respondents, FORM_FORMS);
  if (families === 0) return `${forms}; охват: нет данных (число семей не указано)`;
  // «из 21 семьи», «из 40 семей».
  return `${forms} из ${families} ${plural(families, ['семьи', 'семей', 'семей'])} (${formatResponseRate(rate)})`;
}

export const MAX_SURVEY_QUESTIONS = 50;
export const MAX_SURVEY_OPTIONS = 10;
/** The most families (and so questionnaires) a school can have, as Настройки allow. */
export const MAX_SURVEY_FAMILIES = 20_000;

/** How much an answer counts towards satisfaction: 1 fully, 0.5 partly, 0 not at all. */
export const surveyScoreSchema = z
  .number({ error: 'Введите балл от 0 до 1' })
  .min(0, { error: 'Балл от 0 до 1' })
  .max(1, { error: 'Балл от 0 до 1' });

export const surveyOptionFieldsSchema = z
  .object({
    text: requiredText(200, 'Впишите вариант ответа'),
    score: surveyScoreSchema,
  })
  .strict();
export type SurveyOptionFields = z.infer<typeof surveyOptionFieldsSchema>;

/** The options a new question with a choice of answers starts with; the office may change them. */
export const DEFAULT_SURVEY_OPTIONS: readonly SurveyOptionFields[] = [
  { text: 'Да', score: 1 },
  { text: 'Частично', score: 0.5 },
  { text: 'Нет', score: 0 },
];

export const surveyQuestionFieldsSchema = z
  .object({
    text: requiredText(1000, 'Впишите текст вопроса'),
    kind: surveyQuestionKindSchema,
    options: z
      .array(surveyOptionFieldsSchema)
      .max(MAX_SURVEY_OPTIONS, { error: `Не более ${MAX_SURVEY_OPTIONS} вариантов ответа` }),
  })
  .strict()
  .refine((q) => q.kind !== 'choice' || q.options.length >= 2, {
    path: ['options'],
    error: 'Дайте не меньше двух вариантов ответа',
  })
  .refine((q) => q.kind !== 'open' || q.options.length === 0, {
    path: ['options'],
    error: 'У открытого вопроса нет вариантов ответа',
  })
  .refine((q) => new Set(q.options.map((o) => foldForSearch(o.text))).size === q.options.length, {
    path: ['options'],
    error: 'Варианты ответа повторяются',
  });
export type SurveyQuestionFields = z.infer<typeof surveyQuestionFieldsSchema>;

export const surveyTemplateFieldsSchema = z
  .object({
    title: requiredText(300, 'Назовите анкету'),
    /** The words to parents printed above the questions. */
    intro: optionalText(3000),
    questions: z
      .array(surveyQuestionFieldsSchema)
      .min(1, { error: 'Добавьте хотя бы один вопрос' })
      .max(MAX_SURVEY_QUESTIONS, { error: `Не более ${MAX_SURVEY_QUESTIONS} вопросов` }),
  })
  .strict();
export type SurveyTemplateFields = z.infer<typeof surveyTemplateFieldsSchema>;

/** An option as a template or a run stores it. */
const storedOptionSchema = z.object({ text: z.string(), score: z.number() }).strict();

export const surveyTemplateSchema = z
  .object({
    id: idSchema,
    title: z.string(),
    intro: z.string(),
    builtIn: z.boolean(),
    updatedAt: z.string(),
    /** How many survey runs were made from it. */
    runsCount: z.number().int().min(0),
    questions: z.array(
      z.object({ text: z.string(), kind: surveyQuestionKindSchema, options: z.array(storedOptionSchema) }).strict(),
    ),
  })
  .strict();
export type SurveyTemplate = z.infer<typeof surveyTemplateSchema>;

export const surveyTemplateSummarySchema = surveyTemplateSchema
  .pick({ id: true, title: true, builtIn: true, runsCount: true, updatedAt: true })
  .extend({ questionsCount: z.number().int().min(0) });
export type SurveyTemplateSummary = z.infer<typeof surveyTemplateSummarySchema>;

/** A run's fields the office may change after creating it. */
export const surveyFieldsSchema = z
  .object({
    title: requiredText(300, 'Назовите анкетирование'),
    conductedOn: isoDateSchema,
    mode: surveyModeSchema,
    /** How many families the school has: the denominator of the response rate (0: not known). */
    families: boundedInt(0, MAX_SURVEY_FAMILIES),
    notes: optionalText(3000),
  })
  .strict();
export type SurveyFields = z.infer<typeof surveyFieldsSchema>;

/** A new run from a template: the run's fields, with its title and families defaulted when left out. */
export const surveyCreateSchema = surveyFieldsSchema.extend({
  templateId: idSchema,
  year: academicYearSchema,
  /** Empty: the template's title. */
  title: optionalText(300),
  /** null: the number of families from Настройки. */
  families: boundedInt(0, MAX_SURVEY_FAMILIES).nullable(),
});
export type SurveyCreate = z.infer<typeof surveyCreateSchema>;

export const surveyOptionSchema = storedOptionSchema.extend({
  id: idSchema,
  /** Tally mode: how many forms chose it. */
  tally: z.number().int().min(0),
});

export const surveyQuestionSchema = z
  .object({
    id: idSchema,
    /** 1, 2, 3 … as printed. */
    number: z.number().int().min(1),
    text: z.string(),
    kind: surveyQuestionKindSchema,
    options: z.array(surveyOptionSchema),
  })
  .strict();
export type SurveyQuestion = z.infer<typeof surveyQuestionSchema>;

/** Forms returned and the school's families: the figures of a run, of its summary and of its results. */
const turnoutShape = {
  respondents: z.number().int().min(0),
  families: z.number().int().min(0),
  /** Forms returned out of families; null when the number of families is not known. */
  responseRate: z.number().min(0).nullable(),
};

/** A satisfaction index, 0–1; null when nobody answered. */
const indexSchema = z.number().min(0).max(1).nullable();

export const surveySchema = z
  .object({
    id: idSchema,
    templateId: idSchema.nullable(),
    /** The template's title now; null when the template was deleted. */
    templateTitle: z.string().nullable(),
    title: z.string(),
    year: z.string(),
    conductedOn: z.string(),
    mode: surveyModeSchema,
    ...turnoutShape,
    notes: z.string(),
    /** Results have been entered: a tally, respondents or questionnaires. */
    hasResults: z.boolean(),
    questions: z.array(surveyQuestionSchema),
  })
  .strict();
export type Survey = z.infer<typeof surveySchema>;

/** A run as the year's list shows it: without its questions, with its overall index. */
export const surveySummarySchema = surveySchema
  .omit({ templateTitle: true, notes: true, hasResults: true, questions: true })
  .extend({ index: indexSchema, band: satisfactionBandSchema.nullable() });
export type SurveySummary = z.infer<typeof surveySummarySchema>;

export const surveyTallySchema = z
  .object({
    id: idSchema,
    respondents: boundedInt(0, MAX_SURVEY_FAMILIES),
    tallies: z
      .array(z.object({ optionId: idSchema, count: boundedInt(0, MAX_SURVEY_FAMILIES) }).strict())
      .max(MAX_SURVEY_QUESTIONS * MAX_SURVEY_OPTIONS, { error: 'Слишком много вариантов ответа' }),
  })
  .strict();
export type SurveyTally = z.infer<typeof surveyTallySchema>;

/** One answer of a questionnaire: an option of a choice question (null: left unanswered), or a text. */
export const surveyAnswerSchema = z
  .object({
    questionId: idSchema,
    optionId: idSchema.nullable(),
    text: optionalText(2000),
  })
  .strict();
export type SurveyAnswer = z.infer<typeof surveyAnswerSchema>;

const answersSchema = z
  .array(surveyAnswerSchema)
  .max(MAX_SURVEY_QUESTIONS, { error: `Не более ${MAX_SURVEY_QUESTIONS} ответов` });

export const surveyResponseSchema = z
  .object({
    id: idSchema,
    /** 1, 2, 3 … in the order the questionnaires were entered. */
    number: z.number().int().min(1),
    /** Only the questions answered. */
    answers: z.array(surveyAnswerSchema),
  })
  .strict();
export type SurveyResponse = z.infer<typeof surveyResponseSchema>;

/** An index with what it comes from: «0,78 — высокий: 31 ответ, из них „да“ 22, „частично“ 5, „нет“ 4». */
export const satisfactionSchema = z
  .object({
    answered: z.number().int().min(0),
    index: indexSchema,
    band: satisfactionBandSchema.nullable(),
    summary: z.string(),
  })
  .strict();
export type Satisfaction = z.infer<typeof satisfactionSchema>;

export const questionResultSchema = satisfactionSchema
  .extend({
    number: z.number().int().min(1),
    text: z.string(),
    kind: surveyQuestionKindSchema,
    options: z.array(storedOptionSchema.extend({ count: z.number().int().min(0) })),
    /** Open questions answered questionnaire by questionnaire: what parents wrote. */
    texts: z.array(z.string()),
  })
  .strict();
export type QuestionResult = z.infer<typeof questionResultSchema>;

/** An earlier run of the same template, and how the index changed since (now − then; null when either is null). */
export const earlierRunSchema = z
  .object({
    surveyId: idSchema,
    title: z.string(),
    year: z.string(),
    conductedOn: z.string(),
    index: indexSchema,
    change: z.number().nullable(),
    questions: z.array(
      z.object({ number: z.number().int().min(1), index: indexSchema, change: z.number().nullable() }).strict(),
    ),
  })
  .strict();
export type EarlierRun = z.infer<typeof earlierRunSchema>;

export const surveyResultsSchema = z
  .object({
    surveyId: idSchema,
    ...turnoutShape,
    overall: satisfactionSchema,
    questions: z.array(questionResultSchema),
    /** Earlier runs of the same template, oldest first. */
    earlier: z.array(earlierRunSchema),
  })
  .strict();
export type SurveyResults = z.infer<typeof surveyResultsSchema>;

/** Channels of parent surveys: templates, runs, results and the satisfaction index. */
export const surveysChannels = {
  'surveyTemplates:list': { input: emptyInput, output: z.array(surveyTemplateSummarySchema) },
  'surveyTemplates:get': { input: idInputSchema, output: surveyTemplateSchema },
  'surveyTemplates:create': {
    input: z.object({ fields: surveyTemplateFieldsSchema }).strict(),
    output: surveyTemplateSchema,
  },
  'surveyTemplates:update': {
    input: z.object({ id: idSchema, fields: surveyTemplateFieldsSchema }).strict(),
    output: surveyTemplateSchema,
  },
  /** A copy under the title «… (копия)», the office's own (never built in). */
  'surveyTemplates:duplicate': { input: idInputSchema, output: surveyTemplateSchema },
  /** Runs made from it keep their questions and results. The built-in template is refused. */
  'surveyTemplates:delete': { input: idInputSchema, output: deletedSchema },

  /** The runs of an academic year, latest first, with their index and response rate. */
  'surveys:list': {
    input: z.object({ year: academicYearSchema }).strict(),
    output: z.array(surveySummarySchema),
  },
  'surveys:get': { input: idInputSchema, output: surveySchema },
  /** A run from a template: the template's questions and options are copied into it. */
  'surveys:create': { input: surveyCreateSchema, output: surveySchema },
  'surveys:update': { input: z.object({ id: idSchema, fields: surveyFieldsSchema }).strict(), output: surveySchema },
  'surveys:delete': { input: idInputSchema, output: deletedSchema },
  /** Tally mode: forms returned and the count of each option (options not named count 0). */
  'surveys:saveTally': { input: surveyTallySchema, output: surveySchema },
  'surveys:results': { input: idInputSchema, output: surveyResultsSchema },

  /** Respondent mode: the questionnaires entered, in order. */
  'surveyResponses:list': {
    input: z.object({ surveyId: idSchema }).strict(),
    output: z.array(surveyResponseSchema),
  },
  'surveyResponses:create': {
    input: z.object({ surveyId: idSchema, answers: answersSchema }).strict(),
    output: surveyResponseSchema,
  },
  'surveyResponses:update': {
    input: z.object({ id: idSchema, answers: answersSchema }).strict(),
    output: surveyResponseSchema,
  },
  'surveyResponses:delete': { input: idInputSchema, output: deletedSchema },
} as const;
