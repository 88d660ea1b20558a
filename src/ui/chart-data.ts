import type { Deployment } from '../data/schema.ts';

export interface Bar {
  key: string;
  value: number;
}

/**
 * Deployments per vendor, largest first; vendors beyond `top` are summed into "others". A
 * deployment with two vendors counts once for each.
 */
export function vendorBars(list: readonly Deployment[], top: number): Bar[] {
  const counts = new Map<string, number>();
  for (const d of list) for (const v of d.vendors) counts.set(v, (counts.get(v) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const bars = sorted.slice(0, top).map(([key, value]) => ({ key, value }));
  const rest = sorted.slice(top).reduce((n, [, v]) => n + v, 0);
  return rest > 0 ? [...bars, { key: 'others', value: rest }] : bars;
}

/** Deployments per year for every year from `min` to `max`, zeros included, so bars line up. */
export function yearBars(list: readonly Deployment[], min: number, max: number): Bar[] {
  const counts = new Map<number, number>();
  for (const d of list) counts.set(d.year, (counts.get(d.year) ?? 0) + 1);
  const bars: Bar[] = [];
  for (let y = min; y <= max; y++) bars.push({ key: String(y), value: counts.get(y) ?? 0 });
  return bars;
}
