import { CHANNELS, type Channel } from '../contract';
import { READ_ONLY_WRITE_REFUSED } from '../db/connection';
import { AppError, errorCode } from '../errors';
import type { Handlers } from '../ipc/dispatcher';

const UNREADABLE =
  'Эти данные не читаются: файл данных повреждён. Восстановите данные из резервной копии в Настройках.';

type AnyHandler = (input: unknown) => unknown;

/**
 * `handler`, with a write SQLite refuses, or a read of a damaged page, told as what it is — the file is damaged,
 * restore a backup — rather than as a fault of the disk.
 */
function toldAsDamage(handler: AnyHandler): AnyHandler {
  return async (input) => {
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

/**
 * The handlers of a store opened read-only because it has not proved sound at start (it failed its check, or it
 * is an empty file while backups exist). Only `recovery` is built at once — settings, backups, restore, the
 * archive: none reads the store when it is built — so the app always opens with the reason and the list of copies.
 * Every other channel builds the rest on its first call; where the store does not read that far (a damaged header
 * or schema), the call is told the data do not read, and the next call tries again.
 */
export function unprovedStoreHandlers(recovery: Partial<Handlers>, build: () => Handlers): Handlers {
  let built: Handlers | null = null;
  const later =
    (channel: Channel): AnyHandler =>
    (input) => {
      try {
        built ??= build();
      } catch {
        throw new AppError('storage', UNREADABLE);
      }
      return (built[channel] as AnyHandler)(input);
    };
  const handlers = { ...Object.fromEntries(CHANNELS.map((channel) => [channel, later(channel)])), ...recovery };
  return Object.fromEntries(
    Object.entries(handlers).map(([channel, handler]) => [channel, toldAsDamage(handler as AnyHandler)]),
  ) as unknown as Handlers;
}
