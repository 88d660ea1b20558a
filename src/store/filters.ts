import type { Dataset, Deployment } from '../data/schema.ts';
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

export function defaultFilters(years: Dataset['years']): Filters {
  return { vendors: [], from: years.min, to: years.max, bri: 'all' };
}

/** Does a deployment pass the filters? BRI membership is judged in the deployment's own year. */
export function matches(d: Deployment, f: Filters): boolean {
  if (d.year < f.from || d.year > f.to) return false;
  if (f.bri === 'member' && !d.briAtYear) return false;
  if (f.bri === 'non-member' && d.briAtYear) return false;
  return f.vendors.length === 0 || d.vendors.some((v) => f.vendors.includes(v));
}

export function filterDeployments(data: Dataset, f: Filters): Deployment[] {
  return data.deployments.filter((d) => matches(d, f));
}

export interface Summary {
  deployments: number;
  countries: number;
  /** Countries in the result that are BRI members in the last year of the selected range. */
  briCountries: number;
}

export function summarize(data: Dataset, f: Filters): Summary {
  const list = filterDeployments(data, f);
  const countries = new Set(list.map((d) => d.country));
  const members = briIndex(data.bri);
  let briCountries = 0;
  for (const c of countries) if (isBriMember(members.get(c), f.to)) briCountries++;
  return { deployments: list.length, countries: countries.size, briCountries };
}

/** Deployments per country under the filters, for the choropleth and the count bubbles. */
export function countByCountry(list: readonly Deployment[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of list) counts[d.country] = (counts[d.country] ?? 0) + 1;
  return counts;
}

/**
 * How many deployments each vendor would show if it were the only one chosen, under the other
 * filters (years, BRI): the number a reader sees next to each vendor's checkbox.
 */
export function countByVendor(data: Dataset, f: Filters): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of filterDeployments(data, { ...f, vendors: [] })) {
    for (const v of d.vendors) counts[v] = (counts[v] ?? 0) + 1;
  }
  return counts;
}

/** Countries that are BRI members in a given year, for the map's membership outline. */
export function briMembersIn(data: Dataset, year: number): string[] {
  return data.bri.filter((m) => isBriMember(m, year)).map((m) => m.country);
}

/** Clamp filters to what the data can show, so any input leaves a usable map. */
export function normalizeFilters(f: Filters, data: Dataset): Filters {
  const { min, max } = data.years;
  const clamp = (y: number) => Math.min(max, Math.max(min, Math.round(y)));
  let from = clamp(f.from);
  let to = clamp(f.to);
  if (from > to) [from, to] = [to, from];
  const known = new Set(data.vendors.map((v) => v.id));
  const vendors = [...new Set(f.vendors.filter((v) => known.has(v)))].sort();
  return { vendors, from, to, bri: BRI_CHOICES.includes(f.bri) ? f.bri : 'all' };
}
