import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Envelope } from '../../../src-main/contract';
import type { Logger } from '../../../src-main/errors';
import type { Dispatch } from '../../../src-main/ipc/dispatcher';
import {
  registerIpc,
  unregisterIpc,
  type InvokeEventLike,
  type IpcMainLike,
  type SenderFrameLike,
} from '../../../src-main/ipc/register-electron';

const ENTRY = 'file:///opt/sodruzhestvo/out/renderer/index.html';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => void handlers.delete(channel),
  };
  return { ipcMain, handlers };
}

function setup() {
  const { ipcMain, handlers } = fakeIpcMain();
  const answer: Envelope<unknown> = { ok: true, value: [{ id: 1 }] };
  const dispatch = vi.fn<Dispatch>().mockResolvedValue(answer);
  const logger: Logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const unregister = registerIpc(ipcMain, dispatch, ENTRY, logger);
  const call = (channel: string, senderFrame: SenderFrameLike | null, input: unknown = {}) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`No handler for ${channel}`);
    return handler({ senderFrame }, input);
  };
  return { ipcMain, handlers, dispatch, logger, answer, unregister, call };
}

const topFrame = (url: string): SenderFrameLike => ({ url, parent: null });

describe('registerIpc', () => {
  it('registers one handler for each contract channel and no other', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('passes a call from the app’s own page to dispatch and returns its envelope', async () => {
    const { call, dispatch, answer } = setup();
    await expect(call('partners:list', topFrame(`${ENTRY}#/partners`), {})).resolves.toBe(answer);
    expect(dispatch).toHaveBeenCalledWith('partners:list', {});
  });

  it('dispatches the channel it was registered for, whatever else the sender passes', async () => {
    const { handlers, dispatch } = setup();
    await handlers.get('settings:get')?.({ senderFrame: topFrame(ENTRY) }, {}, 'partners:get', { id: 1 });
    expect(dispatch).toHaveBeenCalledWith('settings:get', {});
  });

  it.each([
    ['a subframe of the app’s page', { url: ENTRY, parent: topFrame(ENTRY) }],
    ['another local file', topFrame('file:///tmp/evil.html')],
    ['a web page', topFrame('https://example.com/')],
    ['a frame that is gone', null],
  ])('refuses %s without reaching dispatch, and logs it', async (_who, frame) => {
    const { call, dispatch, logger } = setup();
    const answer = (await call('partners:list', frame)) as Envelope<unknown>;
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(answer.ok === false && /[а-яё]/i.test(answer.error.message)).toBe(true);
    expect(dispatch).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledOnce();
  });

  it('returns a function that removes every handler', () => {
    const { handlers, unregister } = setup();
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('can register again after the handlers are removed', () => {
    const { ipcMain, handlers, dispatch, logger } = setup();
    unregisterIpc(ipcMain);
    expect(() => registerIpc(ipcMain, dispatch, ENTRY, logger)).not.toThrow();
    expect(handlers.size).toBe(CHANNELS.length);
  });
});
