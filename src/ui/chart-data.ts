export interface Bar {
  key: string;
  value: number;
}

/**
 * Bars from per-vendor counts (vendorCounts in store/filters.ts), largest first; vendors beyond `top` are summed into "others". A
 * deployment with two vendors counts once for each.
 */
export function vendorBars(counts: Readonly<Record<string, number>>, top: number): Bar[] {
  const sorted = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const bars = sorted.slice(0, top).map(([key, value]) => ({ key, value }));
  const rest = sorted.slice(top).reduce((n, [, v]) => n + v, 0);
  return rest > 0 ? [...bars, { key: 'others', value: rest }] : bars;
}

/** Bars from per-year counts (yearCounts) for every year from `min` to `max`, zeros included, so bars line up. */
export function yearBars(counts: Readonly<Record<number, number>>, min: number, max: number): Bar[] {
  const bars: Bar[] = [];
  for (let y = min; y <= max; y++) bars.push({ key: String(y), value: counts[y] ?? 0 });
  return bars;
}
