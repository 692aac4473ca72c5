import { z } from 'zod';
import { academicYearSchema } from './academic-year';

/**
 * What a school sets up first, in this order: its profile, the year's classes and their enrolment, the teachers, the
 * partners' agreements, the year's plan.
 */
export const SETUP_STEPS = ['school', 'classes', 'teachers', 'agreements', 'plan'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

/** Главная's setup list: each step, done or not as the records are now, and whether the office hid the list. */
export const setupSchema = z.object({
  year: academicYearSchema,
  hidden: z.boolean(),
  steps: z.array(z.object({ step: z.enum(SETUP_STEPS), done: z.boolean() })),
});
export type Setup = z.infer<typeof setupSchema>;

export const homeChannels = {
  'home:setup': {
    /** The academic year whose classes and plan are looked at; the current one when left out. */
    input: z.object({ year: academicYearSchema.optional() }).strict(),
    output: setupSchema,
  },
  /** Hides Главная's setup list, or shows it again (from Настройки). */
  'home:hideSetup': {
    input: z.object({ hidden: z.boolean({ error: 'Ожидается «да» или «нет»' }) }).strict(),
    output: z.object({ hidden: z.boolean() }),
  },
} as const;
