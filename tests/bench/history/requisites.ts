import type { Random } from './random';

// Registration codes of organisations of Ростовская область (region 61) with correct control digits, as the
// contract checks them (`src-main/contract/requisites.ts`).

const INN10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];

function digits(random: Random, count: number): number[] {
  return Array.from({ length: count }, () => random.int(0, 9));
}

/** A 10-digit ИНН of an organisation registered by a tax office of the Красносулинский район (6148). */
export function organisationInn(random: Random): string {
  const body = [6, 1, 4, 8, ...digits(random, 5)];
  const check = (INN10.reduce((sum, w, i) => sum + w * (body[i] ?? 0), 0) % 11) % 10;
  return [...body, check].join('');
}

export function kppOf(inn: string): string {
  return `${inn.slice(0, 4)}01001`;
}

/** A 13-digit ОГРН: 1 (legal entity), the year, the region 61, then the record; the last digit checks the rest. */
export function ogrn(random: Random, year: number): string {
  const body = `1${String(year % 100).padStart(2, '0')}61${digits(random, 7).join('')}`;
  return `${body}${Number((BigInt(body) % 11n) % 10n)}`;
}
