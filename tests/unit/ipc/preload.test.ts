import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BRIDGE_KEY, type Bridge } from '../../../src-main/contract/bridge';
import { CHANNELS } from '../../../src-main/contract';

/** The preload as `npm run build` writes it (npm test builds before the tests run; alone, build first). */
const PRELOAD = join(import.meta.dirname, '../../../out/preload/preload.cjs');

/** Runs the built preload as Electron would, with a stand-in for the one module it may require. */
function loadPreload(): { exposed: Map<string, unknown>; bridge: Bridge; forwarded: string[]; sent: string[] } {
  const exposed = new Map<string, unknown>();
  const forwarded: string[] = [];
  const sent: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: (channel: string) => {
        forwarded.push(channel);
        return Promise.resolve({ ok: true, value: null });
      },
      send: (channel: string) => sent.push(channel),
    },
  };
  const require = (name: string) => {
    if (name !== 'electron') throw new Error(`the preload required ${name}`);
    return electron;
  };
  runInNewContext(readFileSync(PRELOAD, 'utf8'), { require, module: { exports: {} }, exports: {} });
  return { exposed, bridge: exposed.get(BRIDGE_KEY) as Bridge, forwarded, sent };
}

describe('the built preload', () => {
  it('is small: it carries the channels’ names, not their schemas', () => {
    expect(statSync(PRELOAD).size).toBeLessThan(16 * 1024);
    expect(readFileSync(PRELOAD, 'utf8')).not.toMatch(/zod/i);
  });

  it('exposes exactly one object, window.api, with invoke and nothing else, frozen', () => {
    const { exposed, bridge } = loadPreload();
    expect([...exposed.keys()]).toEqual([BRIDGE_KEY]);
    expect(Object.keys(bridge)).toEqual(['invoke']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('forwards every channel of the contract to ipcRenderer.invoke, and nothing else', async () => {
    const { bridge, forwarded, sent } = loadPreload();
    for (const channel of CHANNELS) await expect(bridge.invoke(channel, {})).resolves.toEqual({ ok: true, value: null });
    expect(forwarded).toEqual(CHANNELS);
    for (const channel of ['fs:readFile', '__ELECTRON_LOG__', 'toString', '']) {
      await expect(bridge.invoke(channel, {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
    expect(forwarded).toHaveLength(CHANNELS.length);
    expect(sent).toEqual([]);
  });
});
