import type { CoreContext, DomainModule } from '../core-context';

/** The programme itself and Главная's summary of it. */
export function programModule({ services }: CoreContext): DomainModule<'program:get' | 'home:summary'> {
  return {
    handlers: {
      'program:get': () => services.program.program(),
      'home:summary': ({ year }) => services.program.homeSummary(year),
    },
  };
}
