import { countClassLabels, COUNT_COLORS, ORIGIN_COLORS, ORIGIN_GROUPS } from '../map/palette.ts';
import { el } from './dom.ts';
import type { Store } from '../store/store.ts';
import { t } from '../i18n/i18n.ts';

/** What the colours, rings and outlines mean; the BRI line names the year it shows. */
export function mountLegend(root: HTMLElement, store: Store, countColors: readonly string[] = COUNT_COLORS): void {
  const bri = el('span', {});
  const classes = countClassLabels();
  root.append(
    el('h2', { class: 'visually-hidden' }, t('legend.heading')),
    el(
      'div',
      { class: 'legend-row' },
      el('span', { class: 'legend-title' }, t('legend.perCountry')),
      el('ul', { class: 'scale' }, ...classes.map((c, i) => el('li', {}, el('span', { class: 'swatch', style: `background:${countColors[i]}` }), c))),
    ),
    el('div', { class: 'legend-row' }, el('span', { class: 'line bri' }), bri),
    el(
      'div',
      { class: 'legend-row', 'data-testid': 'legend-origin' },
      el('span', { class: 'legend-title' }, t('legend.origin')),
      el('ul', { class: 'scale' }, ...ORIGIN_GROUPS.map((g) => el('li', {}, el('span', { class: 'swatch', style: `background:${ORIGIN_COLORS[g]}` }), t(`group.${g}`)))),
    ),
    el('div', { class: 'legend-row' }, el('span', { class: 'dot bubble' }), t('legend.bubble')),
    el('div', { class: 'legend-row' }, el('span', { class: 'dot ring' }), t('legend.ring')),
  );
  const render = () => (bri.textContent = t('legend.bri', { year: String(store.getState().filters.to) }));
  render();
  store.subscribe((s) => s.filters.to, render);
}
