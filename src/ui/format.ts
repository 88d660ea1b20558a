import type { Range } from '../data/schema.ts';

const int = new Intl.NumberFormat('en-GB');

/** "1,200", or "1,000–1,200" where sources disagree. */
export function formatRange(r: Range): string {
  return r.min === r.max ? int.format(r.min) : `${int.format(r.min)}–${int.format(r.max)}`;
}

export function formatMoney(r: Range, currency: string): string {
  const fmt = (n: number) => {
    try {
      return new Intl.NumberFormat('en-GB', { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(n);
    } catch {
      return `${int.format(n)} ${currency}`;
    }
  };
  return r.min === r.max ? fmt(r.min) : `${fmt(r.min)}–${fmt(r.max)}`;
}

export function plural(n: number, one: string, many: string): string {
  return `${int.format(n)} ${n === 1 ? one : many}`;
}

export const label = (s: string) => s.replace(/_/g, ' ');
