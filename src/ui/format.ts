import type { Range } from '../data/schema.ts';
import { formatNumber, locale } from '../i18n/i18n.ts';

/** "1,200", or "1,000–1,200" where sources disagree (in German "1.200"). */
export function formatRange(r: Range): string {
  return r.min === r.max ? formatNumber(r.min) : `${formatNumber(r.min)}–${formatNumber(r.max)}`;
}

export function formatMoney(r: Range, currency: string): string {
  const fmt = (n: number) => {
    try {
      return new Intl.NumberFormat(locale(), { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(n);
    } catch {
      return `${formatNumber(n)} ${currency}`;
    }
  };
  return r.min === r.max ? fmt(r.min) : `${fmt(r.min)}–${fmt(r.max)}`;
}

export const label = (s: string) => s.replace(/_/g, ' ');
