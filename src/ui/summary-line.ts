import type { Dataset } from '../data/schema.ts';
import { summarize, type Summary } from '../store/filters.ts';
import type { Store } from '../store/store.ts';
import { plural } from './format.ts';
import { shallow } from 'zustand/shallow';

export function summaryText(s: Summary, toYear: number): string {
  if (s.deployments === 0) return 'No deployments match these filters.';
  const bri = s.countries === 1
    ? (s.briCountries ? `, a BRI member in ${toYear}` : `, not a BRI member in ${toYear}`)
    : `, ${s.briCountries} of them BRI members in ${toYear}`;
  return `${plural(s.deployments, 'deployment', 'deployments')} in ${plural(s.countries, 'country', 'countries')}${bri}`;
}

/**
 * The live result line. Its data-* attributes carry the raw numbers for tests and for newsrooms'
 * own scripts; aria-live lets screen readers hear each new result.
 */
export function mountSummary(node: HTMLElement, store: Store, data: Dataset): void {
  node.setAttribute('data-testid', 'summary');
  node.setAttribute('aria-live', 'polite');
  const render = () => {
    const { filters } = store.getState();
    const s = summarize(data, filters);
    node.textContent = summaryText(s, filters.to);
    node.dataset.deployments = String(s.deployments);
    node.dataset.countries = String(s.countries);
    node.dataset.briCountries = String(s.briCountries);
  };
  render();
  store.subscribe((s) => s.filters, render, { equalityFn: shallow });
}
