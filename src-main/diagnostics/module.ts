import { localIsoDate } from '../contract/academic-year';
import type { CoreContext, DomainModule } from '../core-context';
import { diagnosticsZip } from './archive';

/** «Сохранить диагностику»: the log and what the store holds, counted, for whoever helps the school. */
export function diagnosticsModule(ctx: CoreContext): DomainModule<'diagnostics:save'> {
  return {
    handlers: {
      'diagnostics:save': async () => {
        const at = ctx.now();
        const bytes = await diagnosticsZip({ db: ctx.db, logsDir: ctx.paths.logs, now: at });
        return ctx.saveExport(bytes, `Диагностика Содружество ${localIsoDate(at)}`, 'zip');
      },
    },
  };
}
