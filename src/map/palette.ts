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

/**
 * The vendor-origin groups the world view's rings show, in the order the rings go round
 * (clockwise from the top) and the legend lists them. Five groups, not one colour per vendor
 * country (the data has about thirty): a ring of a few pixels can show four or five hues at most.
 * China is the map's question; the United States, Europe and Japan are the comparators readers
 * ask about (NEC, IBM, Motorola, Thales, Idemia...); everything else, Russia and Israel included,
 * is one grey. Red for China, as most newsroom graphics use; no hue here is a vendor colour's
 * twin on the zoomed-in dots, so a ring is never read as one vendor.
 */
export const ORIGIN_GROUPS = ['CHN', 'USA', 'EUR', 'JPN', 'other'] as const;
export type OriginGroup = (typeof ORIGIN_GROUPS)[number];

export const ORIGIN_COLORS: Record<OriginGroup, string> = {
  CHN: '#c8102e',
  USA: '#1f5fa8',
  EUR: '#2a9d8f',
  JPN: '#e9a820',
  other: '#a0a0a0',
};

// Vendor home countries that count as Europe: the EU, the EEA, the UK, Switzerland and the
// microstates. Russia and Belarus are not grouped with them: their vendors are another story.
const EUROPE = new Set([
  'AUT', 'BEL', 'BGR', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC', 'HUN', 'IRL', 'ITA', 'LVA', 'LTU', 'LUX',
  'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'SWE', 'GBR', 'NOR', 'ISL', 'LIE', 'CHE', 'MCO', 'AND', 'SMR',
]);

/** The ring group of a vendor's home country (ISO alpha-3, or "unknown"). */
export function originGroup(iso3: string): OriginGroup {
  if (iso3 === 'CHN' || iso3 === 'USA' || iso3 === 'JPN') return iso3;
  return EUROPE.has(iso3) ? 'EUR' : 'other';
}
