import { isChannel, type Envelope } from '../contract';
import type { Bridge } from '../contract/bridge';

/** How the bridge reaches the main process: ipcRenderer.invoke in the preload, a fake in tests. */
export type InvokeFn = (channel: string, input: unknown) => Promise<unknown>;

const UNKNOWN_CHANNEL: Envelope<never> = {
  ok: false,
  error: { code: 'unknown_channel', message: 'Неизвестная операция.' },
};

const NO_ANSWER: Envelope<never> = {
  ok: false,
  error: { code: 'internal', message: 'Нет ответа от хранилища данных. Перезапустите программу.' },
};

/**
 * `window.api`: contract channels only, so the page cannot reach any other IPC channel;
 * an answer is always an envelope, never a rejected promise.
 */
export function createBridge(invoke: InvokeFn): Bridge {
  return Object.freeze({
    async invoke(channel: string, input: unknown): Promise<Envelope<unknown>> {
      if (!isChannel(channel)) return UNKNOWN_CHANNEL;
      try {
        return (await invoke(channel, input)) as Envelope<unknown>;
      } catch {
        return NO_ANSWER;
      }
    },
  });
}
