import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../src-main/contract';
import { AppError } from '../../../src-main/errors';
import { createDispatcher, type Handlers } from '../../../src-main/ipc/dispatcher';
import { silentLogger } from '../../kit';

const category = { id: 1, name: 'Спорт', partnersCount: 0 };

/** Every channel answers "not used" unless a test gives it a handler of its own. */
function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const unused = () => {
    throw new Error('not used in this test');
  };
  const all = Object.fromEntries(CHANNELS.map((channel) => [channel, unused])) as unknown as Handlers;
  return { ...all, 'partners:list': () => [], 'partners:addCategory': () => category, ...overrides };
}

describe('the dispatcher', () => {
  it('answers an unknown channel with an error envelope and calls nothing', async () => {
    const dispatch = createDispatcher(handlers(), { validateOutput: true, logger: silentLogger });
    const answer = await dispatch('partners:drop', {});
    expect(answer).toEqual({ ok: false, error: { code: 'unknown_channel', message: 'Неизвестная операция.' } });
  });

  it('does not treat inherited object keys as channels', async () => {
    const dispatch = createDispatcher(handlers(), { validateOutput: true, logger: silentLogger });
    for (const channel of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 42, null]) {
      const answer = await dispatch(channel, {});
      expect(answer.ok).toBe(false);
    }
  });

  it('refuses input with unknown keys before the handler runs', async () => {
    const add = vi.fn(() => category);
    const dispatch = createDispatcher(handlers({ 'partners:addCategory': add }), {
      validateOutput: true,
      logger: silentLogger,
    });
    const answer = await dispatch('partners:addCategory', { name: 'Спорт', extra: true });
    expect(answer.ok).toBe(false);
    expect(add).not.toHaveBeenCalled();
  });

  it('names each invalid field with a Russian message', async () => {
    const dispatch = createDispatcher(handlers(), { validateOutput: true, logger: silentLogger });
    const answer = await dispatch('partners:get', { id: 'один' });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('invalid_input');
    expect(answer.error.message).toBe('Проверьте введённые данные.');
    expect(answer.error.fields?.id).toMatch(/[а-я]/i);
    const empty = await dispatch('partners:addCategory', { name: '   ' });
    expect(empty).toMatchObject({ ok: false, error: { fields: { name: 'Укажите название направления' } } });
  });

  it('passes the parsed input to the handler and wraps its result', async () => {
    let received: unknown;
    const dispatch = createDispatcher(
      handlers({
        'partners:addCategory': (input) => {
          received = input;
          return category;
        },
      }),
      { validateOutput: true, logger: silentLogger },
    );
    expect(await dispatch('partners:addCategory', { name: '  Спорт ' })).toEqual({ ok: true, value: category });
    expect(received).toEqual({ name: 'Спорт' });
  });

  it('turns an AppError into its envelope with code, message and fields', async () => {
    const dispatch = createDispatcher(
      handlers({
        'partners:addCategory': () => {
          throw new AppError('not_found', 'Партнёр не найден.', { id: 'Нет такого' });
        },
      }),
      { validateOutput: true, logger: silentLogger },
    );
    expect(await dispatch('partners:addCategory', { name: 'Спорт' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Партнёр не найден.', fields: { id: 'Нет такого' } },
    });
  });

  it('hides an unexpected exception behind a Russian message and logs it', async () => {
    const logger = { ...silentLogger, error: vi.fn() };
    const dispatch = createDispatcher(
      handlers({
        'partners:list': () => {
          throw new TypeError('boom at line 3');
        },
      }),
      { validateOutput: true, logger },
    );
    const answer = await dispatch('partners:list', {});
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('internal');
    expect(answer.error.message).not.toContain('boom');
    expect(answer.error.message).toMatch(/журнал/);
    expect(logger.error).toHaveBeenCalled();
  });

  it('refuses an output that breaks the contract when outputs are checked', async () => {
    const dispatch = createDispatcher(handlers({ 'partners:list': () => [{ id: 'x' }] as never }), {
      validateOutput: true,
      logger: silentLogger,
    });
    const answer = await dispatch('partners:list', {});
    expect(answer.ok).toBe(false);
  });

  it('handles an async handler that rejects like one that throws', async () => {
    const dispatch = createDispatcher(
      handlers({ 'partners:list': async () => Promise.reject(new AppError('conflict', 'Занято.')) }),
      { validateOutput: true, logger: silentLogger },
    );
    expect(await dispatch('partners:list', {})).toEqual({ ok: false, error: { code: 'conflict', message: 'Занято.' } });
  });
});
