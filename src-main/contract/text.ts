import { z } from 'zod';

/** A required single-line text: trimmed, not empty, bounded. */
export function requiredText(max: number, emptyMessage: string) {
  return z
    .string({ error: 'Ожидается текст' })
    .trim()
    .min(1, { error: emptyMessage })
    .max(max, { error: `Не более ${max} символов` });
}

/** An optional text: trimmed, may be empty, bounded. */
export function optionalText(max: number) {
  return z
    .string({ error: 'Ожидается текст' })
    .trim()
    .max(max, { error: `Не более ${max} символов` });
}

/** A whole number within bounds. */
export function boundedInt(min: number, max: number) {
  return z
    .number({ error: 'Введите число' })
    .int({ error: 'Введите целое число' })
    .min(min, { error: `Не меньше ${min}` })
    .max(max, { error: `Не больше ${max}` });
}

export const idSchema = z
  .number({ error: 'Ожидается идентификатор' })
  .int({ error: 'Ожидается идентификатор' })
  .min(1, { error: 'Ожидается идентификатор' })
  .max(Number.MAX_SAFE_INTEGER, { error: 'Ожидается идентификатор' });

/** The input of a channel that names one record. */
export const idInputSchema = z.object({ id: idSchema }).strict();

/** What a channel that deletes a record answers. */
export const deletedSchema = z.object({ deleted: z.literal(true) }).strict();

export const emptyInput = z.object({}).strict();

/** «73,7»: a number with a decimal comma and `digits` places. */
export function decimal(value: number, digits = 1): string {
  return value.toFixed(digits).replace('.', ',').replace('-', '\u2212');
}
