import type { MapData, MapDeployment } from '../data/schema.ts';
import { briIndex, isBriMember } from '../data/bri.ts';
import { FACETS, FACET_KEYS, facetContext, noFacets, type FacetKey } from './facets.ts';

export const BRI_CHOICES = ['all', 'member', 'non-member'] as const;
export type BriChoice = (typeof BRI_CHOICES)[number];

/**
 * What the reader has chosen. Each facet (facets.ts) holds its chosen values, empty meaning all;
 * the year range and the BRI choice are fields of their own.
 */
export type Filters = Record<FacetKey, string[]> & {
  from: number;
  to: number;
  bri: BriChoice;
};

export interface View {
  lon: number;
  lat: number;
  zoom: number;
}

/** The full state a link reproduces. */
export interface AppState {
  filters: Filters;
  /** The deployment whose details are open. */
  selected: string | null;
  /** The country whose profile is open (when no deployment is). */
  country: string | null;
  view: View;
}

export const WORLD_VIEW: View = { lon: 12, lat: 22, zoom: 1.3 };

/**
 * The inhabited world, as the default view must show it whole: from the Pacific coast of the
 * Americas to New Zealand, from northern Scandinavia to Tierra del Fuego and southern New Zealand.
 */
export const INHABITED = { west: -128, east: 180, south: -47, north: 72 } as const;

/** Web Mercator y of a latitude, 0 at the top of the world, 1 at the bottom. */
const mercatorY = (lat: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
const latitudeOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(Math.PI * (1 - 2 * y))) - 90;

/** The lowest zoom the map allows: enough for the inhabited world on a 320 px phone. */
export const MIN_ZOOM = -1;

/**
 * The world view for a map of a given size: the inhabited world (INHABITED) fitted to the map,
 * centred, so that a 390 px phone shows the Americas and Australia whole and a wide screen is not
 * zoomed out further than it needs. A 512 px world at zoom 0 is MapLibre's scale. Without a size
 * (a test, a map not laid out yet) the fixed WORLD_VIEW.
 */
export function worldViewFor(widthPx: number, heightPx: number = widthPx): View {
  if (!(widthPx > 0) || !(heightPx > 0)) return WORLD_VIEW;
  const { west, east, south, north } = INHABITED;
  const top = mercatorY(north);
  const bottom = mercatorY(south);
  const byWidth = Math.log2((widthPx / 512) * (360 / (east - west)));
  const byHeight = Math.log2(heightPx / 512 / (bottom - top));
  const zoom = Math.round(Math.min(2, Math.max(MIN_ZOOM, Math.min(byWidth, byHeight))) * 100) / 100;
  const lat = Math.round(latitudeOf((top + bottom) / 2) * 1000) / 1000;
  return { lon: (west + east) / 2, lat, zoom };
}

export function defaultFilters(years: MapData['years']): Filters {
  return { ...noFacets(), from: years.min, to: years.max, bri: 'all' };
}

/**
 * Does a deployment pass the filters? BRI membership is judged in the deployment's own year; a
 * facet passes when nothing is chosen in it or one of the deployment's values is. The reference
 * definition: the index, the map's expression and every count must agree with it.
 */
export function matches(d: MapDeployment, f: Filters, data: Pick<MapData, 'vendors'>): boolean {
  if (d.year < f.from || d.year > f.to) return false;
  if (f.bri === 'member' && !d.briAtYear) return false;
  if (f.bri === 'non-member' && d.briAtYear) return false;
  const ctx = facetContext(data);
  return FACETS.every((facet) => {
    const chosen = f[facet.key];
    return chosen.length === 0 || facet.of(d, ctx).some((v) => chosen.includes(v));
  });
}

/** The deployments that pass the filters (those `matches` accepts), in dataset order. */
export function filterDeployments<T extends MapData>(data: T, f: Filters): T['deployments'][number][] {
  const out: T['deployments'][number][] = [];
  const { deployments } = data;
  countMatches(filterIndex(data), f, { onMatch: (i) => out.push(deployments[i]!) });
  return out;
}

export interface Summary {
  deployments: number;
  countries: number;
  /** Countries in the result that are BRI members in the last year of the selected range. */
  briCountries: number;
}

export function summarize(data: MapData, f: Filters): Summary {
  const index = filterIndex(data);
  const perCountry = new Int32Array(index.countries.length);
  const deployments = countMatches(index, f, { perCountry });
  const members = briIndex(data.bri);
  let countries = 0;
  let briCountries = 0;
  for (let c = 0; c < perCountry.length; c++) {
    if (perCountry[c] === 0) continue;
    countries++;
    if (isBriMember(members.get(index.countries[c]!), f.to)) briCountries++;
  }
  return { deployments, countries, briCountries };
}

/** Deployments per country under the filters, for the choropleth and the count bubbles. */
export function countByCountry(list: readonly MapDeployment[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of list) counts[d.country] = (counts[d.country] ?? 0) + 1;
  return counts;
}

/**
 * How many deployments each value of a facet would show if it were the only one chosen, under the
 * other filters: the number a reader sees next to each checkbox.
 */
export function countByFacet(data: MapData, f: Filters, key: FacetKey): Record<string, number> {
  return facetCounts(data, { ...f, [key]: [] }, key);
}

/** countByFacet for the vendors. */
export const countByVendor = (data: MapData, f: Filters) => countByFacet(data, f, 'vendors');

/**
 * Deployments per country under the filters, as countByCountry(filterDeployments(data, f)) gives
 * them, without building the list of matches: the map asks for this on every filter change.
 */
export function countryCounts(data: MapData, f: Filters): Record<string, number> {
  const index = filterIndex(data);
  const perCountry = new Int32Array(index.countries.length);
  countMatches(index, f, { perCountry });
  return nonZero(perCountry, (c) => index.countries[c]!);
}

/**
 * Matches per value of a facet (a deployment with two vendors counts for both), as a tally over
 * filterDeployments(data, f) gives them, without building that list.
 */
export function facetCounts(data: MapData, f: Filters, key: FacetKey): Record<string, number> {
  const index = filterIndex(data);
  const values = index.facets[key];
  const tally = new Int32Array(values.values.length);
  countMatches(index, f, { perFacet: { [key]: tally } });
  return nonZero(tally, (v) => values.values[v]!);
}

/** Matches per vendor, for the vendor chart. */
export const vendorCounts = (data: MapData, f: Filters) => facetCounts(data, f, 'vendors');

/** Matches per year (years without any left out), without building the list of matches. */
export function yearCounts(data: MapData, f: Filters): Record<number, number> {
  const index = filterIndex(data);
  const perYear = new Int32Array(index.yearSpan);
  countMatches(index, f, { perYear });
  return nonZero(perYear, (y) => index.minYear + y);
}

/** A tally's non-zero slots as { key: count }, the slot's key given by `keyOf`. */
function nonZero<K extends string | number>(tally: Int32Array, keyOf: (slot: number) => K): Record<K, number> {
  const counts = {} as Record<K, number>;
  for (let i = 0; i < tally.length; i++) if (tally[i]! > 0) counts[keyOf(i)] = tally[i]!;
  return counts;
}

/** One facet's values for every deployment, as bits: deployment i's are words [i * words, (i + 1) * words). */
export interface FacetIndex {
  /** Values by bit number. */
  values: string[];
  bit: Map<string, number>;
  words: number;
  bits: Uint32Array;
}

/**
 * The fields the filters read, for every deployment, in flat typed arrays. Built once per dataset
 * (and cached), so that counting under new filters (a slider drag, a playback step) walks numbers
 * and allocates nothing per deployment.
 */
export interface FilterIndex {
  size: number;
  year: Int16Array;
  /** The earliest year of any deployment, and how many years the deployments span (for perYear slots). */
  minYear: number;
  yearSpan: number;
  bri: Uint8Array;
  /** Index into `countries`. */
  country: Uint16Array;
  countries: string[];
  facets: Record<FacetKey, FacetIndex>;
}

const indexes = new WeakMap<MapData, FilterIndex>();

export function filterIndex(data: MapData): FilterIndex {
  const cached = indexes.get(data);
  if (cached) return cached;
  const { deployments } = data;
  const ctx = facetContext(data);
  const countryIndex = new Map<string, number>();
  // Countries of the dataset first, then any a deployment names that the list lacks.
  for (const c of data.countries) if (!countryIndex.has(c.iso3)) countryIndex.set(c.iso3, countryIndex.size);
  for (const d of deployments) if (!countryIndex.has(d.country)) countryIndex.set(d.country, countryIndex.size);
  const n = deployments.length;
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (const d of deployments) {
    if (d.year < minYear) minYear = d.year;
    if (d.year > maxYear) maxYear = d.year;
  }
  const facets = {} as Record<FacetKey, FacetIndex>;
  for (const facet of FACETS) {
    // The declared values first, then any a deployment has that the declaration lacks.
    const bit = new Map<string, number>();
    for (const v of facet.values(data)) if (!bit.has(v)) bit.set(v, bit.size);
    for (const d of deployments) for (const v of facet.of(d, ctx)) if (!bit.has(v)) bit.set(v, bit.size);
    const words = Math.max(1, Math.ceil(bit.size / 32));
    const bits = new Uint32Array(n * words);
    for (let i = 0; i < n; i++) {
      for (const v of facet.of(deployments[i]!, ctx)) {
        const b = bit.get(v)!;
        bits[i * words + (b >>> 5)]! |= 1 << (b & 31);
      }
    }
    facets[facet.key] = { values: [...bit.keys()], bit, words, bits };
  }
  const index: FilterIndex = {
    size: n,
    year: new Int16Array(n),
    minYear: n ? minYear : 0,
    yearSpan: n ? maxYear - minYear + 1 : 0,
    bri: new Uint8Array(n),
    country: new Uint16Array(n),
    countries: [...countryIndex.keys()],
    facets,
  };
  for (let i = 0; i < n; i++) {
    const d = deployments[i]!;
    index.year[i] = d.year;
    index.bri[i] = d.briAtYear ? 1 : 0;
    index.country[i] = countryIndex.get(d.country)!;
  }
  indexes.set(data, index);
  return index;
}

/** Where countMatches adds each match, besides the total it returns. */
export interface Tallies {
  /** By index.countries. */
  perCountry?: Int32Array;
  /** By a facet's index.facets[key].values: a match counts for each of its values. */
  perFacet?: Partial<Record<FacetKey, Int32Array>>;
  /** By country and facet value: slot country * values + value (the map's rings by vendor country). */
  perCountryFacet?: { key: FacetKey; tally: Int32Array };
  /** By year minus index.minYear. */
  perYear?: Int32Array;
  /** Called with the dataset position of each match. */
  onMatch?: (i: number) => void;
}

/** Adds each set bit's slot of deployment i's facet bits to `tally`, shifted by `offset`. */
function addBits(fi: FacetIndex, i: number, tally: Int32Array, offset: number): void {
  const base = i * fi.words;
  for (let w = 0; w < fi.words; w++) {
    let bits = fi.bits[base + w]!;
    while (bits !== 0) {
      const low = 31 - Math.clz32(bits & -bits);
      tally[offset + w * 32 + low]!++;
      bits &= bits - 1;
    }
  }
}

/**
 * Counts the deployments that pass the filters (exactly those `matches` accepts), adding each to
 * the given tallies. Walks typed arrays; allocates nothing per deployment (only one small mask per
 * facet with a choice, per call).
 */
export function countMatches(index: FilterIndex, f: Filters, tallies: Tallies = {}): number {
  const { perCountry, perYear, onMatch, perFacet, perCountryFacet } = tallies;
  const { size, year, bri, country } = index;
  const briWanted = f.bri === 'member' ? 1 : f.bri === 'non-member' ? 0 : -1;
  // Facets with a choice, each with the mask of its chosen values' bits.
  const tests: { fi: FacetIndex; mask: Uint32Array }[] = [];
  for (const key of FACET_KEYS) {
    const chosen = f[key];
    if (!chosen.length) continue;
    const fi = index.facets[key];
    const mask = new Uint32Array(fi.words);
    for (const v of chosen) {
      const b = fi.bit.get(v);
      if (b !== undefined) mask[b >>> 5]! |= 1 << (b & 31);
    }
    tests.push({ fi, mask });
  }
  const facetTallies = perFacet ? FACET_KEYS.filter((k) => perFacet[k]).map((k) => [index.facets[k], perFacet[k]!] as const) : [];
  const byCountry = perCountryFacet ? index.facets[perCountryFacet.key] : null;
  let total = 0;
  deployments: for (let i = 0; i < size; i++) {
    const y = year[i]!;
    if (y < f.from || y > f.to) continue;
    if (briWanted >= 0 && bri[i] !== briWanted) continue;
    for (let t = 0; t < tests.length; t++) {
      const { fi, mask } = tests[t]!;
      const base = i * fi.words;
      let hit = 0;
      for (let w = 0; w < fi.words; w++) hit |= fi.bits[base + w]! & mask[w]!;
      if (hit === 0) continue deployments;
    }
    total++;
    if (perCountry) perCountry[country[i]!]!++;
    if (perYear) perYear[y - index.minYear]!++;
    if (onMatch) onMatch(i);
    for (let t = 0; t < facetTallies.length; t++) addBits(facetTallies[t]![0], i, facetTallies[t]![1], 0);
    if (byCountry) addBits(byCountry, i, perCountryFacet!.tally, country[i]! * byCountry.values.length);
  }
  return total;
}

/** Countries that are BRI members in a given year, for the map's membership outline. */
export function briMembersIn(data: MapData, year: number): string[] {
  return data.bri.filter((m) => isBriMember(m, year)).map((m) => m.country);
}

/** Clamp filters to what the data can show, so any input leaves a usable map. */
export function normalizeFilters(f: Filters, data: MapData): Filters {
  const { min, max } = data.years;
  const clamp = (y: number) => Math.min(max, Math.max(min, Math.round(y)));
  let from = clamp(f.from);
  let to = clamp(f.to);
  if (from > to) [from, to] = [to, from];
  const index = filterIndex(data);
  const facets = noFacets();
  for (const key of FACET_KEYS) {
    const known = index.facets[key].bit;
    const chosen = Array.isArray(f[key]) ? f[key] : [];
    facets[key] = [...new Set(chosen.filter((v) => typeof v === 'string' && known.has(v)))].sort();
  }
  return { ...facets, from, to, bri: BRI_CHOICES.includes(f.bri) ? f.bri : 'all' };
}
