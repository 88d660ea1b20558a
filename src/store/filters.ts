import type { MapData, MapDeployment } from '../data/schema.ts';
import { briIndex, isBriMember } from '../data/bri.ts';

export const BRI_CHOICES = ['all', 'member', 'non-member'] as const;
export type BriChoice = (typeof BRI_CHOICES)[number];

export interface Filters {
  /** Selected vendor ids; empty means every vendor. */
  vendors: string[];
  from: number;
  to: number;
  bri: BriChoice;
}

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
 * The world view for a map of a given width: zoom 1.3 shows the inhabited world on a 960 px map;
 * narrower maps (an article column, a phone) zoom out so that no continent is cut off.
 */
export function worldViewFor(widthPx: number): View {
  if (!(widthPx > 0)) return WORLD_VIEW;
  const zoom = Math.round(Math.min(2, Math.max(0, WORLD_VIEW.zoom + Math.log2(widthPx / 960))) * 100) / 100;
  return { ...WORLD_VIEW, zoom };
}

export function defaultFilters(years: MapData['years']): Filters {
  return { vendors: [], from: years.min, to: years.max, bri: 'all' };
}

/** Does a deployment pass the filters? BRI membership is judged in the deployment's own year. */
export function matches(d: MapDeployment, f: Filters): boolean {
  if (d.year < f.from || d.year > f.to) return false;
  if (f.bri === 'member' && !d.briAtYear) return false;
  if (f.bri === 'non-member' && d.briAtYear) return false;
  return f.vendors.length === 0 || d.vendors.some((v) => f.vendors.includes(v));
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
 * How many deployments each vendor would show if it were the only one chosen, under the other
 * filters (years, BRI): the number a reader sees next to each vendor's checkbox.
 */
export function countByVendor(data: MapData, f: Filters): Record<string, number> {
  return vendorCounts(data, { ...f, vendors: [] });
}

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
 * Matches per vendor (a deployment with two vendors counts for both), as a tally over
 * filterDeployments(data, f) gives them, without building that list: for charts that follow the
 * filters on every change.
 */
export function vendorCounts(data: MapData, f: Filters): Record<string, number> {
  const index = filterIndex(data);
  const perVendor = new Int32Array(index.vendors.length);
  countMatches(index, f, { perVendor });
  return nonZero(perVendor, (v) => index.vendors[v]!);
}

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
  /** Vendor ids by bit number. */
  vendors: string[];
  vendorBit: Map<string, number>;
  /** 32-bit words of vendor bits per deployment. */
  words: number;
  /** Deployment i's vendor bits are words [i * words, (i + 1) * words). */
  vendorBits: Uint32Array;
}

const indexes = new WeakMap<MapData, FilterIndex>();

export function filterIndex(data: MapData): FilterIndex {
  const cached = indexes.get(data);
  if (cached) return cached;
  const { deployments } = data;
  const vendorBit = new Map<string, number>();
  const countryIndex = new Map<string, number>();
  // Vendors and countries of the dataset first, then any a deployment names that the lists lack.
  for (const v of data.vendors) if (!vendorBit.has(v.id)) vendorBit.set(v.id, vendorBit.size);
  for (const d of deployments) for (const v of d.vendors) if (!vendorBit.has(v)) vendorBit.set(v, vendorBit.size);
  for (const c of data.countries) if (!countryIndex.has(c.iso3)) countryIndex.set(c.iso3, countryIndex.size);
  for (const d of deployments) if (!countryIndex.has(d.country)) countryIndex.set(d.country, countryIndex.size);
  const words = Math.max(1, Math.ceil(vendorBit.size / 32));
  const n = deployments.length;
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (const d of deployments) {
    if (d.year < minYear) minYear = d.year;
    if (d.year > maxYear) maxYear = d.year;
  }
  const index: FilterIndex = {
    size: n,
    year: new Int16Array(n),
    minYear: n ? minYear : 0,
    yearSpan: n ? maxYear - minYear + 1 : 0,
    bri: new Uint8Array(n),
    country: new Uint16Array(n),
    countries: [...countryIndex.keys()],
    vendors: [...vendorBit.keys()],
    vendorBit,
    words,
    vendorBits: new Uint32Array(n * words),
  };
  for (let i = 0; i < n; i++) {
    const d = deployments[i]!;
    index.year[i] = d.year;
    index.bri[i] = d.briAtYear ? 1 : 0;
    index.country[i] = countryIndex.get(d.country)!;
    for (const v of d.vendors) {
      const bit = vendorBit.get(v)!;
      index.vendorBits[i * words + (bit >>> 5)]! |= 1 << (bit & 31);
    }
  }
  indexes.set(data, index);
  return index;
}

/** Where countMatches adds each match, besides the total it returns. */
export interface Tallies {
  /** By index.countries. */
  perCountry?: Int32Array;
  /** By index.vendors: a match counts for each of its vendors. */
  perVendor?: Int32Array;
  /** By year minus index.minYear. */
  perYear?: Int32Array;
  /** Called with the dataset position of each match. */
  onMatch?: (i: number) => void;
}

/**
 * Counts the deployments that pass the filters (exactly those `matches` accepts), adding each to
 * the given tallies. Walks typed arrays; allocates nothing per deployment.
 */
export function countMatches(index: FilterIndex, f: Filters, tallies: Tallies = {}): number {
  const { perCountry, perVendor, perYear, onMatch } = tallies;
  const { size, year, bri, country, vendorBits, words } = index;
  const briWanted = f.bri === 'member' ? 1 : f.bri === 'non-member' ? 0 : -1;
  let mask: Uint32Array | null = null;
  if (f.vendors.length) {
    mask = new Uint32Array(words);
    for (const v of f.vendors) {
      const bit = index.vendorBit.get(v);
      if (bit !== undefined) mask[bit >>> 5]! |= 1 << (bit & 31);
    }
  }
  let total = 0;
  for (let i = 0; i < size; i++) {
    const y = year[i]!;
    if (y < f.from || y > f.to) continue;
    if (briWanted >= 0 && bri[i] !== briWanted) continue;
    const base = i * words;
    if (mask) {
      let hit = 0;
      for (let w = 0; w < words; w++) hit |= vendorBits[base + w]! & mask[w]!;
      if (hit === 0) continue;
    }
    total++;
    if (perCountry) perCountry[country[i]!]!++;
    if (perYear) perYear[y - index.minYear]!++;
    if (onMatch) onMatch(i);
    if (perVendor) {
      for (let w = 0; w < words; w++) {
        let bits = vendorBits[base + w]!;
        while (bits !== 0) {
          const low = 31 - Math.clz32(bits & -bits);
          perVendor[w * 32 + low]!++;
          bits &= bits - 1;
        }
      }
    }
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
  const known = new Set(data.vendors.map((v) => v.id));
  const vendors = [...new Set(f.vendors.filter((v) => known.has(v)))].sort();
  return { vendors, from, to, bri: BRI_CHOICES.includes(f.bri) ? f.bri : 'all' };
}
