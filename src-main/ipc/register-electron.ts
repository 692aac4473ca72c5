import { CHANNELS, type Envelope } from '../contract';
import type { Logger } from '../errors';
import { isTrustedSender } from '../platform/security';
import type { Dispatch } from './dispatcher';

/** The part of Electron's WebFrameMain the sender check reads. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: SenderFrameLike | null;
}

/** The part of Electron's IpcMainInvokeEvent the sender check reads. */
export interface InvokeEventLike {
  readonly senderFrame: SenderFrameLike | null;
}

/** The part of Electron's ipcMain that registration uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

const FORBIDDEN: Envelope<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'Операция доступна только из окна программы.' },
};

/**
 * One handler per contract channel. Each answers only the app's own page in its top-level frame
 * (a frame whose parent is null); anyone else is refused and logged without reaching the store.
 * Returns a function that removes the handlers.
 */
export function registerIpc(ipcMain: IpcMainLike, dispatch: Dispatch, appEntryUrl: string, logger: Logger): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input) => {
      const frame = event.senderFrame;
      const sender = frame ? { frameUrl: frame.url, isTopFrame: frame.parent === null } : null;
      if (!isTrustedSender(sender, appEntryUrl)) {
        logger.warn(`IPC call to ${channel} refused: untrusted sender`, sender ?? 'no frame');
        return FORBIDDEN;
      }
      return dispatch(channel, input);
    });
  }
  return () => unregisterIpc(ipcMain);
}

export function unregisterIpc(ipcMain: IpcMainLike): void {
  for (const channel of CHANNELS) ipcMain.removeHandler(channel);
}
