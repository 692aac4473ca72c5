import { z } from 'zod';
import { isoDateSchema } from './dates';
import { pickFields } from './pick';
import { boundedInt, deletedSchema, emptyInput, idInputSchema, idSchema, optionalText, requiredText } from './text';

export const AGREEMENT_TYPES = ['cooperation', 'network', 'other'] as const;
export const agreementTypeSchema = z.enum(AGREEMENT_TYPES, { error: 'Выберите вид договора из списка' });
export type AgreementType = z.infer<typeof agreementTypeSchema>;
export const AGREEMENT_TYPE_LABELS: Record<AgreementType, string> = {
  cooperation: 'Договор о сотрудничестве (социальном партнёрстве)',
  network: 'Соглашение о сетевом взаимодействии',
  other: 'Иное',
};

export const PROLONGATIONS = ['none', 'auto', 'byAgreement'] as const;
export const prolongationSchema = z.enum(PROLONGATIONS, { error: 'Выберите порядок пролонгации из списка' });
export type Prolongation = z.infer<typeof prolongationSchema>;
export const PROLONGATION_LABELS: Record<Prolongation, string> = {
  none: 'Без пролонгации',
  auto: 'Автоматически, если ни одна сторона не заявит о прекращении',
  byAgreement: 'По соглашению сторон',
};

export const AGREEMENT_STATUSES = ['draft', 'active', 'expiring', 'expired', 'prolonged', 'terminated'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export const agreementStatusSchema = z.enum(AGREEMENT_STATUSES);
export const AGREEMENT_STATUS_LABELS: Record<AgreementStatus, string> = {
  draft: 'Черновик',
  active: 'Действует',
  expiring: 'Истекает',
  expired: 'Истёк',
  prolonged: 'Пролонгирован',
  terminated: 'Расторгнут',
};
/** Statuses in which an agreement binds the parties today. */
export const IN_FORCE: readonly AgreementStatus[] = ['active', 'expiring', 'prolonged'];

const nullableDate = isoDateSchema.nullable();

/** Everything the office types about an agreement; its status is derived, never typed. */
const agreementFieldsObject = z
  .object({
    partnerId: idSchema,
    type: agreementTypeSchema,
    number: requiredText(50, 'Укажите номер договора'),
    city: optionalText(100),
    signedOn: nullableDate,
    startsOn: nullableDate,
    /** null: «бессрочно». */
    endsOn: nullableDate,
    prolongation: prolongationSchema,
    prolongationYears: boundedInt(1, 10),
    noticeDays: boundedInt(0, 365),
    responsible: optionalText(200),
    subject: optionalText(5000),
    schoolObligations: optionalText(10000),
    partnerObligations: optionalText(10000),
    safetyResponsibility: optionalText(5000),
    appendices: z.array(requiredText(500, 'Назовите приложение')).max(20, { error: 'Не более 20 приложений' }),
    notes: optionalText(5000),
    /**
     * The agreement's own text, edited by hand for this agreement alone; its `{{…}}` are filled from the card when
     * it prints. Empty: the agreement prints its template, rendered from the card at that moment.
     */
    text: optionalText(200_000),
    templateId: idSchema.nullable(),
  })
  .strict();

export const agreementFieldsSchema = agreementFieldsObject
  .refine((a) => !a.startsOn || !a.endsOn || a.endsOn >= a.startsOn, {
    path: ['endsOn'],
    error: 'Дата окончания раньше даты начала',
  })
  .refine((a) => !a.signedOn || !a.endsOn || a.endsOn >= a.signedOn, {
    path: ['endsOn'],
    error: 'Дата окончания раньше даты подписания',
  });
export type AgreementFields = z.infer<typeof agreementFieldsSchema>;

/** What the office edits of an agreement, taken from its detail. */
export function agreementFieldsOf(detail: AgreementFields): AgreementFields {
  return pickFields(agreementFieldsObject, detail);
}

export const agreementTermSchema = z.object({
  status: agreementStatusSchema,
  /**
   * The end of the current term: the card's end as amendments changed it, before any automatic prolongation; null
   * is «бессрочно». The card's own `endsOn` stays the original term.
   */
  currentEndsOn: z.string().nullable(),
  /** The end date in force today: the typed one, an amendment's, or the one automatic prolongation reached. */
  effectiveEndsOn: z.string().nullable(),
  /** Days from today to the effective end (negative once it has passed); null when open-ended. */
  daysLeft: z.number().int().nullable(),
});
export type AgreementTerm = z.infer<typeof agreementTermSchema>;

export const agreementSummarySchema = agreementTermSchema.extend({
  id: idSchema,
  partnerId: idSchema,
  partnerName: z.string(),
  type: agreementTypeSchema,
  number: z.string(),
  signedOn: z.string().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  createdAt: z.string(),
  amendmentsCount: z.number().int().min(0),
  scansCount: z.number().int().min(0),
});
export type AgreementSummary = z.infer<typeof agreementSummarySchema>;

/** An amendment with no text is refused: said at the field by the form, and by the store. */
export const AMENDMENT_TEXT_REQUIRED = 'Введите текст дополнительного соглашения';

export const amendmentFieldsSchema = z
  .object({
    signedOn: isoDateSchema,
    /** A new end of the term, or null to leave the term as it is; «бессрочно» is `makesOpenEnded`. */
    newEndsOn: nullableDate,
    makesOpenEnded: z.boolean(),
    /** What the parties agreed: an amendment always says something. */
    text: requiredText(100_000, AMENDMENT_TEXT_REQUIRED),
  })
  .strict()
  .refine((a) => !(a.makesOpenEnded && a.newEndsOn), {
    path: ['newEndsOn'],
    error: 'Либо новая дата окончания, либо «бессрочно»',
  });
export type AmendmentFields = z.infer<typeof amendmentFieldsSchema>;

export const amendmentSchema = z.object({
  id: idSchema,
  number: z.number().int().min(1),
  signedOn: z.string(),
  newEndsOn: z.string().nullable(),
  makesOpenEnded: z.boolean(),
  text: z.string(),
});
export type Amendment = z.infer<typeof amendmentSchema>;

export const attachmentSchema = z.object({
  id: idSchema,
  originalName: z.string(),
  mime: z.string(),
  size: z.number().int().min(0),
  addedAt: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const agreementDetailSchema = agreementFieldsObject.extend({
  id: idSchema,
  partnerName: z.string(),
  term: agreementTermSchema,
  terminatedOn: z.string().nullable(),
  terminationReason: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  amendments: z.array(amendmentSchema),
  scans: z.array(attachmentSchema),
});
export type AgreementDetail = z.infer<typeof agreementDetailSchema>;

export const agreementFilterSchema = z
  .object({
    partnerId: idSchema.optional(),
    statuses: z.array(agreementStatusSchema).max(AGREEMENT_STATUSES.length).optional(),
    types: z.array(agreementTypeSchema).max(AGREEMENT_TYPES.length).optional(),
    search: optionalText(200).optional(),
  })
  .strict();
export type AgreementFilter = z.infer<typeof agreementFilterSchema>;

export const templateFieldsSchema = z
  .object({
    name: requiredText(200, 'Назовите шаблон'),
    type: agreementTypeSchema,
    body: requiredText(200_000, 'Шаблон пуст'),
  })
  .strict();
export type TemplateFields = z.infer<typeof templateFieldsSchema>;

export const templateSchema = z.object({
  id: idSchema,
  name: z.string(),
  type: agreementTypeSchema,
  body: z.string(),
  builtIn: z.boolean(),
  updatedAt: z.string(),
});
export type Template = z.infer<typeof templateSchema>;

export const placeholderSchema = z.object({ key: z.string(), label: z.string(), group: z.string() });

/** A passage of the agreement's own text that says something the card no longer says. */
export const textContradictionSchema = z.object({
  /** What differs, in the office's words: «срок действия договора», «полное наименование партнёра». */
  fields: z.array(z.string()),
  /** The passage as the own text has it. */
  inText: z.string(),
  /** The passage as the card would print it. */
  onCard: z.string(),
});
export type TextContradiction = z.infer<typeof textContradictionSchema>;

export const agreementTextSchema = z.object({
  /** `template`: rendered from the template and the card at every print; `own`: edited by hand; `none`: no text. */
  source: z.enum(['template', 'own', 'none']),
  templateName: z.string().nullable(),
  /** The text as it prints now. */
  text: z.string(),
  /** What a signer cannot do without and the card lacks; printing is refused until it is filled. */
  missing: z.array(z.string()),
  contradictions: z.array(textContradictionSchema),
});
export type AgreementText = z.infer<typeof agreementTextSchema>;

export const agreementsChannels = {
  'agreements:list': { input: agreementFilterSchema, output: z.array(agreementSummarySchema) },
  'agreements:get': { input: idInputSchema, output: agreementDetailSchema },
  'agreements:nextNumber': {
    input: z.object({ signedOn: isoDateSchema.nullable() }).strict(),
    output: z.object({ number: z.string() }),
  },
  /** A new draft for a partner, its text taken from a template with the placeholders filled. */
  'agreements:createFromTemplate': {
    input: z.object({ partnerId: idSchema, templateId: idSchema }).strict(),
    output: agreementDetailSchema,
  },
  'agreements:create': { input: agreementFieldsSchema, output: agreementDetailSchema },
  /** The agreement's text as it would print now, with what is missing and where it contradicts the card. */
  'agreements:text': { input: idInputSchema, output: agreementTextSchema },
  /** Puts the card's wording back into every passage of the own text that contradicts the card. */
  'agreements:alignText': { input: idInputSchema, output: agreementDetailSchema },
  'agreements:update': {
    input: z.object({ id: idSchema, fields: agreementFieldsSchema }).strict(),
    output: agreementDetailSchema,
  },
  'agreements:terminate': {
    input: z
      .object({ id: idSchema, date: isoDateSchema, reason: requiredText(1000, 'Укажите причину расторжения') })
      .strict(),
    output: agreementDetailSchema,
  },
  'agreements:delete': { input: idInputSchema, output: deletedSchema },
  'agreements:addAmendment': {
    input: z.object({ agreementId: idSchema, fields: amendmentFieldsSchema }).strict(),
    output: agreementDetailSchema,
  },
  'agreements:updateAmendment': {
    input: z.object({ id: idSchema, fields: amendmentFieldsSchema }).strict(),
    output: agreementDetailSchema,
  },
  'agreements:deleteAmendment': { input: idInputSchema, output: agreementDetailSchema },
  'agreements:attachScan': {
    input: z
      .object({
        agreementId: idSchema,
        fileName: requiredText(255, 'Нет имени файла'),
        /** The file's bytes, base64; 20 MB at most (the service says so in Russian). */
        content: z.string().max(28_000_000, { error: 'Файл больше 20 МБ' }),
      })
      .strict(),
    output: agreementDetailSchema,
  },
  'agreements:openScan': { input: idInputSchema, output: z.object({ opened: z.boolean() }) },
  'agreements:removeScan': { input: idInputSchema, output: agreementDetailSchema },
  'agreements:exportRegister': { input: agreementFilterSchema, output: z.object({ path: z.string().nullable() }) },
  'templates:list': { input: emptyInput, output: z.array(templateSchema) },
  'templates:placeholders': { input: emptyInput, output: z.array(placeholderSchema) },
  /**
   * A template's text with its placeholders filled from the school, the partner and the agreement's fields as
   * typed so far; what is still empty stays as its placeholder and is named in `missing`.
   */
  'templates:fill': {
    input: z.object({ templateId: idSchema, fields: agreementFieldsObject }).strict(),
    output: z.object({ text: z.string(), missing: z.array(z.string()) }),
  },
  'templates:create': { input: templateFieldsSchema, output: templateSchema },
  'templates:update': {
    input: z.object({ id: idSchema, fields: templateFieldsSchema }).strict(),
    output: templateSchema,
  },
  'templates:delete': { input: idInputSchema, output: deletedSchema },
  'home:attention': {
    input: emptyInput,
    output: z.object({
      warningDays: z.number().int(),
      expiring: z.array(agreementSummarySchema),
      expiredWithPlannedEvents: z.array(agreementSummarySchema),
      staleDrafts: z.array(agreementSummarySchema),
    }),
  },
} as const;
