import type { StoreStatus } from '../contract/backups';
import type { Handlers } from '../ipc/dispatcher';
import type { BackupsService } from './service';

export function backupsHandlers(
  backups: BackupsService,
  storeStatus: () => StoreStatus,
): Pick<
  Handlers,
  | 'backups:list'
  | 'backups:create'
  | 'backups:saveCopy'
  | 'backups:progress'
  | 'backups:restore'
  | 'backups:undoRestore'
  | 'store:status'
> {
  return {
    'backups:list': () => backups.list(),
    'backups:create': () => backups.createManual(),
    'backups:saveCopy': () => backups.saveCopy(),
    'backups:progress': () => backups.progress(),
    'backups:restore': ({ name }) => backups.restore(name),
    'backups:undoRestore': () => backups.undoRestore(),
    'store:status': () => storeStatus(),
  };
}
