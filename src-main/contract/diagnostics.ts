import { z } from 'zod';
import { emptyInput } from './text';

export const diagnosticsChannels = {
  /**
   * «Сохранить диагностику»: a ZIP of the logs and versions.json (versions, system, table counts; never the
   * database, the settings or anything personal), saved where the user chooses; `path` is null when cancelled.
   */
  'diagnostics:save': { input: emptyInput, output: z.object({ path: z.string().nullable() }).strict() },
} as const;
