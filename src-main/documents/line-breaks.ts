import russian from 'hyphen/ru';
import { typographic } from './russian-text';

/**
 * Where a printed line may break, decided once from the model's text so that the HTML (print, PDF) and the Word file
 * break alike: soft hyphens inside Russian words, and none inside what must stay whole.
 */

export const SOFT_HYPHEN = '\u00AD';
export const NO_BREAK_HYPHEN = '\u2011';

/** Letters kept at least on each side of a break: no «о-» or «-е» alone on a line. */
const MIN_PART = 2;
const WORD = /[\p{L}\u0301]+/gu;
/** Words or numbers joined by hyphens: «приёма-передачи», «ВЫС-014», «6-12-34». */
const HYPHENATED = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;
/** A code, a number or an abbreviation among them («ВЫС-014», «СП-2026-07», «ГБУ-ДО»): its hyphens never break. */
const CODE = /\p{N}|\p{Lu}{2}/u;

/** A word to hyphenate: lower-case Russian letters after an optional capital, long enough to split. */
const HYPHENATABLE = /^\p{Lu}?[\p{Ll}\u0301]+$/u;

// A document prints the same texts many times (a plan's months, forms, classes), and both renderers and the
// columns' widths ask for each: they are laid out once.
const words = new Map<string, string>();
const hyphenated = new Map<string, string>();
const unhyphenated = new Map<string, string>();
const CACHE_LIMIT = 50_000;

function hyphenateWord(word: string): string {
  if (word.length < 2 * MIN_PART + 1 || !HYPHENATABLE.test(word) || !/[а-яё]/.test(word)) return word;
  const known = words.get(word);
  if (known !== undefined) return known;
  const parts = russian.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN }).split(SOFT_HYPHEN);
  let out = '';
  let at = 0;
  for (const [i, part] of parts.entries()) {
    if (i > 0 && at >= MIN_PART && word.length - at >= MIN_PART) out += SOFT_HYPHEN;
    out += part;
    at += part.length;
  }
  if (words.size >= CACHE_LIMIT) words.clear();
  words.set(word, out);
  return out;
}

/**
 * The text as it is laid out: Russian typography's no-break spaces («№ 12», «М.П. Иванова», «26 ноября»),
 * no-break hyphens in codes, and, where `hyphenate`, soft hyphens at the places Russian hyphenation allows.
 */
export function printedText(text: string, hyphenate = true): string {
  const cache = hyphenate ? hyphenated : unhyphenated;
  const known = cache.get(text);
  if (known !== undefined) return known;
  let out = typographic(text.replaceAll(SOFT_HYPHEN, ''));
  if (out.includes('-')) {
    out = out.replace(HYPHENATED, (words) => (CODE.test(words) ? words.replaceAll('-', NO_BREAK_HYPHEN) : words));
  }
  if (hyphenate) out = out.replace(WORD, hyphenateWord);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, out);
  return out;
}

/** A piece of printed text: plain characters, or a hyphen that is soft (shown only at a break) or never breaks. */
export type TextPiece = string | typeof SOFT_HYPHEN | typeof NO_BREAK_HYPHEN;

/** The printed text cut at its soft and no-break hyphens, which Word writes as elements of their own. */
export function textPieces(printed: string): TextPiece[] {
  return printed.split(/([\u00AD\u2011])/).filter((piece) => piece !== '');
}
