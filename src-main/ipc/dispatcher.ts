import {
  CHECK_INPUT,
  contract,
  isChannel,
  type Channel,
  type Envelope,
  type Output,
  type ParsedInput,
} from '../contract';
import { AppError, type Logger } from '../errors';
import { storageErrorOf } from './storage-errors';
import { fieldMessages } from './zod-fields';

export type Handler<C extends Channel> = (input: ParsedInput<C>) => Output<C> | Promise<Output<C>>;
export type Handlers = { [C in Channel]: Handler<C> };

export interface DispatcherOptions {
  /** Parse every output against the contract too (tests and the harness); production trusts typed code. */
  validateOutput: boolean;
  logger: Logger;
}

export type Dispatch = (channel: unknown, rawInput: unknown) => Promise<Envelope<unknown>>;

const INTERNAL_MESSAGE = 'Внутренняя ошибка программы. Данные не изменены; подробности записаны в журнал.';

/**
 * The one seam between the renderer and the store: validate the input, call the handler,
 * check the output, and answer with an envelope. It never throws.
 */
export function createDispatcher(handlers: Handlers, options: DispatcherOptions): Dispatch {
  return async (channel, rawInput) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: 'Неизвестная операция.' } };
    }
    const parsed = contract[channel].input.safeParse(rawInput);
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'invalid_input', message: CHECK_INPUT, fields: fieldMessages(parsed.error) },
      };
    }
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      const value: unknown = await handler(parsed.data);
      if (options.validateOutput) {
        const out = contract[channel].output.safeParse(value);
        if (!out.success) {
          options.logger.error(`Output of ${channel} does not match the contract`, out.error.issues);
          return { ok: false, error: { code: 'internal', message: INTERNAL_MESSAGE } };
        }
        return { ok: true, value: out.data };
      }
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toData() };
      options.logger.error(`Handler of ${channel} failed`, error);
      // A full disk, a read-only folder, a file held by another program: the user can act on it.
      return { ok: false, error: storageErrorOf(error) ?? { code: 'internal', message: INTERNAL_MESSAGE } };
    }
  };
}
