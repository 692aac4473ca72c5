import { z } from 'zod';
import { academicYearSchema } from './academic-year';
import { acquisitionPlanRequestSchema } from './acquisitions';
import { agreementFilterSchema } from './agreements';
import { loanActVariantSchema, loanFilterSchema } from './loans';
import { planGroupingSchema } from './plans';
import { idSchema } from './text';

export const MAX_DOCUMENT_PARTNERS = 1000;

const partnerIdsSchema = z
  .array(idSchema, { error: 'Ожидается список партнёров' })
  .min(1, { error: 'Выберите хотя бы одного партнёра' })
  .max(MAX_DOCUMENT_PARTNERS, { error: `Не более ${MAX_DOCUMENT_PARTNERS} партнёров` });

/** «Модель взаимодействия» of a year: the chosen partners; without them, every active partner. */
export const modelOfInteractionInput = { year: academicYearSchema, partnerIds: partnerIdsSchema.optional() };

/** Which document to make, and from what; each kind of document is one member. */
export const documentRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('modelOfInteraction'), ...modelOfInteractionInput }).strict(),
  z.object({ kind: z.literal('agreement'), id: idSchema }).strict(),
  z.object({ kind: z.literal('amendment'), id: idSchema }).strict(),
  z.object({ kind: z.literal('agreementRegister'), filter: agreementFilterSchema }).strict(),
  /** «План совместной деятельности с социальными партнёрами на 2026/2027 учебный год». */
  z.object({ kind: z.literal('plan'), year: academicYearSchema, groupBy: planGroupingSchema }).strict(),
  /** «Акт приёма-передачи» of a partner's resources on loan, or «Акт возврата» once the return is recorded. */
  z.object({ kind: z.literal('loanAct'), id: idSchema, variant: loanActVariantSchema }).strict(),
  /** «Реестр ресурсов партнёров, полученных во временное пользование»: the loans the filter finds. */
  z.object({ kind: z.literal('loanRegister'), filter: loanFilterSchema }).strict(),
  /** «Повышение квалификации педагогов за 2026/2027 учебный год»: the year's summary and records. */
  z.object({ kind: z.literal('staffDevelopment'), year: academicYearSchema }).strict(),
  /** «Результаты анкетирования родителей»: a survey's index per question, its band and the forms returned. */
  z.object({ kind: z.literal('surveyResults'), id: idSchema }).strict(),
  /** «Дополнительное образование … на 2026/2027 учебный год»: the clubs at partners and the coverage. */
  z.object({ kind: z.literal('clubCoverage'), year: academicYearSchema }).strict(),
  /** «Перспективный план приобретения … на 2026–2030 годы» (calendar years, at most ten). */
  acquisitionPlanRequestSchema,
  /** «Анкета для родителей»: a blank questionnaire of a survey template, to print and hand out. */
  z.object({ kind: z.literal('surveyBlank'), templateId: idSchema }).strict(),
  /** «Аналитическая справка по итогам реализации программы социального партнёрства за 2025/2026 учебный год». */
  z.object({ kind: z.literal('analyticReport'), year: academicYearSchema }).strict(),
]);

export type DocumentRequest = z.infer<typeof documentRequestSchema>;
export type DocumentKind = DocumentRequest['kind'];

const savedPathSchema = z.object({ path: z.string().nullable() }).strict();

export const documentsChannels = {
  /** The document as one self-contained HTML page, to show before printing. */
  'documents:preview': {
    input: documentRequestSchema,
    output: z.object({ title: z.string(), html: z.string() }).strict(),
  },
  /** Prints through the system dialog; `done` is false when the user cancelled. */
  'documents:print': { input: documentRequestSchema, output: z.object({ done: z.boolean() }).strict() },
  /** Saves an A4 PDF where the user chooses; `path` is null when the user cancelled. */
  'documents:savePdf': { input: documentRequestSchema, output: savedPathSchema },
  /** Saves a Word file where the user chooses; `path` is null when the user cancelled. */
  'documents:saveDocx': { input: documentRequestSchema, output: savedPathSchema },
} as const;
