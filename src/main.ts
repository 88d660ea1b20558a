// The composition root: loads the data, creates the store, and wires the map and panels to it.
// Nothing else imports from more than one of store/, map/, ui/ and embed/.
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import './styles.css';
import type { Dataset } from './data/schema.ts';
import { decodeState } from './embed/url-state.ts';
import { startHeightReporter } from './embed/height.ts';
import { bindUrl } from './embed/url-sync.ts';
import { vendorColors } from './map/palette.ts';
import { DARK, LIGHT } from './map/style.ts';
import { createAppStore, initialState } from './store/store.ts';
import { worldViewFor } from './store/filters.ts';
import { mountCredits } from './ui/credits.ts';
import { mountDetailsPanel } from './ui/details-panel.ts';
import { mountEmbedChrome } from './ui/embed-chrome.ts';
import { mountFilterPanel } from './ui/filter-panel.ts';
import { mountLegend } from './ui/legend.ts';
import { mountShareControl } from './ui/share-control.ts';
import { mountSummary } from './ui/summary-line.ts';
import { mountTableView } from './ui/table-view.ts';
import { mountCharts } from './ui/charts.ts';
import { mountDownloads } from './ui/downloads.ts';
import { mountSearchBox } from './ui/search-box.ts';
import { mountBottomSheet } from './ui/bottom-sheet.ts';
import { mountTimeline } from './ui/timeline.ts';
import { captureMap } from './map/snapshot.ts';
import type { Map as MapLibre } from 'maplibre-gl';

const $ = (id: string) => {
  const node = document.getElementById(id);
  if (!node) throw new Error(`index.html lacks #${id}`);
  return node;
};

// Errors here end up in front of readers: each names the file and what is wrong with it, instead
// of the browser's bare "Unexpected token" or "Cannot read properties of undefined".
async function fetchJson<T>(url: string, check: (x: unknown) => boolean = () => true): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    throw new Error(`${url} could not be reached (the connection failed)`);
  }
  if (!res.ok) throw new Error(`${url} answered HTTP ${res.status}`);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new Error(`${url} is not valid JSON (the file is damaged or incomplete)`);
  }
  if (!check(json)) throw new Error(`${url} is not in the format this page expects`);
  return json as T;
}

/** Just enough of the dataset's shape that the panels can start; the build guarantees the rest. */
function looksLikeDataset(x: unknown): boolean {
  const d = x as Partial<Dataset> | null;
  return !!d && typeof d === 'object' && [d.deployments, d.vendors, d.bri, d.countries].every(Array.isArray)
    && Number.isInteger(d.years?.min) && Number.isInteger(d.years?.max);
}

function showError(message: string): void {
  const box = $('status');
  box.hidden = false;
  box.setAttribute('role', 'alert');
  box.textContent = message;
}

function hideError(): void {
  const box = $('status');
  box.hidden = true;
  box.textContent = '';
}

/** What a reader is told when the map cannot start: MapLibre's own WebGL2 text apologises at length and links elsewhere. */
function mapFailureMessage(e: unknown): string {
  const why = e instanceof Error && e.name === 'GPUInitializationError'
    ? 'this browser does not offer WebGL2 graphics, which the map needs (they may be switched off or blocked for this graphics card)'
    : e instanceof Error ? e.message : String(e);
  return `The map cannot be drawn in this browser: ${why}. The table below lists the same deployments.`;
}

/** Resolves once the map container says the map shows the current state. */
function mapSettled(node: HTMLElement): Promise<void> {
  if (node.dataset.idle === 'true') return Promise.resolve();
  return new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      if (node.dataset.idle !== 'true') return;
      watch.disconnect();
      resolve();
    });
    watch.observe(node, { attributes: true, attributeFilter: ['data-idle'] });
  });
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const embed = params.get('embed') === '1';
  document.documentElement.classList.toggle('embed', embed);
  mountCredits($('about') as HTMLDetailsElement);

  const [data, coarse] = await Promise.all([
    fetchJson<Dataset>('./data/dataset.json', looksLikeDataset),
    fetchJson<Parameters<typeof import('./map/features.ts').basemapFeatures>[0]>('./data/countries-110m.json'),
  ]);

  const defaults = initialState(data, worldViewFor($('map').clientWidth));
  const store = createAppStore(data, decodeState(location.search, defaults));
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  const { colors, ranked } = vendorColors(data.deployments, dark);

  mountSummary($('summary'), store, data);
  mountFilterPanel($('filters'), store, data, colors, ranked);
  const theme = dark ? DARK : LIGHT;
  mountLegend($('legend'), store, theme.counts);
  mountDetailsPanel($('details'), store, data);
  const table = $('table') as HTMLDetailsElement;
  mountTableView(table, store, data);
  bindUrl(store, defaults);
  if (!embed) mountShareControl(document.querySelector<HTMLElement>('.masthead') ?? $('summary'), store);
  if (embed) mountEmbedChrome({ summary: $('summary'), filters: $('filters'), footer: document.querySelector<HTMLElement>('.credits') ?? document.body }, store, data);
  if (embed) startHeightReporter(window);

  const mapNode = $('map');
  let liveMap: MapLibre | null = null;
  if (!embed) {
    mountBottomSheet($('sidebar'));
    mountSearchBox($('search'), store, data);
    mountTimeline($('timeline'), store, data, {
      settled: () => mapSettled(mapNode),
      reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
    });
    mountCharts($('charts'), store, data, colors);
    mountDownloads($('downloads'), store, data, { captureMap: async () => (liveMap ? captureMap(liveMap) : null), colors, ranked });
  }
  try {
    const { mountMap } = await import('./map/map-view.ts');
    const map = mountMap({
      container: mapNode,
      store,
      data,
      coarseBasemap: coarse,
      fineBasemapUrl: './data/countries-50m.json',
      fontUrl: new URL(fontUrl, location.href).href,
      vendorColors: colors,
      cooperativeGestures: embed,
      theme,
      fadeDuration: params.get('fade') === '0' ? 0 : undefined,
      // The map stopped drawing (lost WebGL context): say so and open the table; hide the
      // message again when it draws once more, but leave the table open for whoever reads it.
      onFailure: (message) => {
        if (message === null) return hideError();
        showError(message);
        table.open = true;
      },
    });
    liveMap = map;
    // For tests and newsroom scripts: the live map, read-only by convention.
    (window as unknown as { sightlines: unknown }).sightlines = { map, store };
  } catch (e) {
    mapNode.dataset.idle = 'true';
    showError(mapFailureMessage(e));
    table.open = true;
    // Loaded only here: readers whose map works never download the picture.
    const picture = $('static-map') as HTMLImageElement;
    picture.src = picture.dataset.src ?? '';
    picture.hidden = false;
  }
  $('loading').hidden = true;
}

start().catch((e: unknown) => {
  $('loading').hidden = true;
  showError(`The map data could not be loaded: ${(e as Error).message}. Reloading the page may help; if it does not, the site is missing its data.`);
});
