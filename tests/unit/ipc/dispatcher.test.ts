import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../src-main/errors';
import { createDispatcher, type Handlers } from '../../../src-main/ipc/dispatcher';
import { silentLogger } from '../temp-dir';

const detail = {
  id: 1,
  fullName: 'ГИБДД',
  shortName: '',
  category: 'Безопасность',
  status: 'active' as const,
  stage: 1 as const,
  formsCount: 0,
  effectsCount: 0,
  notes: '',
  forms: [],
  effects: [],
};

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const unused = () => {
    throw new Error('not used in this test');
  };
  return {
    'settings:get': unused,
    'settings:saveSchool': unused,
    'partners:list': () => [],
    'partners:get': () => detail,
    'program:get': unused,
    'home:summary': unused,
    ...overrides,
  };
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
    const get = vi.fn(() => detail);
    const dispatch = createDispatcher(handlers({ 'partners:get': get }), {
      validateOutput: true,
      logger: silentLogger,
    });
    const answer = await dispatch('partners:get', { id: 1, extra: true });
    expect(answer.ok).toBe(false);
    expect(get).not.toHaveBeenCalled();
  });

  it('names each invalid field with a Russian message', async () => {
    const dispatch = createDispatcher(handlers(), { validateOutput: true, logger: silentLogger });
    const answer = await dispatch('partners:get', { id: 'один' });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('invalid_input');
    expect(answer.error.message).toBe('Проверьте введённые данные.');
    expect(answer.error.fields?.id).toMatch(/[а-я]/i);
  });

  it('passes the parsed input to the handler and wraps its result', async () => {
    const dispatch = createDispatcher(handlers(), { validateOutput: true, logger: silentLogger });
    expect(await dispatch('partners:get', { id: 1 })).toEqual({ ok: true, value: detail });
  });

  it('turns an AppError into its envelope with code, message and fields', async () => {
    const dispatch = createDispatcher(
      handlers({
        'partners:get': () => {
          throw new AppError('not_found', 'Партнёр не найден.', { id: 'Нет такого' });
        },
      }),
      { validateOutput: true, logger: silentLogger },
    );
    expect(await dispatch('partners:get', { id: 5 })).toEqual({
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
