/** The fields of `value` that an object schema names: a record as the office edits it, from its detail. */
export function pickFields<T>(schema: { shape: Record<string, unknown> }, value: object): T {
  const source = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(schema.shape).map((key) => [key, source[key]])) as T;
}
