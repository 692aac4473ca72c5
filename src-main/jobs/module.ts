import type { CoreContext, DomainModule } from '../core-context';

/** The progress of the long operation running now, for the window to show. */
export function jobsModule({ jobs }: CoreContext): DomainModule<'jobs:progress'> {
  return { handlers: { 'jobs:progress': () => ({ running: jobs.progress() }) } };
}
