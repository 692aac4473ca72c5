/**
 * Text folded for search and comparison in JavaScript, which knows Cyrillic case
 * (SQLite's lower(), LIKE and NOCASE fold ASCII only): lower case, ё as е, single spaces. Unicode's default lower
 * case is the Russian one (only Turkish, Azeri and Lithuanian have rules of their own), and several times faster
 * than asking for the locale: a search folds every row it compares.
 */
export function foldForSearch(text: string): string {
  return text.toLowerCase().replaceAll('ё', 'е').replace(/\s+/g, ' ').trim();
}

/** Every dash and minus as «-»: «5–7», «5—7» and «5-7» read alike. */
export function plainDashes(text: string): string {
  return text.replace(/[\u2010-\u2015\u2212]/g, '-');
}

const QUOTES = /[«»"'„“”‘’`]/g;

/** A name as duplicates are compared: without case, quotes and extra spaces. */
export function comparableName(name: string): string {
  return foldForSearch(name.replace(QUOTES, ' '));
}
