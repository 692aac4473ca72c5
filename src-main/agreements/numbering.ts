export const NUMBER_TOKEN = '{№}';
export const YEAR_TOKEN = '{год}';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The next free number by the office's pattern, e.g. «СП-{год}-{№}» → «СП-2026-7» when «СП-2026-6» is the
 * highest of that year. Numbers that do not follow the pattern (typed by hand) are left out of the count. The one
 * numbering of the app: agreements, and the acts of partners' resources.
 */
export function nextNumberByPattern(pattern: string, year: number, existing: readonly string[]): string {
  const withYear = pattern.replaceAll(YEAR_TOKEN, String(year));
  const [before = '', after = ''] = withYear.split(NUMBER_TOKEN);
  const matcher = new RegExp(`^${escapeRegExp(before)}(\\d+)${escapeRegExp(after)}$`, 'iu');
  let highest = 0;
  for (const number of existing) {
    const match = matcher.exec(number.trim());
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `${before}${highest + 1}${after}`;
}

/** Numbers compared as the office means them: without case and spaces. */
export function numberKey(number: string): string {
  return number.toLocaleLowerCase('ru-RU').replace(/\s+/g, '');
}
