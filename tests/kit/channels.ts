import type { AppCore } from '../../src-main/app-core';
import type { Channel, Input, Output } from '../../src-main/contract';
import type { ApiErrorData } from '../../src-main/contract/envelope';

/** Calls a channel and returns its value, failing with the Russian message (and field messages) if it was refused. */
export async function call<C extends Channel>(
  core: Pick<AppCore, 'dispatch'>,
  channel: C,
  input: Input<C>,
): Promise<Output<C>> {
  return (await callAny(core, channel, input)) as Output<C>;
}

/** `call` for a channel picked at run time from a table of cases, whose input only the dispatcher checks. */
export async function callAny(core: Pick<AppCore, 'dispatch'>, channel: Channel, input: unknown): Promise<unknown> {
  const answer = await core.dispatch(channel, input);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.message} ${JSON.stringify(answer.error.fields ?? {})}`);
  return answer.value;
}

/** The refusal of a call that must be refused; fails if the channel answered a value. */
export async function refusal(
  core: Pick<AppCore, 'dispatch'>,
  channel: Channel,
  input: unknown,
): Promise<ApiErrorData> {
  const answer = await core.dispatch(channel, input);
  if (answer.ok) throw new Error(`${channel} was not refused: ${JSON.stringify(answer.value)}`);
  return answer.error;
}

/** The id of the partner stored under this full name (the programme's partners are there from the first start). */
export function partnerId(core: Pick<AppCore, 'db'>, fullName: string): number {
  const row = core.db.prepare('SELECT id FROM partners WHERE full_name = ?').get(fullName) as
    { id: number } | undefined;
  if (!row) throw new Error(`No partner «${fullName}» in the store`);
  return row.id;
}
