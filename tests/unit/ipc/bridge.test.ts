import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../src-main/contract';
import { createBridge } from '../../../src-main/ipc/bridge';

describe('createBridge', () => {
  it('refuses an unknown channel without calling the invoke function', async () => {
    const invoke = vi.fn();
    const bridge = createBridge(invoke, CHANNELS);
    await expect(bridge.invoke('fs:readFile', { path: '/etc/passwd' })).resolves.toEqual({
      ok: false,
      error: { code: 'unknown_channel', message: 'Неизвестная операция.' },
    });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('refuses names inherited from Object.prototype and non-strings', async () => {
    const invoke = vi.fn();
    const bridge = createBridge(invoke, CHANNELS);
    for (const channel of ['toString', '__proto__', 'constructor', '', 42, null]) {
      await expect(bridge.invoke(channel as string, {})).resolves.toMatchObject({ error: { code: 'unknown_channel' } });
    }
    expect(invoke).not.toHaveBeenCalled();
  });

  it('forwards a contract channel and its input, and returns the answer as it came', async () => {
    const answer = { ok: true, value: [] };
    const invoke = vi.fn().mockResolvedValue(answer);
    const bridge = createBridge(invoke, CHANNELS);
    await expect(bridge.invoke('partners:list', {})).resolves.toBe(answer);
    expect(invoke).toHaveBeenCalledWith('partners:list', {});
  });

  it('answers with an error envelope, not a rejection, when the main process does not answer', async () => {
    const bridge = createBridge(
      vi.fn().mockRejectedValue(new Error("No handler registered for 'partners:list'")),
      CHANNELS,
    );
    await expect(bridge.invoke('partners:list', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('exposes invoke and nothing else, frozen', () => {
    const bridge = createBridge(vi.fn(), CHANNELS);
    expect(Object.keys(bridge)).toEqual(['invoke']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });
});
