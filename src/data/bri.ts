import type { BriYears } from './schema.ts';

/**
 * Whether a country counts as a Belt and Road member in a given year: from the year it signed its
 * memorandum up to, not including, the year it left. Italy (signed 2019, left 2023) counts for
 * 2019 to 2022; a 2015 contract in a country that signed in 2018 does not count.
 */
export function isBriMember(m: BriYears | undefined, year: number): boolean {
  if (!m || m.mouYear === null) return false;
  return year >= m.mouYear && (m.leftYear === null || year < m.leftYear);
}

export function briIndex<T extends BriYears>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((m) => [m.country, m]));
}
