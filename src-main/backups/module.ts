import type { CoreContext, DomainModule } from '../core-context';

type BackupChannel =
  | 'backups:list'
  | 'backups:create'
  | 'backups:saveCopy'
  | 'backups:progress'
  | 'backups:restore'
  | 'backups:undoRestore'
  | 'store:status';

/** Copies of the store, their restore, and whether the store opened read-only. */
export function backupsModule({ backups, store }: CoreContext): DomainModule<BackupChannel> {
  return {
    handlers: {
      'backups:list': () => backups.list(),
      'backups:create': () => backups.createManual(),
      'backups:saveCopy': () => backups.saveCopy(),
      'backups:progress': () => backups.progress(),
      'backups:restore': ({ name }) => backups.restore(name),
      'backups:undoRestore': () => backups.undoRestore(),
      'store:status': () => store,
    },
  };
}
