import { shallow } from 'zustand/shallow';
import type { MapData } from '../data/schema.ts';
import { BRI_CHOICES, countByVendor, type BriChoice } from '../store/filters.ts';
import type { Store } from '../store/store.ts';
import { el } from './dom.ts';
import { vendorColor } from '../map/palette.ts';
import { formatNumber, t } from '../i18n/i18n.ts';

const briLabel = (choice: BriChoice) => t(`bri.${choice}`);

/** Vendor, year and Belt and Road filters. Reads and writes only the store. */
export function mountFilterPanel(root: HTMLElement, store: Store, data: MapData, colors: Record<string, string>, ranked: string[]): void {
  const vendorById = new Map(data.vendors.map((v) => [v.id, v]));
  const order = [...ranked, ...data.vendors.map((v) => v.id).filter((id) => !ranked.includes(id))];

  // Vendors
  const vendorBoxes = new Map<string, { input: HTMLInputElement; count: HTMLElement; row: HTMLElement }>();
  const vendorList = el('ul', { class: 'vendor-list', 'data-testid': 'vendor-list' });
  for (const id of order) {
    const input = el('input', { type: 'checkbox', value: id, id: `vendor-${id}`, 'data-testid': `vendor-${id}` });
    input.addEventListener('change', () => store.getState().toggleVendor(id));
    const count = el('span', { class: 'count' });
    const row = el(
      'li',
      {},
      el('label', { for: `vendor-${id}` }, input, el('span', { class: 'swatch', style: `background:${vendorColor(colors, id)}`, 'aria-hidden': 'true' }), el('span', { class: 'name' }, vendorById.get(id)?.name ?? id), count),
    );
    vendorBoxes.set(id, { input, count, row });
    vendorList.append(row);
  }
  const allVendors = el('button', { type: 'button', class: 'link-button', 'data-testid': 'vendor-all' }, t('filters.allVendors'));
  allVendors.addEventListener('click', () => store.getState().setVendors([]));

  // Years
  const { min, max } = data.years;
  const fromInput = el('input', { type: 'range', min, max, step: 1, 'aria-label': t('filters.fromYear'), 'data-testid': 'year-from' });
  const toInput = el('input', { type: 'range', min, max, step: 1, 'aria-label': t('filters.toYear'), 'data-testid': 'year-to' });
  const yearLabel = el('output', { class: 'year-label', 'aria-live': 'off' });
  let pending = 0;
  const onYears = (moved: 'from' | 'to') => {
    // Keep the two thumbs from crossing, and send at most one change per frame.
    let from = Number(fromInput.value);
    let to = Number(toInput.value);
    if (from > to) moved === 'from' ? (to = from) : (from = to);
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => store.getState().setYears(from, to));
  };
  fromInput.addEventListener('input', () => onYears('from'));
  toInput.addEventListener('input', () => onYears('to'));

  // Belt and Road
  const briInputs = BRI_CHOICES.map((choice) => {
    const input = el('input', { type: 'radio', name: 'bri', value: choice, id: `bri-${choice}`, 'data-testid': `bri-${choice}` });
    input.addEventListener('change', () => input.checked && store.getState().setBri(choice));
    return { choice, input, label: el('label', { for: `bri-${choice}` }, input, briLabel(choice)) };
  });

  root.append(
    el('fieldset', { class: 'filter' }, el('legend', {}, t('filters.vendor')), el('p', { class: 'hint' }, t('filters.vendorHint')), vendorList, allVendors),
    el('fieldset', { class: 'filter years' }, el('legend', {}, t('filters.year')), yearLabel, el('div', { class: 'dual-range' }, fromInput, toInput)),
    el(
      'fieldset',
      { class: 'filter' },
      el('legend', {}, t('filters.bri')),
      el('div', { class: 'radios' }, ...briInputs.map((b) => b.label)),
      el('p', { class: 'hint' }, t('filters.briHint')),
    ),
  );

  const render = () => {
    const { filters } = store.getState();
    const counts = countByVendor(data, filters);
    for (const [id, { input, count, row }] of vendorBoxes) {
      input.checked = filters.vendors.includes(id);
      const n = counts[id] ?? 0;
      count.textContent = formatNumber(n);
      row.classList.toggle('empty', n === 0);
    }
    allVendors.disabled = filters.vendors.length === 0;
    fromInput.value = String(filters.from);
    toInput.value = String(filters.to);
    yearLabel.textContent = filters.from === filters.to ? String(filters.from) : `${filters.from}–${filters.to}`;
    for (const b of briInputs) b.input.checked = b.choice === filters.bri;
  };
  render();
  store.subscribe((s) => s.filters, render, { equalityFn: shallow });
}
