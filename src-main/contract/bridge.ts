import type { Envelope } from './envelope';

/**
 * What the preload exposes as `window.api` (and the test harness injects over HTTP):
 * one `invoke` for contract channels; never raw ipcRenderer.
 */
export interface Bridge {
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>>;
}

export const BRIDGE_KEY = 'api';
