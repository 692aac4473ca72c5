import { z } from 'zod';
import { academicYearSchema } from './academic-year';
import { isoDateSchema } from './dates';
import { emailField, innField, kppField, ogrnOrOgrnipField } from './fields';
import { pickFields } from './pick';
import type { SignerSource } from './signer';
import { emptyInput, idInputSchema, idSchema, optionalText, requiredText } from './text';

export const PARTNER_STATUSES = ['potential', 'active', 'suspended', 'former'] as const;
export const partnerStatusSchema = z.enum(PARTNER_STATUSES, { error: 'Выберите статус из списка' });
export type PartnerStatus = z.infer<typeof partnerStatusSchema>;

export const PARTNER_STATUS_LABELS: Record<PartnerStatus, string> = {
  potential: 'Потенциальный',
  active: 'Действующий',
  suspended: 'Приостановлен',
  former: 'Бывший',
};

export const STAGES = [1, 2, 3, 4] as const;
export const stageSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
  error: 'Этап — число от 1 до 4',
});
export type Stage = z.infer<typeof stageSchema>;

export const contactSchema = z
  .object({
    name: requiredText(200, 'Укажите имя контактного лица'),
    role: optionalText(200),
    phone: optionalText(100),
    email: emailField,
  })
  .strict();
export type Contact = z.infer<typeof contactSchema>;

export const interactionFormSchema = z
  .object({
    text: requiredText(1000, 'Опишите форму взаимодействия'),
    taskIds: z.array(idSchema).max(50, { error: 'Не более 50 задач' }),
  })
  .strict();
export type InteractionForm = z.infer<typeof interactionFormSchema>;

/** Everything the office types about a partner. */
export const partnerFieldsSchema = z
  .object({
    fullName: requiredText(500, 'Укажите полное наименование'),
    shortName: optionalText(200),
    categoryId: idSchema,
    legalForm: optionalText(200),
    inn: innField,
    kpp: kppField,
    ogrn: ogrnOrOgrnipField,
    legalAddress: optionalText(500),
    postalAddress: optionalText(500),
    headName: optionalText(200),
    headPosition: optionalText(200),
    headBasis: optionalText(200),
    /** The head's name and position in the genitive as the office corrected them; empty: declined by the app. */
    headNameGenitive: optionalText(200).default(''),
    headPositionGenitive: optionalText(200).default(''),
    /** The power of attorney the head acts by, when `headBasis` is «доверенности». */
    headAttorneyNumber: optionalText(50).default(''),
    headAttorneyDate: isoDateSchema.nullable().default(null),
    website: optionalText(300),
    notes: optionalText(5000),
    status: partnerStatusSchema,
    contacts: z.array(contactSchema).max(50, { error: 'Не более 50 контактных лиц' }),
    forms: z.array(interactionFormSchema).max(200, { error: 'Не более 200 форм' }),
    effects: z.array(requiredText(1000, 'Опишите социальный эффект')).max(200, { error: 'Не более 200 эффектов' }),
  })
  .strict();
export type PartnerFields = z.infer<typeof partnerFieldsSchema>;

/** The partner's head as a contract names him or her: «в лице директора …, действующего на основании …». */
export function partnerSigner(
  p: Pick<
    PartnerFields,
    | 'headName'
    | 'headPosition'
    | 'headNameGenitive'
    | 'headPositionGenitive'
    | 'headBasis'
    | 'headAttorneyNumber'
    | 'headAttorneyDate'
  >,
): SignerSource {
  return {
    name: p.headName,
    position: p.headPosition,
    nameGenitive: p.headNameGenitive,
    positionGenitive: p.headPositionGenitive,
    basis: p.headBasis,
    attorneyNumber: p.headAttorneyNumber,
    attorneyDate: p.headAttorneyDate,
  };
}

/** What the office edits of a partner, taken from its detail. */
export function partnerFieldsOf(detail: PartnerFields): PartnerFields {
  return pickFields(partnerFieldsSchema, detail);
}

/** A partner with nothing typed yet but its category. */
export function blankPartnerFields(categoryId: number): PartnerFields {
  return {
    fullName: '',
    shortName: '',
    categoryId,
    legalForm: '',
    inn: '',
    kpp: '',
    ogrn: '',
    legalAddress: '',
    postalAddress: '',
    headName: '',
    headPosition: '',
    headBasis: '',
    headNameGenitive: '',
    headPositionGenitive: '',
    headAttorneyNumber: '',
    headAttorneyDate: null,
    website: '',
    notes: '',
    status: 'potential',
    contacts: [],
    forms: [],
    effects: [],
  };
}

export const partnerSortSchema = z.enum(['name', 'category', 'status', 'stage', 'updated']);

export const partnerFilterSchema = z
  .object({
    search: optionalText(200).optional(),
    /** The academic year whose stage is listed, filtered and sorted by; the current one when left out. */
    year: academicYearSchema.optional(),
    categoryIds: z.array(idSchema).max(100).optional(),
    statuses: z.array(partnerStatusSchema).max(4).optional(),
    stages: z.array(stageSchema).max(4).optional(),
    sort: partnerSortSchema.optional(),
    descending: z.boolean().optional(),
  })
  .strict();
export type PartnerFilter = z.infer<typeof partnerFilterSchema>;

export const partnerSummarySchema = z.object({
  id: idSchema,
  fullName: z.string(),
  shortName: z.string(),
  categoryId: idSchema,
  category: z.string(),
  /** Derived from the agreements, or set by hand (`statusSetByHand`). */
  status: partnerStatusSchema,
  /** The stage of the academic year asked for, derived from its records or set by hand (`stageSetByHand`). */
  stage: stageSchema,
  statusSetByHand: z.boolean(),
  stageSetByHand: z.boolean(),
  inn: z.string(),
  formsCount: z.number().int().min(0),
  effectsCount: z.number().int().min(0),
  contactsCount: z.number().int().min(0),
  updatedAt: z.string(),
});
export type PartnerSummary = z.infer<typeof partnerSummarySchema>;

export const stageHistoryEntrySchema = z.object({
  id: idSchema,
  /** The academic year the change was about. */
  year: z.string(),
  fromStage: stageSchema.nullable(),
  toStage: stageSchema,
  date: z.string(),
  comment: z.string(),
  recordedAt: z.string(),
});

export const stageCheckSchema = z.object({
  stage: stageSchema,
  label: z.string(),
  met: z.boolean(),
});
export type StageCheck = z.infer<typeof stageCheckSchema>;

/** A status or stage the office set by hand: it stays, with its reason, until lifted. */
export const handSetSchema = z.object({ reason: z.string(), setOn: z.string() });

/** A partner's stage in one academic year: derived from the year's records, unless set by hand. */
export const yearStageSchema = z.object({
  year: z.string(),
  stage: stageSchema,
  derived: stageSchema,
  /** When the derived stage's evidence first held in the year. */
  reachedOn: z.string(),
  /** The evidence of the derived stage, in the office's words. */
  evidence: z.string(),
  byHand: handSetSchema.extend({ stage: stageSchema }).nullable(),
});
export type YearStage = z.infer<typeof yearStageSchema>;

export const partnerDetailSchema = partnerFieldsSchema.extend({
  id: idSchema,
  category: z.string(),
  /** The stage of the academic year asked for (`standing.stage`). */
  stage: stageSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  standing: z.object({
    derivedStatus: partnerStatusSchema,
    /** Why the derived status is what it is: «договор № 5 от 01.09.2026 действует до 31.08.2027». */
    statusEvidence: z.string(),
    statusByHand: handSetSchema.extend({ status: partnerStatusSchema }).nullable(),
    stage: yearStageSchema,
  }),
  /** The stage of every academic year from the partner's first to the current one, newest first. */
  yearStages: z.array(yearStageSchema),
  /** Stages set and lifted by hand. */
  stageHistory: z.array(stageHistoryEntrySchema),
  stageChecks: z.array(stageCheckSchema),
});
export type PartnerDetail = z.infer<typeof partnerDetailSchema>;

export const duplicateSchema = z.object({
  id: idSchema,
  fullName: z.string(),
  reason: z.enum(['inn', 'name']),
});
export type Duplicate = z.infer<typeof duplicateSchema>;

export const categorySchema = z.object({ id: idSchema, name: z.string(), partnersCount: z.number().int().min(0) });

export const partnersChannels = {
  'partners:list': { input: partnerFilterSchema, output: z.array(partnerSummarySchema) },
  'partners:get': {
    input: z.object({ id: idSchema, year: academicYearSchema.optional() }).strict(),
    output: partnerDetailSchema,
  },
  'partners:create': { input: partnerFieldsSchema, output: partnerDetailSchema },
  'partners:update': {
    input: z.object({ id: idSchema, fields: partnerFieldsSchema }).strict(),
    output: partnerDetailSchema,
  },
  'partners:findDuplicates': {
    input: z.object({ id: idSchema.optional(), fullName: optionalText(500), inn: optionalText(20) }).strict(),
    output: z.array(duplicateSchema),
  },
  'partners:delete': { input: idInputSchema, output: z.object({ undoToken: idSchema, fullName: z.string() }) },
  'partners:undoDelete': { input: z.object({ undoToken: idSchema }).strict(), output: partnerDetailSchema },
  'partners:archive': { input: idInputSchema, output: partnerDetailSchema },
  'partners:setStage': {
    input: z
      .object({
        id: idSchema,
        stage: stageSchema,
        date: isoDateSchema,
        reason: requiredText(1000, 'Укажите причину: почему этап устанавливается вручную'),
        year: academicYearSchema.optional(),
      })
      .strict(),
    output: partnerDetailSchema,
  },
  'partners:liftStage': {
    input: z.object({ id: idSchema, year: academicYearSchema.optional() }).strict(),
    output: partnerDetailSchema,
  },
  'partners:setStatus': {
    input: z
      .object({
        id: idSchema,
        status: partnerStatusSchema,
        date: isoDateSchema,
        reason: requiredText(1000, 'Укажите причину: почему статус устанавливается вручную'),
      })
      .strict(),
    output: partnerDetailSchema,
  },
  'partners:liftStatus': { input: idInputSchema, output: partnerDetailSchema },
  'partners:categories': { input: emptyInput, output: z.array(categorySchema) },
  'partners:addCategory': {
    input: z.object({ name: requiredText(100, 'Укажите название направления') }).strict(),
    output: categorySchema,
  },
} as const;
