import type {
  ExpressionSpecification, LayerSpecification, StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, MultiLineString, Point } from 'geojson';
import { FACETS, FACET_KEYS, type Facet, type FacetKey } from '../store/facets.ts';
import type { Filters } from '../store/filters.ts';
import { COUNT_BREAKS, COUNT_COLORS, OTHER_VENDOR_COLOR } from './palette.ts';

/** The look of the map as plain data, so a dark theme is one more constant. */
export interface Theme {
  water: string;
  land: string;
  border: string;
  bri: string;
  bubble: string;
  bubbleStroke: string;
  label: string;
  pointStroke: string;
  selected: string;
  /** Choropleth classes, from one deployment to many (see COUNT_BREAKS). */
  counts: string[];
}

export const LIGHT: Theme = {
  water: '#e8edf1',
  land: '#f8f6f1',
  border: '#b9b4aa',
  bri: '#a3381f',
  bubble: 'rgba(33, 52, 82, 0.78)',
  bubbleStroke: '#ffffff',
  label: '#ffffff',
  pointStroke: '#ffffff',
  selected: '#111111',
  counts: COUNT_COLORS,
};

/** For readers whose system is set to dark: more deployments means brighter, not darker. */
export const DARK: Theme = {
  water: '#0f1a24',
  land: '#1f262e',
  border: '#4f5863',
  bri: '#f08a6c',
  bubble: 'rgba(214, 226, 240, 0.9)',
  bubbleStroke: '#14181d',
  label: '#14181d',
  pointStroke: '#14181d',
  selected: '#ffffff',
  counts: ['#22354a', '#2c4c6d', '#3a6896', '#5589c1', '#80b3e8'],
};

/** Zoom at which country bubbles give way to individual deployments. */
export const DETAIL_ZOOM = 3;

/**
 * A country bubble's radius in px: linear in the square root of its count, 7 px for one
 * deployment, 22 px from 25 on. The circle layer and the vendor-origin rings drawn round it
 * (count-labels.ts) both read these stops, so ring and bubble cannot part.
 */
export const BUBBLE_STOPS = [[1, 7], [5, 22]] as const;

export function bubbleRadius(count: number): number {
  if (!(count > 0)) return 0;
  const [[x0, r0], [x1, r1]] = BUBBLE_STOPS;
  const x = Math.min(x1, Math.max(x0, Math.sqrt(count)));
  return r0 + ((x - x0) / (x1 - x0)) * (r1 - r0);
}

export interface StyleInput {
  theme: Theme;
  countries: FeatureCollection; // polygons with properties.iso3
  borders: MultiLineString;
  deployments: FeatureCollection<Point>;
  anchors: FeatureCollection<Point>; // one per country, properties.iso3
  vendorColors: Record<string, string>;
  /**
   * Countries that were ever BRI members: only their outlines can be dashed, so only they are in
   * the outline layer. Drawing every country's outline at opacity 0 cost a large part of each
   * zoomed-in frame with software WebGL. Omitted: every country.
   */
  briCountries?: string[];
  /**
   * Milliseconds over which paint changes (such as bubble sizes after a filter change) animate;
   * MapLibre's default is 300. Tests and benchmarks set 0 so that `idle` means "done".
   */
  transitionMs?: number;
}

// Global state keys: the store's filters as the style sees them.
export const STATE = {
  // { from, to, bri, and each facet's choice }: one key, so that a change of several (a year range
  // moves both ends) rebuilds the deployment tiles once.
  filter: 'filter',
} as const;

const gs = (key: string): ExpressionSpecification => ['global-state', key];

/**
 * What the deployment filter reads from global state (STATE.filter): the year range, the BRI
 * choice, and each facet's chosen values as ";a;b;" ("" for all), so a substring test is a set test.
 */
export type FilterState = { from: number; to: number; bri: string } & Record<FacetKey, string>;

/** A facet's choice as the filter sees it: ";huawei;zte;", or "" for all. */
export const choiceKey = (values: readonly string[]) => (values.length ? `;${values.join(';')};` : '');

/** The filter that lets everything through. */
export const FILTER_DEFAULT: FilterState = {
  from: 0, to: 9999, bri: 'all',
  ...(Object.fromEntries(FACET_KEYS.map((k) => [k, ''])) as Record<FacetKey, string>),
};

/** The store's filters as the map's global state. */
export function filterState(f: Filters): FilterState {
  const out = { from: f.from, to: f.to, bri: f.bri } as FilterState;
  for (const key of FACET_KEYS) out[key] = choiceKey(f[key]);
  return out;
}

const filterOf = (key: keyof FilterState): ExpressionSpecification => ['get', key, ['object', gs(STATE.filter)]];

/** The feature property that holds a deployment's n-th value of a facet: "vendor", then "vendor1", "vendor2", ... */
export const valueProperty = (facet: Pick<Facet, 'property'>, n: number) => (n === 0 ? facet.property : `${facet.property}${n}`);

/** How many values of each facet the deployment features carry at most (vendor, vendor1, ...). */
export type FacetWidths = Record<FacetKey, number>;

/**
 * The deployment filter. Every term reads the store's state through global-state, so a filter
 * change restyles without sending data to the worker. Each facet's test looks each of a
 * deployment's own values up in the chosen set (";a;b;"): a few lookups per point, however many
 * values the facet has. (Testing every vendor of the dataset instead, 86 of them, made the
 * worker's tile rebuild with a vendor chosen about 20 times slower.) A facet with nothing chosen
 * stops at its first test, `chosen == ""`.
 */
export function deploymentFilter(widths: FacetWidths): ExpressionSpecification {
  const facetTerms = FACETS.map((facet): ExpressionSpecification => {
    const chosen: ExpressionSpecification = ['string', filterOf(facet.key)];
    const valueIn = (n: number): ExpressionSpecification => ['in', ['concat', ';', ['get', valueProperty(facet, n)], ';'], chosen];
    const terms: ExpressionSpecification[] = Array.from({ length: Math.max(1, widths[facet.key]) }, (_, n) =>
      // Most deployments have one value: a cheap `has` skips the lookups they do not need.
      n === 0 ? valueIn(0) : ['all', ['has', valueProperty(facet, n)], valueIn(n)],
    );
    return ['any', ['==', chosen, ''], ...terms];
  });
  return [
    'all',
    ['>=', ['get', 'year'], ['number', filterOf('from')]],
    ['<=', ['get', 'year'], ['number', filterOf('to')]],
    ['match', ['string', filterOf('bri')], 'member', ['==', ['get', 'bri'], true], 'non-member', ['==', ['get', 'bri'], false], true],
    ...facetTerms,
  ];
}

/** The most values of each facet any deployment feature carries. */
export function facetWidthsOf(deployments: FeatureCollection<Point>): FacetWidths {
  const widths = {} as FacetWidths;
  for (const facet of FACETS) {
    let max = 1;
    for (const f of deployments.features) {
      let n = 1;
      while (f.properties?.[valueProperty(facet, n)] !== undefined) n++;
      if (n > max) max = n;
    }
    widths[facet.key] = max;
  }
  return widths;
}

const countState: ExpressionSpecification = ['number', ['coalesce', ['feature-state', 'count'], 0]];

export function buildStyle(input: StyleInput): StyleSpecification {
  const { theme } = input;
  const filter = deploymentFilter(facetWidthsOf(input.deployments));
  // A match with no cases is invalid, so a dataset without coloured vendors paints them all grey.
  const colorCases = Object.entries(input.vendorColors).flat();
  const vendorColor = (colorCases.length
    ? ['match', ['get', 'vendor'], ...colorCases, OTHER_VENDOR_COLOR]
    : OTHER_VENDOR_COLOR) as unknown as ExpressionSpecification;
  // Circle area grows with the camera count; records without a count get the smallest size.
  const radius: ExpressionSpecification = [
    'interpolate', ['linear'], ['sqrt', ['coalesce', ['get', 'cameras'], 0]],
    0, 4.5, 30, 7, 100, 13, 200, 20,
  ];

  const layers: LayerSpecification[] = [
    { id: 'water', type: 'background', paint: { 'background-color': theme.water } },
    {
      id: 'country-fill',
      type: 'fill',
      source: 'countries',
      paint: {
        'fill-color': [
          'case',
          ['>', countState, 0],
          ['step', countState, theme.counts[0]!, ...COUNT_BREAKS.flatMap((b, i) => [b, theme.counts[i + 1]!])],
          theme.land,
        ] as ExpressionSpecification,
      },
    },
    {
      id: 'country-borders',
      type: 'line',
      source: 'borders',
      paint: { 'line-color': theme.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 6, 1.2] },
    },
    {
      id: 'bri-outline',
      type: 'line',
      source: 'countries',
      ...(input.briCountries ? { filter: ['in', ['get', 'iso3'], ['literal', input.briCountries]] as ExpressionSpecification } : {}),
      paint: {
        'line-color': theme.bri,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.8, 6, 2],
        'line-dasharray': [2, 1.5],
        // Members in the range's last year, from feature-state (map-view sets it): a paint-only
        // change, so a year step never rebuilds the country polygons' tiles.
        'line-opacity': ['case', ['boolean', ['feature-state', 'bri'], false], 0.75, 0],
      },
    },
    {
      // Each country's count comes from feature-state (map-view sets it on this source): a filter
      // change is a paint-only change, with no tile rebuild. A country with nothing to show keeps
      // its circle at radius 0, which neither draws nor answers a click. The numbers on the
      // bubbles are HTML (count-labels.ts), not a symbol layer, for the same reason.
      id: 'country-bubbles',
      type: 'circle',
      source: 'anchors',
      maxzoom: DETAIL_ZOOM,
      paint: {
        'circle-color': theme.bubble,
        'circle-stroke-color': theme.bubbleStroke,
        'circle-stroke-width': ['case', ['>', countState, 0], 1, 0],
        'circle-radius': ['case', ['>', countState, 0], ['interpolate', ['linear'], ['sqrt', countState], ...BUBBLE_STOPS.flat()], 0],
      },
    },
    {
      id: 'deployments',
      type: 'circle',
      source: 'deployments',
      minzoom: DETAIL_ZOOM,
      filter: ['all', ['!=', ['get', 'precision'], 'country'], filter], // the cheap test first
      layout: { 'circle-sort-key': ['-', 0, ['coalesce', ['get', 'cameras'], 0]] },
      paint: {
        'circle-color': vendorColor,
        'circle-radius': radius,
        'circle-stroke-color': theme.pointStroke,
        'circle-stroke-width': 1.2,
        'circle-opacity': 0.9,
      },
    },
    {
      // Country-level records have no city: a hollow ring at the country's anchor, never a dot
      // that would pretend to be a place.
      id: 'deployments-country',
      type: 'circle',
      source: 'deployments',
      minzoom: DETAIL_ZOOM,
      filter: ['all', ['==', ['get', 'precision'], 'country'], filter],
      paint: {
        'circle-color': 'rgba(255,255,255,0.6)',
        'circle-radius': 9,
        'circle-stroke-color': vendorColor,
        'circle-stroke-width': 2.5,
      },
    },
    {
      // The open deployment's ring, drawn from a source of its own that holds just that one point:
      // at the world view no layer then reads the deployments source, so a filter change does not
      // make the worker rebuild tiles of every deployment that nobody sees.
      id: 'deployment-selected',
      type: 'circle',
      source: 'selected',
      paint: {
        'circle-color': 'rgba(0,0,0,0)',
        'circle-radius': ['+', radius, 4],
        'circle-stroke-color': theme.selected,
        'circle-stroke-width': 2.5,
      },
    },
  ];

  return {
    version: 8,
    ...(input.transitionMs === undefined ? {} : { transition: { duration: input.transitionMs, delay: 0 } }),
    state: {
      [STATE.filter]: { default: FILTER_DEFAULT },
    },
    sources: {
      countries: { type: 'geojson', data: input.countries, promoteId: 'iso3' },
      borders: { type: 'geojson', data: { type: 'Feature', geometry: input.borders, properties: {} } },
      anchors: { type: 'geojson', data: input.anchors, promoteId: 'iso3' },
      deployments: { type: 'geojson', data: input.deployments },
      // The selected deployment (map-view sets it), or nothing.
      selected: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers,
  } as StyleSpecification;
}
