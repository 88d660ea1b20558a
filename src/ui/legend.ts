import { countClassLabels, COUNT_COLORS } from '../map/palette.ts';
import { el } from './dom.ts';
import type { Store } from '../store/store.ts';

/** What the colours, rings and outlines mean; the BRI line names the year it shows. */
export function mountLegend(root: HTMLElement, store: Store, countColors: readonly string[] = COUNT_COLORS): void {
  const briYear = el('span', {});
  const classes = countClassLabels();
  root.append(
    el('h2', { class: 'visually-hidden' }, 'Legend'),
    el(
      'div',
      { class: 'legend-row' },
      el('span', { class: 'legend-title' }, 'Deployments per country'),
      el('ul', { class: 'scale' }, ...classes.map((c, i) => el('li', {}, el('span', { class: 'swatch', style: `background:${countColors[i]}` }), c))),
    ),
    el('div', { class: 'legend-row' }, el('span', { class: 'line bri' }), 'Belt and Road member in ', briYear),
    el('div', { class: 'legend-row' }, el('span', { class: 'dot bubble' }), 'Count per country (world view); zoom in for single deployments, sized by cameras where known'),
    el('div', { class: 'legend-row' }, el('span', { class: 'dot ring' }), 'Country-level record, no city given'),
  );
  const render = () => (briYear.textContent = String(store.getState().filters.to));
  render();
  store.subscribe((s) => s.filters.to, render);
}
