/**
 * Control digits of Russian registration codes (ИНН, КПП, ОГРН, ОГРНИП),
 * as the Federal Tax Service defines them.
 */

function weightedCheck(digits: readonly number[], weights: readonly number[]): number {
  const sum = weights.reduce((acc, w, i) => acc + w * (digits[i] ?? 0), 0);
  return (sum % 11) % 10;
}

function toDigits(s: string): number[] | null {
  return /^\d+$/.test(s) ? [...s].map(Number) : null;
}

const INN10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_A = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_B = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/** ИНН: 10 digits for an organisation, 12 for a person, each with its control digits. */
export function isValidInn(value: string): boolean {
  const d = toDigits(value);
  if (!d) return false;
  if (d.length === 10) return weightedCheck(d, INN10) === d[9];
  if (d.length === 12) return weightedCheck(d, INN12_A) === d[10] && weightedCheck(d, INN12_B) === d[11];
  return false;
}

/** КПП: 9 characters, 4 digits of the tax office, 2 of the reason (digits or capital Latin letters), 3 digits. */
export function isValidKpp(value: string): boolean {
  return /^\d{4}[\dA-Z]{2}\d{3}$/.test(value);
}

/** ОГРН (13 digits) or ОГРНИП (15 digits): the last digit is the remainder of the rest by 11 (or 13), mod 10. */
export function isValidOgrn(value: string): boolean {
  if (!/^\d{13}$|^\d{15}$/.test(value)) return false;
  const body = BigInt(value.slice(0, -1));
  const modulus = value.length === 13 ? 11n : 13n;
  return Number((body % modulus) % 10n) === Number(value.at(-1));
}
