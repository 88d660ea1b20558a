import type { MapData } from '../data/schema.ts';
import { t } from '../i18n/i18n.ts';
import { summarize, type Summary } from '../store/filters.ts';
import type { Store } from '../store/store.ts';
import { shallow } from 'zustand/vanilla/shallow';

export function summaryText(s: Summary, toYear: number): string {
  if (s.deployments === 0) return t('summary.none');
  const parts = {
    deployments: t('summary.deployments', { count: s.deployments }),
    countries: t('summary.inCountries', { count: s.countries }),
    year: String(toYear),
  };
  if (s.countries === 1) return t(s.briCountries ? 'summary.oneMember' : 'summary.oneNonMember', parts);
  return t('summary.many', { ...parts, count: s.briCountries });
}

/**
 * The live result line. Its data-* attributes carry the raw numbers for tests and for newsrooms'
 * own scripts, the same in every language; aria-live lets screen readers hear each new result.
 */
export function mountSummary(node: HTMLElement, store: Store, data: MapData): void {
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
