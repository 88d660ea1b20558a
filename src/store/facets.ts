// The multiple-choice filters, declared as data. One entry says what a filter is called in the
// store and the URL, which values a reader can pick, how those values read from a deployment, and
// which words label it; the store, the URL codec, the filter index, the map's filter expression,
// the filter panel, the embed's chips and the exports all walk this list. Adding a filter is one
// entry here plus its words in src/i18n/messages.ts.
//
// The year range and the Belt and Road choice are not facets: one is a range, the other a single
// choice judged in each deployment's own year, and each has a control of its own.
import { DEPLOYMENT_TYPES, FINANCING, STATUSES, type MapData, type MapDeployment } from '../data/schema.ts';
import type { MessageKey } from '../i18n/i18n.ts';

/** A deployment whose vendor's home country is not recorded, or whose status/financing is not stated. */
export const UNKNOWN = 'unknown';
export const NOT_STATED = 'not_stated';

/** What a facet reads besides the deployment itself: each vendor's home country. */
export interface FacetContext {
  hq: ReadonlyMap<string, string>;
}

const contexts = new WeakMap<object, FacetContext>();

export function facetContext(data: Pick<MapData, 'vendors'>): FacetContext {
  let ctx = contexts.get(data.vendors);
  if (!ctx) contexts.set(data.vendors, (ctx = { hq: new Map(data.vendors.map((v) => [v.id, v.hq])) }));
  return ctx;
}

/** How the page labels a facet's values: message keys `${prefix}.${value}`, vendor names, or country names. */
export type FacetLabels = { kind: 'messages'; prefix: 'type' | 'status' | 'terms' } | { kind: 'vendor' } | { kind: 'country' };

export interface Facet {
  /** The field in the store's filters (a list of chosen values; empty means all). */
  key: FacetKey;
  /** The URL parameter: `?type=safe_city,facial_recognition`. */
  param: string;
  /**
   * The map feature property holding a deployment's first value; further values, where a
   * deployment has several (two vendors, two vendor countries), go in `${property}1`, `${property}2`...
   */
  property: string;
  /** Every value a reader can pick, in the order the panel lists them. */
  values(data: Pick<MapData, 'vendors' | 'deployments'>): string[];
  /** A deployment's values: at least one, no repeats. */
  of(d: MapDeployment, ctx: FacetContext): readonly string[];
  labels: FacetLabels;
  /** Message keys: the panel's heading and hint, its "all" button, and the embed's chip label. */
  words: { legend: MessageKey; hint: MessageKey; all: MessageKey; chip: MessageKey };
}

export const FACET_KEYS = ['origins', 'vendors', 'types', 'terms', 'statuses'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** The home country of each vendor of a deployment, China first where there is one. */
function originsOf(d: MapDeployment, ctx: FacetContext): string[] {
  const out: string[] = [];
  for (const v of d.vendors) {
    const hq = ctx.hq.get(v) || UNKNOWN;
    if (!out.includes(hq)) out.push(hq);
  }
  return out.length ? out : [UNKNOWN];
}

/** A facet's message keys follow one pattern from its URL name: `filters.type`, `filters.typeHint`, `filters.allTypes`, `embed.type`. */
function wordsFor<const N extends string, const P extends string>(name: N, plural: P) {
  return { legend: `filters.${name}`, hint: `filters.${name}Hint`, all: `filters.all${plural}`, chip: `embed.${name}` } as const;
}

/**
 * A facet over one field with a fixed list of values, labelled by messages `${name}.${value}`;
 * its URL parameter, map property and message prefix all share the name.
 */
function listedFacet<const N extends 'type' | 'terms' | 'status', const P extends 'Types' | 'Terms' | 'Statuses'>(
  key: FacetKey,
  name: N,
  plural: P,
  values: () => string[],
  of: (d: MapDeployment) => readonly string[],
): Facet {
  return { key, param: name, property: name, values, of, labels: { kind: 'messages', prefix: name }, words: wordsFor(name, plural) };
}

export const FACETS: readonly Facet[] = [
  {
    key: 'origins',
    param: 'origin',
    property: 'origin',
    // China first, so "Chinese vendors" is the first box; then by deployments, then by code.
    values(data) {
      const ctx = facetContext(data);
      const counts = new Map<string, number>();
      for (const v of data.vendors) counts.set(v.hq || UNKNOWN, 0);
      for (const d of data.deployments) for (const o of originsOf(d, ctx)) counts.set(o, (counts.get(o) ?? 0) + 1);
      const rank = (o: string) => (o === 'CHN' ? 0 : o === UNKNOWN ? 2 : 1);
      return [...counts.entries()].sort((a, b) => rank(a[0]) - rank(b[0]) || b[1] - a[1] || a[0].localeCompare(b[0])).map(([o]) => o);
    },
    of: originsOf,
    labels: { kind: 'country' },
    words: wordsFor('origin', 'Origins'),
  },
  {
    key: 'vendors',
    param: 'vendor',
    property: 'vendor',
    values: (data) => data.vendors.map((v) => v.id),
    of: (d) => d.vendors,
    labels: { kind: 'vendor' },
    words: wordsFor('vendor', 'Vendors'),
  },
  listedFacet('types', 'type', 'Types', () => [...DEPLOYMENT_TYPES], (d) => [d.type]),
  listedFacet('terms', 'terms', 'Terms', () => [...FINANCING, NOT_STATED], (d) => [d.financing ?? NOT_STATED]),
  listedFacet('statuses', 'status', 'Statuses', () => [...STATUSES, UNKNOWN], (d) => [d.status ?? UNKNOWN]),
];

export const facet = (key: FacetKey): Facet => FACETS.find((f) => f.key === key)!;

/** Every facet's chosen values, all empty (= everything). */
export function noFacets(): Record<FacetKey, string[]> {
  return Object.fromEntries(FACET_KEYS.map((k) => [k, []])) as unknown as Record<FacetKey, string[]>;
}
