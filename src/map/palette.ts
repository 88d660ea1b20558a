import { scaleOrdinal, scaleThreshold } from 'd3-scale';
import type { MapDeployment } from '../data/schema.ts';

// Okabe & Ito's colour-blind-safe qualitative palette (yellow dropped: it vanishes on a light map).
const QUALITATIVE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
// On a dark map Okabe-Ito's black would vanish; its blue is lifted for the same reason.
const QUALITATIVE_DARK = ['#3d9be0', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#f2f2f2'];
export const OTHER_VENDOR_COLOR = '#8c8c8c';

/**
 * Colours for the vendors with the most deployments; the rest share one grey, because more than
 * seven hues cannot be told apart, least of all by colour-blind readers.
 */
export function vendorColors(deployments: readonly MapDeployment[], dark = false): { colors: Record<string, string>; ranked: string[] } {
  const counts = new Map<string, number>();
  for (const d of deployments) for (const v of d.vendors) counts.set(v, (counts.get(v) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
  const top = ranked.slice(0, QUALITATIVE.length);
  const scale = scaleOrdinal<string, string>().domain(top).range(dark ? QUALITATIVE_DARK : QUALITATIVE);
  const colors: Record<string, string> = {};
  for (const v of top) colors[v] = scale(v);
  return { colors, ranked };
}

export const vendorColor = (colors: Record<string, string>, id: string) => colors[id] ?? OTHER_VENDOR_COLOR;

/** Choropleth classes for deployments per country: 1, 2-3, 4-7, 8-15, 16+. */
export const COUNT_BREAKS = [2, 4, 8, 16];
export const COUNT_COLORS = ['#dde6ef', '#b7cadd', '#8eabc8', '#6489b0', '#3d6796'];
export const countColor = scaleThreshold<number, string>().domain(COUNT_BREAKS).range(COUNT_COLORS);

export function countClassLabels(): string[] {
  const edges = [1, ...COUNT_BREAKS];
  return edges.map((lo, i) => {
    const next = edges[i + 1];
    if (next === undefined) return `${lo}+`;
    return next - 1 === lo ? String(lo) : `${lo}–${next - 1}`;
  });
}
