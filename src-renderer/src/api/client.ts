import type { ApiErrorData, Channel, Envelope, ErrorCode, Input, Output } from '@contract';
import { BRIDGE_KEY, type Bridge } from '@contract/bridge';

/** A refused call: its message is Russian and fit to show; `fields` go next to their inputs. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string>;

  constructor(data: ApiErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    this.fields = data.fields ?? {};
  }
}

function bridge(): Bridge {
  const candidate = (window as unknown as Record<string, Bridge | undefined>)[BRIDGE_KEY];
  if (!candidate)
    throw new ApiError({ code: 'internal', message: 'Программа запущена без связи с хранилищем данных.' });
  return candidate;
}

/** The typed client over window.api: resolves with the channel's output or rejects with an ApiError. */
export async function invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  let envelope: Envelope<unknown>;
  try {
    envelope = await bridge().invoke(channel, input);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError({ code: 'internal', message: 'Нет связи с хранилищем данных. Перезапустите программу.' });
  }
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.value as Output<C>;
}
