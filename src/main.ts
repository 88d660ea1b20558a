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
import { createAppStore, initialState } from './store/store.ts';
import { worldViewFor } from './store/filters.ts';
import { mountDetailsPanel } from './ui/details-panel.ts';
import { mountEmbedChrome } from './ui/embed-chrome.ts';
import { mountFilterPanel } from './ui/filter-panel.ts';
import { mountLegend } from './ui/legend.ts';
import { mountShareControl } from './ui/share-control.ts';
import { mountSummary } from './ui/summary-line.ts';
import { mountTableView } from './ui/table-view.ts';

const $ = (id: string) => {
  const node = document.getElementById(id);
  if (!node) throw new Error(`index.html lacks #${id}`);
  return node;
};

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

function showError(message: string): void {
  const box = $('status');
  box.hidden = false;
  box.setAttribute('role', 'alert');
  box.textContent = message;
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const embed = params.get('embed') === '1';
  document.documentElement.classList.toggle('embed', embed);

  const [data, coarse] = await Promise.all([
    fetchJson<Dataset>('./data/dataset.json'),
    fetchJson<Parameters<typeof import('./map/features.ts').basemapFeatures>[0]>('./data/countries-110m.json'),
  ]);

  const defaults = initialState(data, worldViewFor($('map').clientWidth));
  const store = createAppStore(data, decodeState(location.search, defaults));
  const { colors, ranked } = vendorColors(data.deployments);

  mountSummary($('summary'), store, data);
  mountFilterPanel($('filters'), store, data, colors, ranked);
  mountLegend($('legend'), store);
  mountDetailsPanel($('details'), store, data);
  mountTableView($('table') as HTMLDetailsElement, store, data);
  bindUrl(store, defaults);
  if (!embed) mountShareControl(document.querySelector<HTMLElement>('.masthead') ?? $('summary'), store);
  if (embed) mountEmbedChrome({ summary: $('summary'), filters: $('filters'), footer: document.querySelector<HTMLElement>('.credits') ?? document.body }, store, data);
  if (embed) startHeightReporter(window);

  const mapNode = $('map');
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
      fadeDuration: params.get('fade') === '0' ? 0 : undefined,
    });
    // For tests and newsroom scripts: the live map, read-only by convention.
    (window as unknown as { sightlines: unknown }).sightlines = { map, store };
  } catch (e) {
    mapNode.dataset.idle = 'true';
    showError(`The map cannot be drawn in this browser (${(e as Error).message}). The table below lists the same deployments.`);
    ($('table') as HTMLDetailsElement).open = true;
  }
  $('loading').hidden = true;
}

start().catch((e: unknown) => {
  $('loading').hidden = true;
  showError(`The map data could not be loaded: ${(e as Error).message}`);
});
