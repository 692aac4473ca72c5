import type { Envelope } from '../contract/envelope';
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
 * `window.api`: the contract's channels only (their names, so that the preload carries no schema), so the page
 * cannot reach any other IPC channel; an answer is always an envelope, never a rejected promise.
 */
export function createBridge(invoke: InvokeFn, channels: readonly string[]): Bridge {
  const known = new Set(channels);
  return Object.freeze({
    async invoke(channel: string, input: unknown): Promise<Envelope<unknown>> {
      if (typeof channel !== 'string' || !known.has(channel)) return UNKNOWN_CHANNEL;
      try {
        return (await invoke(channel, input)) as Envelope<unknown>;
      } catch {
        return NO_ANSWER;
      }
    },
  });
}
