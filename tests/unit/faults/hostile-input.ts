import fc from 'fast-check';
import { IMPORT_FIELDS } from '../../../src-main/contract/partner-import';

/**
 * Inputs for a channel, led by its zod schema: shapes close enough to pass some checks and reach the handler,
 * with hostile values mixed in at any depth — wrong types, NaN, ±Infinity, -0, huge strings, impossible dates,
 * `__proto__` and `constructor` as own keys, deep nesting, arrays where objects belong, extra keys.
 */

/** The parts of a zod 4 schema this walks (its `_zod.def`); anything else gets any value at all. */
interface SchemaNode {
  _zod: { def: SchemaDef };
  safeParse(value: unknown): { success: boolean };
}
interface SchemaDef {
  type: string;
  shape?: Record<string, SchemaNode>;
  element?: SchemaNode;
  innerType?: SchemaNode;
  options?: SchemaNode[];
  in?: SchemaNode;
  entries?: Record<string, string | number>;
  values?: unknown[];
  keyType?: SchemaNode;
  valueType?: SchemaNode;
  checks?: { _zod: { def: CheckDef } }[];
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
}

export const HUGE_STRING = 'Ж'.repeat(100_001);

/** A value whose own property is named `__proto__` (as JSON.parse makes it), carrying a payload to pollute with. */
export function protoPayloads(): unknown[] {
  return [
    JSON.parse('{"__proto__": {"polluted": 1}}'),
    JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}'),
    JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "id": 1}'),
    JSON.parse('[{"__proto__": {"polluted": 1}}]'),
  ];
}

function nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = 'дно';
  for (let i = 0; i < depth; i += 1) value = wrap(value);
  return value;
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Files as the renderer sends them (base64): a scan, a photo, a table to import. */
const FILES = {
  pdf: base64('%PDF-1.4\n%скан\n'),
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]).toString('base64'),
  csv: base64('Полное наименование;ИНН;Направление;Статус\nООО «Ромашка»;7707083893;Спорт;действующий\n'),
};

/** Strings that mean something to some field: real and impossible dates, years, classes, rules, files. */
const INTERESTING_STRINGS = [
  '',
  ' ',
  '\t\n',
  'Спорт',
  'ЁЛКА ёлка',
  '2026-09-01',
  '2026-11-26',
  '2027-05-31',
  '2026-02-29',
  '2028-02-29',
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '0000-00-00',
  '1989-12-31',
  '2201-01-01',
  '2026-10-06T15:00',
  '2026-10-05T10:00',
  '2026-10-05T24:00',
  '2026-10-05T10:60',
  '2026/2027',
  '2025/2026',
  '2026/2028',
  '10:00',
  '25:00',
  '2026-10',
  '2026-13',
  '5А',
  '11Я',
  '12А',
  '5a',
  'name@example.ru',
  '7707083893',
  '7707083894',
  '1027700132195',
  '773601001',
  'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270531',
  'FREQ=DAILY;COUNT=1000',
  'FREQ=DAILY;COUNT=100000',
  'FREQ=SECONDLY',
  'FREQ=WEEKLY;INTERVAL=0;COUNT=3',
  'RRULE:FREQ=YEARLY;COUNT=2',
  '{{партнёр.полное_наименование}}',
  '{{',
  '../../etc/passwd',
  'C:\\Windows\\system32\\drivers\\etc\\hosts',
  '\u0000',
  '\u202eтxt.exe',
  '\ud800',
  '💥',
  FILES.pdf,
  FILES.png,
  FILES.csv,
  'СП-{год}-{№}',
  '{№}',
  'скан.pdf',
  'партнёры.xlsx',
  '=HYPERLINK("http://example.com")',
  HUGE_STRING,
];

/** Fields whose meaning their name says better than their schema does. */
const FIELD_HINTS: Record<string, fc.Arbitrary<unknown>> = {
  content: fc.constantFrom(FILES.pdf, FILES.png, FILES.csv, ''),
  fileName: fc.constantFrom('скан.pdf', 'фото.png', 'партнёры.csv', 'партнёры.xlsx', '..\\..\\evil.exe'),
  // The columns of FILES.csv, as importRead suggests them.
  mapping: fc.constant({
    ...Object.fromEntries(IMPORT_FIELDS.map((field) => [field, null])),
    fullName: 0,
    inn: 1,
    category: 2,
    status: 3,
  }),
  rrule: fc.constantFrom(
    null,
    'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270531',
    'FREQ=DAILY;COUNT=5',
    'FREQ=MONTHLY;BYDAY=-1FR;COUNT=3',
    'FREQ=YEARLY;BYMONTHDAY=31;COUNT=4',
    'FREQ=DAILY;INTERVAL=1;UNTIL=20991231',
    'FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=1000',
  ),
};

const EDGE_NUMBERS = [
  0,
  -0,
  -1,
  1,
  2,
  3,
  0.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  2 ** 31,
  2 ** 53,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  Number.MIN_VALUE,
];

/** Any value at all that an attacker could send, schema or no schema. */
export function hostileValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom<unknown>(
      null,
      undefined,
      ...EDGE_NUMBERS,
      true,
      false,
      HUGE_STRING,
      'x'.repeat(300_000),
      '2026-02-30',
      '2026-13-01',
      [],
      {},
      [{}],
      [1, 2, 3],
      new Date('invalid'),
      new Date(2026, 1, 30),
      10n ** 30n,
      new Map([['id', 1]]),
      new Set([1]),
      new Uint8Array([37, 80, 68, 70, 45]),
      /^$/,
    ),
    fc.constantFrom(...protoPayloads()),
    fc.constantFrom(
      nested(1000, (inner) => [inner]),
      nested(1000, (inner) => ({ a: inner })),
      nested(200, (inner) => ({ id: 1, fields: inner, items: [inner] })),
    ),
    fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withNullPrototype: true,
      withBoxedValues: true,
    }),
  );
}

function checksOf(node: SchemaNode): CheckDef[] {
  return (node._zod.def.checks ?? []).map((check) => check._zod.def);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Real days of three academic years around the tests' clock (26 November 2026), as ISO dates. */
const realDate = fc.integer({ min: 0, max: 3 * 366 }).map((offset) => {
  const day = new Date(Date.UTC(2025, 8, 1 + offset));
  return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
});
const realDateTime = fc
  .tuple(realDate, fc.integer({ min: 8, max: 18 }), fc.constantFrom(0, 30))
  .map(([date, hour, minute]) => `${date}T${pad(hour)}:${pad(minute)}`);
const academicYear = fc.integer({ min: 2024, max: 2028 }).map((year) => `${year}/${year + 1}`);

/** Strings of the shape the field's pattern asks for; a random string matching «\d{4}-\d{2}-\d{2}» is rarely a day. */
function patternedStrings(pattern: RegExp): fc.Arbitrary<string>[] {
  const options: fc.Arbitrary<string>[] = [fc.stringMatching(pattern)];
  if (pattern.test('2026-10-05')) options.push(realDate);
  if (pattern.test('2026-10-05T10:00')) options.push(realDateTime);
  if (pattern.test('2026/2027')) options.push(academicYear);
  return options;
}

function stringArb(node: SchemaNode): fc.Arbitrary<string> {
  const checks = checksOf(node);
  const max = checks.find((c) => c.check === 'max_length')?.maximum;
  const pattern = checks.find((c) => c.check === 'string_format' && c.format === 'regex')?.pattern;
  const options: fc.Arbitrary<string>[] = [
    fc.string({ maxLength: Math.min(max ?? 60, 60) }),
    fc.string({ maxLength: 30, unit: 'grapheme' }),
    fc.constantFrom(...INTERESTING_STRINGS),
  ];
  if (pattern) options.push(...patternedStrings(pattern));
  // Just within the limit and just over it.
  if (max !== undefined && max <= 300_000) options.push(fc.constantFrom('я'.repeat(max), 'я'.repeat(max + 1)));
  return fc.oneof(...options);
}

function numberArb(node: SchemaNode): fc.Arbitrary<number> {
  const checks = checksOf(node);
  const int = checks.some((c) => c.check === 'number_format');
  const min = checks.find((c) => c.check === 'greater_than')?.value ?? -1e6;
  const max = checks.find((c) => c.check === 'less_than')?.value ?? 1e6;
  const low = Math.max(min, -1e15);
  const high = Math.min(max, 1e15);
  return fc.oneof(
    // Small numbers: ids of the records the store holds.
    fc.integer({ min: Math.max(Math.ceil(low), 0), max: Math.max(Math.ceil(low), 0) + 8 }),
    int ? fc.integer({ min: Math.ceil(low), max: Math.floor(high) }) : fc.double({ min: low, max: high }),
    fc.constantFrom(...EDGE_NUMBERS),
  );
}

/**
 * With no hostility a node should pass its own checks (a leaf its format, an object its cross-field rules), so
 * that whole inputs reach the handlers: the first of a few candidates that does (a filter could spin for ever on
 * a check no candidate meets).
 */
function passing<T>(node: SchemaNode, arb: fc.Arbitrary<T>, hostility: number, candidates: number): fc.Arbitrary<T> {
  if (hostility > 0) return arb;
  return fc
    .array(arb, { minLength: candidates, maxLength: candidates })
    .map((values) => values.find((value) => node.safeParse(value).success) ?? (values[0] as T));
}

/** An own enumerable property, even one named `__proto__`. */
function withOwnKey(object: object, key: string, value: unknown): object {
  return Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

function objectArb(shape: Record<string, SchemaNode>, hostility: number): fc.Arbitrary<unknown> {
  const keys = Object.keys(shape);
  const model = Object.fromEntries(
    keys.map((key) => {
      const own = inputArb(shape[key] as SchemaNode, hostility);
      const hint = FIELD_HINTS[key];
      return [key, hint ? fc.oneof(hint, own) : own];
    }),
  );
  // An optional key is sometimes absent and sometimes present, perhaps as undefined.
  const required = keys.filter((key) => (shape[key] as SchemaNode)._zod.def.type !== 'optional');
  const record = fc.record(model, { requiredKeys: required });
  if (hostility === 0) return record;
  return fc
    .tuple(
      record,
      // Now and then one key too many; the more hostile, the more often.
      fc.option(
        fc.tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', 'лишнее', 'toString'), hostileValue()),
        {
          freq: Math.max(1, Math.round(1 / hostility)),
        },
      ),
    )
    .map(([value, extra]) => (extra ? withOwnKey({ ...value }, extra[0], extra[1]) : value));
}

/**
 * A value for `schema`. `hostility` is the chance, at every node, of a hostile value instead of one of the
 * node's own type: 0 gives shapes that follow the schema all the way down.
 */
export function inputArb(schema: unknown, hostility: number): fc.Arbitrary<unknown> {
  const node = schema as SchemaNode;
  const own = ownTypeArb(node, hostility);
  if (hostility === 0) return own;
  const weight = Math.round(hostility * 100);
  return fc.oneof({ arbitrary: own, weight: 100 - weight }, { arbitrary: hostileValue(), weight });
}

function ownTypeArb(node: SchemaNode, hostility: number): fc.Arbitrary<unknown> {
  const def = node._zod.def;
  switch (def.type) {
    case 'string':
      return passing(node, stringArb(node), hostility, 24);
    case 'number':
      return passing(node, numberArb(node), hostility, 24);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'array': {
      const max = checksOf(node).find((c) => c.check === 'max_length')?.maximum ?? 5;
      return fc.array(inputArb(def.element, hostility), { maxLength: Math.min(max, 4) });
    }
    case 'object':
      return passing(node, objectArb(def.shape ?? {}, hostility), hostility, 6);
    case 'optional':
      return fc.option(inputArb(def.innerType, hostility), { nil: undefined });
    case 'nullable':
      return fc.option(inputArb(def.innerType, hostility), { nil: null });
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return inputArb(def.innerType, hostility);
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => inputArb(option, hostility)));
    case 'pipe':
      return inputArb(def.in, hostility);
    case 'record':
      return fc.dictionary(stringArb(def.keyType as SchemaNode), inputArb(def.valueType, hostility), { maxKeys: 3 });
    default:
      return hostileValue();
  }
}

/** Inputs for one channel: mostly schema-led at various hostility, sometimes anything at all. */
export function channelInput(schema: unknown): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: inputArb(schema, 0), weight: 3 },
    { arbitrary: fc.constantFrom(0.02, 0.1, 0.3).chain((hostility) => inputArb(schema, hostility)), weight: 5 },
    { arbitrary: hostileValue(), weight: 2 },
  );
}

/**
 * The hostile inputs every channel gets, whatever the random runs draw: the whole input replaced, and an input of
 * the right shape carrying `__proto__` or `constructor` as an own key or an impossible date in every date field.
 */
export function hostileExamples(schema: unknown, seed: number): unknown[] {
  const [shaped] = fc.sample(inputArb(schema, 0), { numRuns: 1, seed });
  const examples: unknown[] = [
    undefined,
    null,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    HUGE_STRING,
    '2026-02-30',
    '2026-13-01',
    [],
    [shaped],
    ...protoPayloads(),
    nested(1000, (inner) => [inner]),
    nested(1000, (inner) => ({ a: inner })),
  ];
  if (typeof shaped === 'object' && shaped !== null && !Array.isArray(shaped)) {
    const payload = () => ({ polluted: 1 });
    examples.push(
      withOwnKey({ ...shaped }, '__proto__', payload()),
      withOwnKey({ ...shaped }, 'constructor', { prototype: payload() }),
      { ...shaped, лишнее: 1 },
      JSON.parse(JSON.stringify(shaped, (_key, value: unknown) => (isDateLike(value) ? '2026-02-30' : value))),
      JSON.parse(JSON.stringify(shaped, (_key, value: unknown) => (isDateLike(value) ? '2026-13-01' : value))),
      JSON.parse(JSON.stringify(shaped, (_key, value: unknown) => (typeof value === 'number' ? -0 : value))),
      JSON.parse(JSON.stringify(shaped, (_key, value: unknown) => (typeof value === 'string' ? HUGE_STRING : value))),
    );
  }
  return examples;
}

function isDateLike(value: unknown): boolean {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value);
}
