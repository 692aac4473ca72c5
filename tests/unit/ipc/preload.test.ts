import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), send: vi.fn(), on: vi.fn() },
}));
vi.mock('electron', () => ({ ...electron, default: electron }));

describe('preload', () => {
  it('exposes exactly one object, window.api, which forwards contract channels to ipcRenderer.invoke', async () => {
    await import('../../../src-main/preload');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(key).toBe('api');
    expect(Object.keys(api)).toEqual(['invoke']);

    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: { school: {} } });
    const invoke = api['invoke'] as (channel: string, input: unknown) => Promise<unknown>;
    await expect(invoke('settings:get', {})).resolves.toEqual({ ok: true, value: { school: {} } });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('settings:get', {});

    await expect(invoke('shell:openExternal', 'https://example.com')).resolves.toMatchObject({
      error: { code: 'unknown_channel' },
    });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledOnce();
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
  });
});
