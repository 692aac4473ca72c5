import { compareClassNames } from '@contract/classes';

/** Latin letters that look like Cyrillic ones, as they come from a keyboard left in the English layout. */
const LOOKALIKES: Record<string, string> = {
  A: 'А',
  B: 'В',
  E: 'Е',
  K: 'К',
  M: 'М',
  H: 'Н',
  O: 'О',
  P: 'Р',
  C: 'С',
  T: 'Т',
  X: 'Х',
  Y: 'У',
};

/** «5 а», «5a», «5-А» → «5А»; anything else is left for the store to refuse with its message. */
export function normaliseClassName(raw: string): string {
  const compact = raw.replace(/[\s\-–—"«»]/g, '').toUpperCase();
  return compact.replace(/[A-Z]/g, (ch) => LOOKALIKES[ch] ?? ch);
}

/** Class names without repeats, in school order: by grade, then by letter. */
export function sortedClassNames(names: Iterable<string>): string[] {
  return [...new Set(names)].sort(compareClassNames);
}

/** What a classes field holds: pasted lists («5а, 6б») split, each name normalised, in school order. */
export function classNamesOf(values: readonly string[]): string[] {
  return sortedClassNames(
    values
      .flatMap((v) => v.split(/[,;]+|\s+(?=\d)/))
      .map(normaliseClassName)
      .filter(Boolean),
  );
}

/** The first message the store gave about any of the classes («classes.2» …), to show at the classes field. */
export function classesError(errors: Record<string, string>, prefix = 'classes'): string | undefined {
  const key = Object.keys(errors).find((k) => k === prefix || k.startsWith(`${prefix}.`));
  return key ? errors[key] : undefined;
}
