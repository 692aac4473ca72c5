import type { Handlers } from '../ipc/dispatcher';
import type { ArchiveService } from './service';

export function archiveHandlers(archive: ArchiveService): Pick<Handlers, 'archive:export' | 'archive:import'> {
  return {
    'archive:export': () => archive.exportToFile(),
    'archive:import': () => archive.importFromFile(),
  };
}
