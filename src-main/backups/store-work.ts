import { AppError } from '../errors';

/** The work that reads the store's whole file or replaces it, and so must never overlap. */
export type StoreTask = 'restore' | 'import' | 'export' | 'backup';

/** What a second task is told while one runs: what is running, in the user's words. */
export const STORE_BUSY: Record<StoreTask, string> = {
  restore: 'Идёт восстановление из копии: подождите, пока оно закончится, и повторите.',
  import: 'Идёт загрузка архива: подождите, пока она закончится, и повторите.',
  export: 'Идёт сохранение архива: подождите, пока оно закончится, и повторите.',
  backup: 'Идёт создание резервной копии: подождите, пока оно закончится, и повторите.',
};

/**
 * Runs a restore, an archive import or export and a backup one at a time (a restore and an import reopen the store
 * inside their task): a task asked for while another runs is refused, saying which one runs, and changes nothing.
 */
export class StoreWork {
  private running: StoreTask | null = null;

  async run<T>(task: StoreTask, work: () => Promise<T>): Promise<T> {
    if (this.running) throw new AppError('conflict', STORE_BUSY[this.running]);
    this.running = task;
    try {
      return await work();
    } finally {
      this.running = null;
    }
  }
}
