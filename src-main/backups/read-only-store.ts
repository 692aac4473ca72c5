import { READ_ONLY_WRITE_REFUSED } from '../db/connection';
import { AppError, errorCode } from '../errors';
import type { Handlers } from '../ipc/dispatcher';

const UNREADABLE =
  'Эти данные не читаются: файл данных повреждён. Восстановите данные из резервной копии в Настройках.';

/**
 * The handlers of a store opened read-only because its file is damaged (`damaged`), unchanged otherwise: a write
 * SQLite refuses, or a read of a damaged page, is told as what it is — the file is damaged, restore a backup —
 * rather than as a fault of the disk.
 */
export function whenDamaged(damaged: boolean, handlers: Handlers): Handlers {
  if (!damaged) return handlers;
  const wrapped: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [channel, handler] of Object.entries(handlers) as [string, (input: unknown) => unknown][]) {
    wrapped[channel] = async (input) => {
      try {
        return await handler(input);
      } catch (error) {
        const code = errorCode(error) ?? '';
        if (code.startsWith('SQLITE_READONLY')) throw new AppError('storage', READ_ONLY_WRITE_REFUSED);
        if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') throw new AppError('storage', UNREADABLE);
        throw error;
      }
    };
  }
  return wrapped as unknown as Handlers;
}
