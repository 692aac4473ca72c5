import type { core } from 'zod';
import { plural } from './plural';

/**
 * Zod's own messages (those a schema does not name) in Russian words only. Zod's Russian locale names types and
 * values as the code does («ожидалось object», «"draft"|"active"») and echoes unknown keys; a secretary reads none
 * of that, so types become words, values their labels from the contract, and keys are counted, never named.
 */

/** What a value is, as a noun: «ожидается текст», «передано число». */
const KIND_NAMES: Readonly<Record<string, string>> = {
  string: 'текст',
  number: 'число',
  int: 'целое число',
  nan: 'не число',
  boolean: 'да или нет',
  bigint: 'целое число',
  object: 'набор полей',
  array: 'список',
  tuple: 'список',
  record: 'набор полей',
  map: 'набор полей',
  set: 'список',
  date: 'дата',
  null: 'пустое значение',
  undefined: 'ничего',
  void: 'ничего',
  never: 'ничего',
  file: 'файл',
  function: 'функция',
  symbol: 'символ',
};

function kindOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  return typeof input;
}

const kindName = (kind: string) => KIND_NAMES[kind] ?? 'значение другого вида';

function invalidType(issue: core.$ZodRawIssue<core.$ZodIssueInvalidType>): string {
  const expected = kindName(issue.expected);
  if (issue.input === undefined) return `Значение не передано: ожидается ${expected}`;
  return `Неверное значение: ожидается ${expected}, передано: ${kindName(kindOf(issue.input))}`;
}

/** A value list's labels, where the contract has them for every value of the list (the list itself or a wider one). */
export type ValueLabels = readonly Readonly<Record<string, string>>[];

/** Words a secretary can read: Cyrillic, digits and punctuation, no Latin letter. */
const READABLE = /^[^A-Za-z]*$/;

/** A label as a word inside a sentence: «Черновик» → «черновик», while «НОО» stays. */
function inSentence(label: string): string {
  const [first = '', second = ''] = label;
  return second !== '' && second === second.toLocaleLowerCase('ru-RU')
    ? first.toLocaleLowerCase('ru-RU') + label.slice(1)
    : label;
}

/** The labels of a list of values: a label map of exactly those values first, else one that has them all. */
function labelsOf(keys: readonly string[], labels: ValueLabels): Readonly<Record<string, string>> | undefined {
  const hasAll = (map: Readonly<Record<string, string>>) => keys.every((key) => Object.hasOwn(map, key));
  return (
    labels.find((map) => hasAll(map) && Object.keys(map).length === keys.length) ?? labels.find((map) => hasAll(map))
  );
}

function invalidValue(issue: core.$ZodRawIssue<core.$ZodIssueInvalidValue>, labels: ValueLabels): string {
  const keys = issue.values.map(String);
  if (keys.length === 1 && keys[0] === '') return 'Поле должно остаться пустым';
  const own = labelsOf(keys, labels);
  const words = own ? keys.map((key) => inSentence(own[key] ?? key)) : keys;
  if (!words.every((word) => word !== '' && READABLE.test(word))) return 'Значение не из списка допустимых';
  if (words.length === 1) return `Допустимое значение: ${words[0] ?? ''}`;
  return `Допустимые значения: ${words.join(', ')}`;
}

type Forms = readonly [string, string, string];

/** The units a length is counted in: after a number (nominative) and after «не больше»/«меньше» (genitive). */
const UNITS: Readonly<Record<string, { nominative: Forms; genitive: Forms }>> = {
  string: { nominative: ['символ', 'символа', 'символов'], genitive: ['символа', 'символов', 'символов'] },
  array: { nominative: ['элемент', 'элемента', 'элементов'], genitive: ['элемента', 'элементов', 'элементов'] },
  set: { nominative: ['элемент', 'элемента', 'элементов'], genitive: ['элемента', 'элементов', 'элементов'] },
  file: { nominative: ['байт', 'байта', 'байт'], genitive: ['байта', 'байт', 'байт'] },
};

/** «200 символов», «10 элементов», «100»: the contract's own words for limits («Не более 200 символов»). */
function amount(origin: string, limit: number | bigint, form: 'nominative' | 'genitive'): string {
  const forms = UNITS[origin]?.[form];
  return forms ? `${limit} ${plural(Number(limit), forms)}` : String(limit);
}

function limit(
  issue: core.$ZodRawIssue<core.$ZodIssueTooBig> | core.$ZodRawIssue<core.$ZodIssueTooSmall>,
  bound: number | bigint,
  words: { inclusive: string; exclusive: string },
): string {
  if (issue.exact) return `Нужно ровно ${amount(issue.origin, bound, 'nominative')}`;
  const how = issue.inclusive === false ? words.exclusive : words.inclusive;
  return `${how} ${amount(issue.origin, bound, 'genitive')}`;
}

function tooBig(issue: core.$ZodRawIssue<core.$ZodIssueTooBig>): string {
  const inclusive = Object.hasOwn(UNITS, issue.origin) ? 'Не более' : 'Не больше';
  return limit(issue, issue.maximum, { inclusive, exclusive: 'Меньше' });
}

function tooSmall(issue: core.$ZodRawIssue<core.$ZodIssueTooSmall>): string {
  if (issue.origin === 'string' && Number(issue.minimum) === 1 && issue.inclusive !== false && !issue.exact) {
    return 'Поле не заполнено';
  }
  const inclusive = Object.hasOwn(UNITS, issue.origin) ? 'Не менее' : 'Не меньше';
  return limit(issue, issue.minimum, { inclusive, exclusive: 'Больше' });
}

function unrecognizedKeys(issue: core.$ZodRawIssue<core.$ZodIssueUnrecognizedKeys>): string {
  const n = issue.keys.length;
  return n === 1 ? 'Передано лишнее поле' : `Переданы лишние поля: ${n}`;
}

/** The error map for `z.config({ localeError })`: one Russian sentence per issue. */
export function russianIssues(labels: ValueLabels): (issue: core.$ZodRawIssue) => string {
  return (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return invalidType(issue);
      case 'invalid_value':
        return invalidValue(issue, labels);
      case 'too_big':
        return tooBig(issue);
      case 'too_small':
        return tooSmall(issue);
      case 'invalid_format':
        return issue.format === 'email' ? 'Неверный адрес электронной почты' : 'Значение записано в неверном виде';
      case 'not_multiple_of':
        return `Число должно делиться на ${issue.divisor}`;
      case 'unrecognized_keys':
        return unrecognizedKeys(issue);
      case 'invalid_union':
        return 'Значение не подходит ни под один из допустимых видов';
      case 'invalid_key':
        return 'Неверное название поля';
      case 'invalid_element':
        return 'Неверное значение в списке';
      default:
        return 'Неверное значение';
    }
  };
}
