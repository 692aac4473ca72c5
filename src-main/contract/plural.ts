/** The Russian word form for a count: plural(5, ['партнёр', 'партнёра', 'партнёров']) → «партнёров». */
export function plural(n: number, forms: readonly [string, string, string]): string {
  const tens = Math.abs(n) % 100;
  const units = tens % 10;
  if (tens >= 11 && tens <= 14) return forms[2];
  if (units === 1) return forms[0];
  if (units >= 2 && units <= 4) return forms[1];
  return forms[2];
}

/** The count with its word: countOf(2, ['год', 'года', 'лет']) → «2 года». */
export function countOf(n: number, forms: readonly [string, string, string]): string {
  return `${n} ${plural(n, forms)}`;
}
