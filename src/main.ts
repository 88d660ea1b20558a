// The composition root: loads the data, creates the store, and wires the map and panels to it.
// Nothing else imports from more than one of store/, map/, ui/ and embed/.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import './styles.css';
import { fetchJson, fetchRecords, looksLikeMapData, quoteLoader } from './data/load.ts';
import type { MapData } from './data/schema.ts';
import { looksLikeRelease, type Release } from './data/release.ts';
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
// i18n (issue 5): the page's language, its words, and country names in it.
import { formatNumber, pickLanguage, setLanguage, t } from './i18n/i18n.ts';
import { loadCountryNames, setCountryNames } from './i18n/countries.ts';
import { CONTEXT_LOST_MESSAGE } from './map/context-loss.ts';
import { mountLanguageSwitch } from './ui/language-switch.ts';
import { mapLocale } from './i18n/map-locale.ts';
import { translatePage } from './ui/page-text.ts';

const $ = (id: string) => {
  const node = document.getElementById(id);
  if (!node) throw new Error(`index.html lacks #${id}`);
  return node;
};

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
    ? t('error.noWebgl')
    : e instanceof Error ? e.message : String(e);
  return t('error.mapFailed', { why });
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

// i18n: chosen before anything renders (lang= in the URL, else the browser's languages, else English).
const lang = setLanguage(pickLanguage(location.search, navigator.languages?.length ? navigator.languages : [navigator.language])).lang;

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const embed = params.get('embed') === '1';
  document.documentElement.classList.toggle('embed', embed);
  translatePage(document); // i18n: index.html's text and <html lang>
  const languageSwitch = embed ? null : mountLanguageSwitch(document.querySelector<HTMLElement>('.masthead') ?? document.body, lang);
  // The versioned data package, for the About and downloads panels; they leave it out if this fails.
  const release = fetchJson<Release>('./data/release.json', looksLikeRelease).catch(() => null);
  mountCredits($('about') as HTMLDetailsElement, release);

  const [data, coarse, names] = await Promise.all([
    fetchJson<MapData>('./data/points.json', looksLikeMapData),
    fetchJson<Parameters<typeof import('./map/features.ts').basemapFeatures>[0]>('./data/countries-110m.json'),
    loadCountryNames(lang), // i18n: never fails; English names on failure
  ]);
  setCountryNames(names);

  const defaults = initialState(data, worldViewFor($('map').clientWidth, $('map').clientHeight));
  const store = createAppStore(data, decodeState(location.search, defaults));
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  const { colors, ranked } = vendorColors(data.deployments, dark);

  mountSummary($('summary'), store, data);
  mountFilterPanel($('filters'), store, data, colors, ranked);
  const theme = dark ? DARK : LIGHT;
  mountLegend($('legend'), store, theme.counts);
  const table = $('table') as HTMLDetailsElement;
  const mapNode = $('map');
  let liveMap: MapLibre | null = null;

  // The records' texts and sources (dataset.json, about ten times the size of points.json) load
  // once the first map has settled, so they never delay it, or sooner when a reader asks for a
  // record, a country's profile or the table. The panels that show them mount when they arrive.
  let records: Promise<void> | null = null;
  const loadRecords = () => {
    records ??= fetchRecords('./data/dataset.json', data).then(
      (full) => {
        mountDetailsPanel($('details'), store, full, quoteLoader('./data/', full.generated));
        mountTableView(table, store, full);
        if (!embed) mountDownloads($('downloads'), store, full, { captureMap: async () => (liveMap ? captureMap(liveMap) : null), colors, ranked, release });
      },
      (e: unknown) => showError(t('error.recordsFailed', { why: (e as Error).message })),
    );
  };
  void mapSettled(mapNode).then(loadRecords);
  table.addEventListener('toggle', () => table.open && loadRecords());
  const wantsRecords = (s: { selected: string | null; country: string | null }) => s.selected !== null || s.country !== null;
  if (wantsRecords(store.getState())) loadRecords();
  store.subscribe(wantsRecords, (wants) => wants && loadRecords());
  bindUrl(store, defaults);
  // i18n: the language links follow the address bar, as the share panel does.
  if (languageSwitch) store.subscribe(() => queueMicrotask(languageSwitch.refresh));
  if (!embed) mountShareControl(document.querySelector<HTMLElement>('.masthead') ?? $('summary'), store);
  if (embed) mountEmbedChrome({ summary: $('summary'), filters: $('filters'), footer: document.querySelector<HTMLElement>('.credits') ?? document.body }, store, data);
  if (embed) startHeightReporter(window);

  if (!embed) {
    mountBottomSheet($('sidebar'));
    mountSearchBox($('search'), store, data);
    mountTimeline($('timeline'), store, data, {
      settled: () => mapSettled(mapNode),
      reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
    });
    mountCharts($('charts'), store, data, colors);
  }
  try {
    const { mountMap } = await import('./map/map-view.ts');
    const map = mountMap({
      container: mapNode,
      store,
      data,
      coarseBasemap: coarse,
      fineBasemapUrl: './data/countries-50m.json',
      vendorColors: colors,
      cooperativeGestures: embed,
      locale: mapLocale(), // i18n
      attribution: t('map.attribution'),
      formatCount: formatNumber,
      theme,
      fadeDuration: params.get('fade') === '0' ? 0 : undefined,
      // The map stopped drawing (lost WebGL context): say so and open the table; hide the
      // message again when it draws once more, but leave the table open for whoever reads it.
      onFailure: (message) => {
        if (message === null) return hideError();
        showError(message === CONTEXT_LOST_MESSAGE ? t('error.contextLost') : message); // i18n
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
  showError(t('error.dataFailed', { why: (e as Error).message }));
});
