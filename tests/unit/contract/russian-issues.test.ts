import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, type Channel } from '../../../src-main/contract';
import { fieldMessages } from '../../../src-main/ipc/zod-fields';

const LATIN = /[A-Za-z]/;

/** The messages the channel's input schema gives `input`, by field, as the dispatcher answers them. */
function messages(channel: Channel, input: unknown): Record<string, string> {
  const parsed = contract[channel].input.safeParse(input);
  if (parsed.success) throw new Error(`${channel} accepted ${JSON.stringify(input)}`);
  return fieldMessages(parsed.error);
}

describe('the messages zod makes itself', () => {
  it('name the expected and the given kind of value in Russian words', () => {
    expect(messages('agreements:list', 5)).toEqual({ _: 'Неверное значение: ожидается набор полей, передано: число' });
    expect(messages('agreements:list', { types: 'cooperation' })).toEqual({
      types: 'Неверное значение: ожидается список, передано: текст',
    });
  });

  it('say that a required value is missing', () => {
    expect(messages('agreements:list', undefined)).toEqual({ _: 'Значение не передано: ожидается набор полей' });
  });

  it('list a list’s values by their Russian labels', () => {
    expect(messages('agreements:list', { statuses: ['signed'] })).toEqual({
      'statuses.0': 'Допустимые значения: черновик, действует, истекает, истёк, пролонгирован, расторгнут',
    });
  });

  it('refuse a value of a list without labels in general words, never naming its values', () => {
    expect(messages('events:delete', { id: 1, scope: 'all' })).toEqual({ scope: 'Значение не из списка допустимых' });
  });

  it('count unknown fields without naming them', () => {
    expect(messages('agreements:list', { evil: 1 })).toEqual({ _: 'Передано лишнее поле' });
    expect(messages('agreements:list', { evil: 1, worse: 2 })).toEqual({ _: 'Переданы лишние поля: 2' });
  });

  it('state limits with their units in Russian', () => {
    const message = (schema: z.ZodType, input: unknown) => schema.safeParse(input).error?.issues[0]?.message;
    expect(message(z.string().max(3), 'длинный')).toBe('Не более 3 символов');
    expect(message(z.string().max(1), 'да')).toBe('Не более 1 символа');
    expect(message(z.string().min(1), '')).toBe('Поле не заполнено');
    expect(message(z.string().min(5), 'мал')).toBe('Не менее 5 символов');
    expect(message(z.string().length(2), 'мал')).toBe('Нужно ровно 2 символа');
    expect(message(z.array(z.number()).max(2), [1, 2, 3])).toBe('Не более 2 элементов');
    expect(message(z.number().int().min(1), 0)).toBe('Не меньше 1');
    expect(message(z.number().lt(5), 5)).toBe('Меньше 5');
    expect(message(z.number().int(), 1.5)).toBe('Неверное значение: ожидается целое число, передано: число');
    expect(message(z.literal(''), 'текст')).toBe('Поле должно остаться пустым');
    expect(message(z.enum(['НОО', 'ООО']), 'СОО')).toBe('Допустимые значения: НОО, ООО');
  });

  it('have no Latin letter, whatever the input', () => {
    const inputs: [Channel, unknown][] = [
      ['agreements:list', null],
      ['agreements:list', []],
      ['agreements:list', { statuses: 'draft' }],
      ['agreements:list', { types: [1] }],
      ['documents:preview', { kind: 'nope' }],
      ['documents:preview', { kind: 'agreement', id: 1.5 }],
      ['documents:preview', { kind: 'agreement', id: Number.NaN }],
      ['documents:preview', {}],
    ];
    for (const [channel, input] of inputs) {
      for (const message of Object.values(messages(channel, input))) expect(message).not.toMatch(LATIN);
    }
  });
});
