import { z } from 'zod';
import { emptyInput } from './text';

/** The long operations the window shows the progress of. */
export const JOB_TASKS = ['partnersImport', 'planImport', 'archiveExport', 'archiveImport', 'templateImport'] as const;
export type JobTask = (typeof JOB_TASKS)[number];

const jobProgressSchema = z
  .object({
    task: z.enum(JOB_TASKS),
    /** Steps done of `total`. */
    done: z.number().int().min(0),
    total: z.number().int().min(1),
  })
  .strict();
export type JobProgress = z.infer<typeof jobProgressSchema>;

export const jobsChannels = {
  /**
   * How far the long operation running now has gone (reading a file to import, saving or loading the archive); null
   * when none runs. The window asks for it every few hundred milliseconds while it waits for that operation's answer.
   */
  'jobs:progress': { input: emptyInput, output: z.object({ running: jobProgressSchema.nullable() }).strict() },
} as const;
