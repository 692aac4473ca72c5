import { z } from 'zod';
import { emptyInput, idSchema } from './text';

export const PARTNER_STATUSES = ['potential', 'active', 'suspended', 'former'] as const;
export const partnerStatusSchema = z.enum(PARTNER_STATUSES);
export type PartnerStatus = z.infer<typeof partnerStatusSchema>;

export const STAGES = [1, 2, 3, 4] as const;
export const stageSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type Stage = z.infer<typeof stageSchema>;

export const partnerSummarySchema = z.object({
  id: idSchema,
  fullName: z.string(),
  shortName: z.string(),
  category: z.string(),
  status: partnerStatusSchema,
  stage: stageSchema,
  formsCount: z.number().int().min(0),
  effectsCount: z.number().int().min(0),
});
export type PartnerSummary = z.infer<typeof partnerSummarySchema>;

export const partnerDetailSchema = partnerSummarySchema.extend({
  notes: z.string(),
  forms: z.array(z.string()),
  effects: z.array(z.string()),
});
export type PartnerDetail = z.infer<typeof partnerDetailSchema>;

export const partnersChannels = {
  'partners:list': { input: emptyInput, output: z.array(partnerSummarySchema) },
  'partners:get': { input: z.object({ id: idSchema }).strict(), output: partnerDetailSchema },
} as const;

export const PARTNER_STATUS_LABELS: Record<PartnerStatus, string> = {
  potential: 'Потенциальный',
  active: 'Действующий',
  suspended: 'Приостановлен',
  former: 'Бывший',
};
