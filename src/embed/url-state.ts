import { FACETS, noFacets } from '../store/facets.ts';
import { BRI_CHOICES, MIN_ZOOM, type AppState, type BriChoice, type View } from '../store/filters.ts';

// The parameters a link carries: one per facet (facets.ts), then the years, BRI, the selection and
// the view. Anything else in the query string (embed=1, lang=...) is left alone by encode's caller
// and ignored by decode.
export const STATE_PARAMS = [...FACETS.map((f) => f.param), 'from', 'to', 'bri', 'select', 'country', 'view'] as const;

const MAX_PARAM_LENGTH = 2000;
const ID = /^[a-z0-9][a-z0-9_-]{0,99}$/;
// A facet value: a vendor id, an enum value or a country code. Anything that is not one of the
// data's values is dropped later by normalizeFilters; this only keeps junk out of the store.
const TOKEN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

/** Query parameters for everything in `state` that differs from `defaults`. */
export function encodeState(state: AppState, defaults: AppState): URLSearchParams {
  const p = new URLSearchParams();
  const { filters: f, view: v } = state;
  for (const facet of FACETS) if (f[facet.key].length) p.set(facet.param, f[facet.key].join(','));
  if (f.from !== defaults.filters.from) p.set('from', String(f.from));
  if (f.to !== defaults.filters.to) p.set('to', String(f.to));
  if (f.bri !== 'all') p.set('bri', f.bri);
  if (state.selected) p.set('select', state.selected);
  if (state.country) p.set('country', state.country);
  const d = defaults.view;
  if (v.lon !== d.lon || v.lat !== d.lat || v.zoom !== d.zoom) {
    p.set('view', `${v.lon.toFixed(3)},${v.lat.toFixed(3)},${v.zoom.toFixed(2)}`);
  }
  return p;
}

/**
 * Reads state from a query string. Every parameter is optional and checked on its own: a missing,
 * malformed or hostile value falls back to the default and never throws. Values are only ever
 * compared and stored as data, never inserted into the page as markup.
 */
export function decodeState(search: string, defaults: AppState): AppState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 20_000 ? '' : search);
  } catch {
    params = new URLSearchParams();
  }
  const get = (key: string): string | null => {
    const v = params.get(key);
    return v === null || v.length > MAX_PARAM_LENGTH ? null : v.trim();
  };
  const year = (key: string, fallback: number): number => {
    const v = get(key);
    return v !== null && /^\d{4}$/.test(v) ? Number(v) : fallback;
  };
  const id = (key: string): string | null => {
    const v = get(key);
    return v !== null && ID.test(v) ? v : null;
  };

  const facets = noFacets();
  for (const facet of FACETS) {
    const v = get(facet.param);
    facets[facet.key] = v ? v.split(',').map((s) => s.trim()).filter((s) => TOKEN.test(s)) : [];
  }
  const bri = get('bri');
  const country = get('country');

  return {
    filters: {
      ...facets,
      from: year('from', defaults.filters.from),
      to: year('to', defaults.filters.to),
      bri: bri !== null && (BRI_CHOICES as readonly string[]).includes(bri) ? (bri as BriChoice) : defaults.filters.bri,
    },
    selected: id('select'),
    country: country !== null && /^[A-Z]{3}$/.test(country) ? country : null,
    view: parseView(get('view')) ?? defaults.view,
  };
}

function parseView(v: string | null): View | null {
  if (!v) return null;
  const parts = v.split(',');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d{1,3}(\.\d{1,6})?$/.test(p))) return null;
  const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < MIN_ZOOM || zoom > 18) return null;
  return { lon, lat, zoom };
}
