/**
 * Text folded for search and comparison in JavaScript, which knows Cyrillic case
 * (SQLite's lower(), LIKE and NOCASE fold ASCII only): lower case, ё as е, single spaces.
 */
export function foldForSearch(text: string): string {
  return text.toLocaleLowerCase('ru-RU').replaceAll('ё', 'е').replace(/\s+/g, ' ').trim();
}

const QUOTES = /[«»"'„“”‘’`]/g;

/** A name as duplicates are compared: without case, quotes and extra spaces. */
export function comparableName(name: string): string {
  return foldForSearch(name.replace(QUOTES, ' '));
}
