import { Map as MapLibre, AttributionControl, LngLat, NavigationControl, setWorkerUrl, type MapGeoJSONFeature } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { shallow } from 'zustand/shallow';
import type { MapData } from '../data/schema.ts';
import { briMembersIn, countMatches, filterIndex, MIN_ZOOM, type View } from '../store/filters.ts';
import type { Store } from '../store/store.ts';
import { watchContextLoss } from './context-loss.ts';
import { mountCountLabels } from './count-labels.ts';
import { ORIGIN_GROUPS, originGroup } from './palette.ts';
import { anchorFeatures, basemapFeatures, deploymentFeatures } from './features.ts';
import { buildStyle, DETAIL_ZOOM, FILTER_DEFAULT, filterState, LIGHT, STATE, type Theme } from './style.ts';

setWorkerUrl(workerUrl);

/** The view's centre stays on the map of the world, and its zoom within the map's limits. */
export function constrainToWorld(center: LngLat, zoom: number): { center: LngLat; zoom: number } {
  const lng = Math.min(180, Math.max(-180, center.lng));
  const lat = Math.min(80, Math.max(-70, center.lat));
  return { center: lng === center.lng && lat === center.lat ? center : new LngLat(lng, lat), zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom)) };
}

export interface MapOptions {
  container: HTMLElement;
  store: Store;
  data: MapData;
  coarseBasemap: Parameters<typeof basemapFeatures>[0];
  /** Loaded the first time a reader zooms in past the world view. */
  fineBasemapUrl: string;
  vendorColors: Record<string, string>;
  /** In an embed, the page scrolls over the map; zoom needs Ctrl/Cmd or two fingers. */
  cooperativeGestures: boolean;
  /** MapLibre's interface strings in the page's language (its `locale` option), and the credit line. */
  locale?: Record<string, string>;
  /** How the bubbles' numbers are written (the page's number format). */
  formatCount?: (n: number) => string;
  attribution: string;
  /** LIGHT or DARK, following the reader's colour scheme. */
  theme?: Theme;
  /** Tests turn label fades off so that `idle` means "done"; 0 also turns paint transitions off. */
  fadeDuration?: number;
  /**
   * Told when the map stops drawing after it has started (the browser took its WebGL context),
   * with a message for the reader; told null when it draws again.
   */
  onFailure?: (message: string | null) => void;
}

const MAX_ZOOM = 12;

const CLICKABLE = ['deployments', 'deployments-country', 'country-bubbles', 'country-fill'];

/**
 * Draws the store on a MapLibre map and turns clicks and pans into store actions. The container's
 * data-idle attribute is "true" once the map shows the store's current state.
 */
export function mountMap(opts: MapOptions): MapLibre {
  const { container, store, data } = opts;
  const base = basemapFeatures(opts.coarseBasemap);
  const deployments = deploymentFeatures(data.deployments, data);
  const start = store.getState().view;
  const map = new MapLibre({
    container,
    style: buildStyle({
      theme: opts.theme ?? LIGHT,
      countries: base.countries,
      borders: base.borders,
      deployments,
      anchors: anchorFeatures(data.countries),
      briCountries: data.bri.filter((m) => m.mouYear !== null).map((m) => m.country),
      vendorColors: opts.vendorColors,
      ...(opts.fadeDuration === 0 ? { transitionMs: 0 } : {}),
    }),
    center: [start.lon, start.lat],
    zoom: start.zoom,
    minZoom: MIN_ZOOM,
    // MapLibre's own constraint keeps the world covering the whole map, so a phone's tall map could
    // never zoom out far enough to show the Americas and Australia side by side (worldViewFor). This
    // one lets the world be smaller than the map and only keeps its centre on the world.
    transformConstrain: constrainToWorld,
    maxZoom: MAX_ZOOM,
    renderWorldCopies: false,
    attributionControl: false,
    cooperativeGestures: opts.cooperativeGestures,
    ...(opts.locale ? { locale: opts.locale } : {}),
    fadeDuration: opts.fadeDuration ?? 300,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
  });
  // Zoomed out past the world's height (a phone's world view), MapLibre draws nothing above and
  // below it: the container shows the sea there.
  container.style.backgroundColor = (opts.theme ?? LIGHT).water;
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(
    new AttributionControl({ compact: true, customAttribution: opts.attribution }),
    'bottom-right',
  );

  // False while the browser has taken the WebGL context: MapLibre has then dropped its style, every
  // style call would throw, and nothing is drawn (so no `idle` would come).
  let drawing = true;

  // data-idle: false from any change until the map has drawn it.
  let generation = 0;
  const markBusy = () => {
    if (!drawing) return;
    const mine = ++generation;
    container.dataset.idle = 'false';
    map.once('idle', () => {
      if (mine === generation) container.dataset.idle = 'true';
    });
    map.triggerRepaint();
  };
  container.dataset.idle = 'false';
  map.on('movestart', markBusy);

  // Filters restyle through global state (no data re-upload) and counts per country, taken from a
  // typed-array index of the dataset: a change walks numbers and allocates nothing per deployment.
  const index = filterIndex(data);
  const perCountry = new Int32Array(index.countries.length);
  // The count each country's feature-state holds; -1 forces a restate (new polygons, new style).
  const shown = new Int32Array(index.countries.length).fill(-1);
  // BRI members by year (the outline shows members in the range's last year), and what the
  // countries' feature-state says now.
  const briSets = new Map<number, Set<string>>();
  const briMembers = (year: number) => {
    let set = briSets.get(year);
    if (!set) briSets.set(year, (set = new Set(briMembersIn(data, year))));
    return set;
  };
  const briShown = new Map<string, boolean>();
  // The vendor-origin rings: matches per country and vendor home country in one pass with the
  // counts, folded into ORIGIN_GROUPS; ringShown holds what each country's ring shows now.
  const origins = index.facets.origins;
  const perCountryOrigin = new Int32Array(index.countries.length * origins.values.length);
  const groupOf = Int32Array.from(origins.values, (o) => ORIGIN_GROUPS.indexOf(originGroup(o)));
  const groups = ORIGIN_GROUPS.length;
  const ringShown = new Int32Array(index.countries.length * groups).fill(-1);
  const shares = new Int32Array(groups);
  const countLabels = mountCountLabels(map, {
    anchors: new Map(data.countries.map((c) => [c.iso3, c.anchor])),
    maxZoom: DETAIL_ZOOM,
    color: (opts.theme ?? LIGHT).label,
    ...(opts.formatCount ? { format: opts.formatCount } : {}),
  });

  // Global state is set on the style, not through Map.setGlobalStateProperty: that also marks the
  // whole style as changed, and MapLibre then draws one frame more after every filter change (a
  // frame costs 50-150 ms with software WebGL). The style's global state feeds only filters and
  // layout here (paint reads feature-state), which the worker applies when it rebuilds the affected
  // sources' tiles; setting it starts those rebuilds, and their arrival draws the map. Should a
  // paint property ever read global state, go back to map.setGlobalStateProperty (a unit test in
  // filter-expression.test.ts fails first).
  const setGlobalState = (key: string, value: unknown) => map.style.setGlobalStateProperty(key, value);

  const deploymentSource = () => map.getSource<import('maplibre-gl').GeoJSONSource>('deployments');
  let uploadedSubset = false;

  // Paced to the map: while the worker is still rebuilding tiles for one change, further changes
  // (a dragged slider, a fast playback) only mark the state dirty; the latest state is applied once,
  // on the next idle. The reader never waits for intermediate states to be drawn.
  let inFlight = 0; // token of the change being drawn, 0 when none
  let pending = false;
  let flights = 0;
  const applyFilters = () => {
    if (!drawing) return;
    if (inFlight) {
      pending = true;
      generation++; // an earlier change's idle must not report this one as drawn
      container.dataset.idle = 'false';
      return;
    }
    const mine = (inFlight = ++flights);
    const { filters } = store.getState();
    perCountry.fill(0);
    perCountryOrigin.fill(0);
    countMatches(index, filters, { perCountry, perCountryFacet: { key: 'origins', tally: perCountryOrigin } });
    const filter = filterState(filters);
    if (container.dataset.filterBy === 'setData') {
      // The benchmark's naive reference (scripts/bench, never used for readers): filter by
      // re-uploading the matching points, the style's filter left at "everything".
      const matching: (typeof deployments.features)[number][] = [];
      countMatches(index, filters, { onMatch: (i) => matching.push(deployments.features[i]!) });
      deploymentSource()?.setData({ type: 'FeatureCollection', features: matching });
      setGlobalState(STATE.filter, FILTER_DEFAULT);
      uploadedSubset = true;
    } else {
      if (uploadedSubset) deploymentSource()?.setData(deployments);
      uploadedSubset = false;
      setGlobalState(STATE.filter, filter);
    }

    // The choropleth, the bubbles and the BRI outline read feature-state: a paint-only change, no
    // tile rebuild; the bubbles' numbers are HTML. Only countries whose state changed are told.
    for (let c = 0; c < perCountry.length; c++) {
      if (shown[c] === perCountry[c]) continue;
      map.setFeatureState({ source: 'countries', id: index.countries[c]! }, { count: perCountry[c]! });
      map.setFeatureState({ source: 'anchors', id: index.countries[c]! }, { count: perCountry[c]! });
      countLabels.set(index.countries[c]!, perCountry[c]!);
      shown[c] = perCountry[c]!;
    }
    for (let c = 0; c < perCountry.length; c++) {
      shares.fill(0);
      const row = c * origins.values.length;
      for (let o = 0; o < origins.values.length; o++) shares[groupOf[o]!]! += perCountryOrigin[row + o]!;
      let same = true;
      for (let g = 0; g < groups; g++) if (ringShown[c * groups + g] !== shares[g]) same = false;
      if (same) continue;
      ringShown.set(shares, c * groups);
      countLabels.ring(index.countries[c]!, shares);
    }
    const members = briMembers(filters.to);
    for (const { country } of data.bri) {
      const member = members.has(country);
      if (briShown.get(country) === member) continue;
      map.setFeatureState({ source: 'countries', id: country }, { bri: member });
      briShown.set(country, member);
    }
    map.once('idle', () => {
      if (inFlight !== mine) return;
      inFlight = 0;
      if (pending) {
        pending = false;
        applyFilters();
      }
    });
    markBusy();
  };
  const restateFilters = () => {
    shown.fill(-1);
    ringShown.fill(-1);
    briShown.clear();
    inFlight = 0;
    pending = false;
    applyFilters();
  };
  const byId = new Map(data.deployments.map((d) => [d.id, d]));
  const applySelection = () => {
    if (!drawing) return;
    const selected = byId.get(store.getState().selected ?? '');
    map.getSource<import('maplibre-gl').GeoJSONSource>('selected')?.setData(deploymentFeatures(selected ? [selected] : [], data));
    markBusy();
  };
  const applyView = (v: View) => {
    const c = map.getCenter();
    const same = Math.abs(c.lng - v.lon) < 1e-3 && Math.abs(c.lat - v.lat) < 1e-3 && Math.abs(map.getZoom() - v.zoom) < 1e-2;
    if (!same) map.jumpTo({ center: [v.lon, v.lat], zoom: v.zoom });
  };

  watchContextLoss(map.getCanvas(), (message) => {
    drawing = message === null;
    if (message) {
      // Nothing more will be drawn until a restore: whoever waits for data-idle must not hang.
      generation++;
      inFlight = 0;
      pending = false;
      container.dataset.idle = 'true';
    } else {
      // MapLibre reloads its style from a snapshot (a frame later), without our global state and
      // feature-state: restate the filters, counts and selection once it has loaded.
      map.once('style.load', () => {
        restateFilters();
        applySelection();
      });
    }
    opts.onFailure?.(message);
  });

  let fineRequested = false;
  const loadFineBorders = async () => {
    if (fineRequested || map.getZoom() < DETAIL_ZOOM) return;
    fineRequested = true;
    try {
      const res = await fetch(opts.fineBasemapUrl);
      const fine = basemapFeatures(await res.json());
      map.getSource<import('maplibre-gl').GeoJSONSource>('countries')?.setData(fine.countries);
      map.getSource<import('maplibre-gl').GeoJSONSource>('borders')?.setData({ type: 'Feature', geometry: fine.borders, properties: {} });
      // Feature-state lives per source tile set; restate the counts on the new polygons.
      shown.fill(-1);
      briShown.clear();
      applyFilters();
    } catch {
      fineRequested = false; // keep the coarse borders; try again on the next zoom
    }
  };

  map.on('load', () => {
    applyFilters();
    applySelection();
    store.subscribe((s) => s.filters, applyFilters, { equalityFn: shallow });
    store.subscribe((s) => s.selected, applySelection);
    store.subscribe((s) => s.view, applyView);
    void loadFineBorders();
  });

  map.on('moveend', () => {
    const c = map.getCenter();
    store.getState().setView({ lon: round(c.lng, 3), lat: round(c.lat, 3), zoom: round(map.getZoom(), 2) });
    void loadFineBorders();
  });

  const top = (features: MapGeoJSONFeature[]) => features.find((f) => f.layer.id !== 'country-fill') ?? features[0];
  map.on('click', (e) => {
    const hit = top(map.queryRenderedFeatures(e.point, { layers: CLICKABLE.filter((id) => map.getLayer(id)) }));
    const s = store.getState();
    if (!hit) {
      s.select(null);
      s.selectCountry(null);
      return;
    }
    const p = hit.properties as Record<string, unknown>;
    if (hit.layer.id === 'deployments' || hit.layer.id === 'deployments-country') {
      s.select(String(p.id));
    } else {
      s.selectCountry(String(p.iso3));
      if (hit.layer.id === 'country-bubbles') map.easeTo({ center: e.lngLat, zoom: Math.max(map.getZoom(), DETAIL_ZOOM + 0.5) });
    }
  });
  map.on('mousemove', (e) => {
    const hit = map.queryRenderedFeatures(e.point, { layers: CLICKABLE.filter((id) => id !== 'country-fill' && map.getLayer(id)) });
    map.getCanvas().style.cursor = hit.length ? 'pointer' : '';
  });

  return map;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
