import { z } from 'zod';
import { stageSchema } from './partners';
import { academicYearSchema } from './academic-year';
import { emptyInput } from './text';

export const programSchema = z.object({
  goal: z.string(),
  tasks: z.array(z.object({ id: z.number().int(), text: z.string() })),
  principles: z.array(z.string()),
  stages: z.array(z.object({ n: stageSchema, name: z.string(), content: z.string() })),
  venues: z.array(z.string()),
  lendableResources: z.array(z.string()),
  staffDevelopmentForms: z.array(z.string()),
});
export type Program = z.infer<typeof programSchema>;

export const homeSummarySchema = z.object({
  partnersTotal: z.number().int().min(0),
  byStage: z.array(z.object({ stage: stageSchema, name: z.string(), count: z.number().int().min(0) })),
  byCategory: z.array(z.object({ category: z.string(), count: z.number().int().min(0) })),
  byStatus: z.array(z.object({ status: z.string(), count: z.number().int().min(0) })),
});
export type HomeSummary = z.infer<typeof homeSummarySchema>;

export const programChannels = {
  'program:get': { input: emptyInput, output: programSchema },
  'home:summary': {
    /** The academic year whose stages are counted; the current one when left out. */
    input: z.object({ year: academicYearSchema.optional() }).strict(),
    output: homeSummarySchema,
  },
} as const;
