import type { MapData } from '../data/schema.ts';
import type { Store } from '../store/store.ts';
import { el } from './dom.ts';
import { buildSearchIndex, search, type SearchHit } from './search-index.ts';
import { t } from '../i18n/i18n.ts';
import { countryNames } from '../i18n/countries.ts';

const kindLabel = (kind: SearchHit['kind']) => t(`search.${kind}`);

/**
 * A search field for countries, places and vendors. Choosing a country opens its profile and
 * flies there; a place opens its record; a vendor becomes the vendor filter.
 */
export function mountSearchBox(root: HTMLElement, store: Store, data: MapData): void {
  const index = buildSearchIndex(data, countryNames(data.countries));
  const input = el('input', {
    type: 'search', id: 'search', placeholder: t('search.placeholder'), autocomplete: 'off',
    'aria-describedby': 'search-hint', 'aria-controls': 'search-results', 'data-testid': 'search',
  });
  const results = el('ul', { id: 'search-results', class: 'search-results', 'data-testid': 'search-results' });
  const status = el('p', { id: 'search-hint', class: 'visually-hidden', 'aria-live': 'polite' });
  root.append(el('label', { for: 'search', class: 'search-label' }, t('search.label')), input, status, results);

  const choose = (hit: SearchHit) => {
    const s = store.getState();
    if (hit.kind === 'country') {
      s.selectCountry(hit.iso3);
      s.setView({ lon: hit.anchor[0], lat: hit.anchor[1], zoom: 4 });
    } else if (hit.kind === 'deployment') {
      s.select(hit.id);
      s.setView({ lon: hit.lon, lat: hit.lat, zoom: 6 });
    } else {
      s.setVendors([hit.id]);
    }
    input.value = '';
    results.replaceChildren();
    status.textContent = '';
  };

  let hits: SearchHit[] = [];
  const render = () => {
    hits = search(index, input.value);
    results.replaceChildren(
      ...hits.map((hit) => {
        const b = el('button', { type: 'button', class: 'search-hit' }, el('span', { class: 'kind' }, kindLabel(hit.kind)), ' ', hit.label);
        b.addEventListener('click', () => choose(hit));
        return el('li', {}, b);
      }),
    );
    status.textContent = input.value.trim().length < 2 ? '' : hits.length ? t('search.results', { count: hits.length }) : t('search.none');
  };
  input.addEventListener('input', render);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && hits[0]) {
      e.preventDefault();
      choose(hits[0]);
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      results.querySelector<HTMLButtonElement>('button')?.focus();
    } else if (e.key === 'Escape') {
      input.value = '';
      render();
    }
  });
  results.addEventListener('keydown', (e) => {
    const current = document.activeElement?.closest('li');
    if (!current) return;
    const next = e.key === 'ArrowDown' ? current.nextElementSibling : e.key === 'ArrowUp' ? current.previousElementSibling : null;
    if (e.key === 'ArrowUp' && !current.previousElementSibling) input.focus();
    next?.querySelector<HTMLButtonElement>('button')?.focus();
    if (next || e.key === 'ArrowUp') e.preventDefault();
  });
}
