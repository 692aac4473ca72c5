import type { CoreContext, DomainModule } from '../core-context';

/** The whole store with its files as one archive, saved and loaded. */
export function archiveModule({ archive }: CoreContext): DomainModule<'archive:export' | 'archive:import'> {
  return {
    handlers: {
      'archive:export': () => archive.exportToFile(),
      'archive:import': () => archive.importFromFile(),
    },
  };
}
