import { shallow } from 'zustand/vanilla/shallow';
import type { MapData } from '../data/schema.ts';
import { facet, type FacetKey } from '../store/facets.ts';
import type { BriChoice, Filters } from '../store/filters.ts';
import { facetLabeler, type FacetLabeler } from './facet-labels.ts';
import type { Store } from '../store/store.ts';
import { el } from './dom.ts';
import { t } from '../i18n/i18n.ts';

/** The credit line in English; an embed shows it in the page's language (embed.credit). */
export const EMBED_CREDIT = 'Data: Sightlines; borders Natural Earth; places GeoNames';

const briText = (choice: BriChoice) => t(`bri.${choice}`);

// What an embed's address carries for the frame alone: embed mode, the height messages' id, and
// the parameters pym.js's Parent adds to every child's address.
const FRAME_PARAMS = ['embed', 'childId', 'initialWidth', 'parentTitle', 'parentUrl'];

/** The full map's address for an embed's: the same state, without embed=1, childId and pym's. */
export function fullMapUrl(href: string): string {
  const url = new URL(href);
  for (const key of FRAME_PARAMS) url.searchParams.delete(key);
  return url.href;
}

/** Up to three names, or two and "n more". */
function names(list: readonly string[]): string {
  return list.length <= 3 ? list.join(', ') : t('embed.more', { names: list.slice(0, 2).join(', '), count: list.length - 2 });
}

/**
 * The active filters as short label/value pairs, in the order the full map's panel shows them.
 * The vendor, the years and the countries are always named (a reader of an article should know
 * the map shows everything); the other facets only when something is chosen in them.
 */
export function activeFilterItems(filters: Filters, label: FacetLabeler): Array<[label: string, value: string]> {
  const chip = (key: FacetKey): [string, string] | null => {
    const chosen = filters[key];
    if (!chosen.length) return null;
    const words = facet(key).words;
    return [t(key === 'vendors' && chosen.length > 1 ? 'embed.vendors' : words.chip), names(chosen.map((v) => label(key, v)))];
  };
  const years = filters.from === filters.to ? String(filters.from) : `${filters.from}–${filters.to}`;
  const items: Array<[string, string] | null> = [
    chip('origins'),
    chip('vendors') ?? [t('embed.vendor'), t('embed.allVendors')],
    [t(filters.from === filters.to ? 'embed.year' : 'embed.years'), years],
    [t('embed.countries'), briText(filters.bri)],
    chip('types'),
    chip('terms'),
    chip('statuses'),
  ];
  return items.filter((item): item is [string, string] => item !== null);
}

export interface EmbedChromeNodes {
  /** The summary line; the active filters and the filter toggle go right after it. */
  summary: HTMLElement;
  /** The full filter panel: folded away in an embed until the reader asks for it. */
  filters: HTMLElement;
  /** Where the credit line and the "Open full map" link go. */
  footer: HTMLElement;
}

/**
 * What an embed adds to the page: the active filters under the summary line, a button that
 * unfolds the filter panel, and a credit line with a link to the full map. The layout itself is
 * CSS (html.embed in styles.css).
 */
export function mountEmbedChrome(nodes: EmbedChromeNodes, store: Store, data: MapData): void {
  const label = facetLabeler(data);
  const list = el('ul', { class: 'active-filters', 'aria-label': t('embed.active'), 'data-testid': 'active-filters' });
  const toggle = el(
    'button',
    { type: 'button', class: 'filters-toggle', 'aria-expanded': 'false', 'aria-controls': nodes.filters.id || null, 'data-testid': 'filters-toggle' },
    t('embed.filters'),
  );
  toggle.addEventListener('click', () => {
    const open = nodes.filters.hidden;
    nodes.filters.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  });
  nodes.filters.hidden = true;
  nodes.summary.after(el('div', { class: 'embed-bar' }, list, toggle));

  const fullMap = el('a', { href: fullMapUrl(location.href), target: '_blank', rel: 'noopener', 'data-testid': 'open-full-map' }, t('embed.fullMap'), el('span', { class: 'visually-hidden' }, t('embed.newTab')), el('span', { 'aria-hidden': 'true' }, ' ↗'));
  nodes.footer.append(el('p', { class: 'embed-credit' }, el('span', {}, t('embed.credit')), fullMap));

  const renderFilters = () => {
    list.replaceChildren(...activeFilterItems(store.getState().filters, label).map(([label, value]) => el('li', {}, el('span', { class: 'label' }, label), ' ', value)));
  };
  renderFilters();
  store.subscribe((s) => s.filters, renderFilters, { equalityFn: shallow });
  // Deferred: whatever order the store's listeners run in, bindUrl has updated the address by then.
  store.subscribe(() => queueMicrotask(() => (fullMap.href = fullMapUrl(location.href))));
}
