import { shallow } from 'zustand/shallow';
import type { MapData } from '../data/schema.ts';
import { FACETS, type Facet, type FacetKey } from '../store/facets.ts';
import { BRI_CHOICES, countByFacet, type BriChoice, type Filters } from '../store/filters.ts';
import type { Store } from '../store/store.ts';
import { el } from './dom.ts';
import { ORIGIN_COLORS, originGroup, vendorColor } from '../map/palette.ts';
import { facetLabeler } from './facet-labels.ts';
import { formatNumber, t } from '../i18n/i18n.ts';

const briLabel = (choice: BriChoice) => t(`bri.${choice}`);

interface Box {
  value: string;
  input: HTMLInputElement;
  count: HTMLElement;
  row: HTMLElement;
}

/**
 * One facet's fieldset: a checkbox per value with its count under the other filters, and a button
 * that clears the choice. A value with nothing under the other filters stays listed, disabled (a
 * reader sees that the data has none, rather than a list that shrinks and jumps); a checked one
 * stays enabled so it can be unticked.
 */
function facetFieldset(
  f: Facet, values: readonly string[], label: (value: string) => string, store: Store, swatch: (value: string) => string | null,
) {
  const boxes: Box[] = [];
  const list = el('ul', { class: 'vendor-list', 'data-testid': `${f.param}-list` });
  for (const value of values) {
    const id = `${f.param}-${value}`;
    const input = el('input', { type: 'checkbox', value, id, 'data-testid': id });
    input.addEventListener('change', () => store.getState().toggle(f.key, value));
    const count = el('span', { class: 'count' });
    const color = swatch(value);
    const row = el(
      'li',
      {},
      el(
        'label',
        { for: id },
        input,
        color ? el('span', { class: 'swatch', style: `background:${color}`, 'aria-hidden': 'true' }) : el('span', { 'aria-hidden': 'true' }),
        el('span', { class: 'name' }, label(value)),
        count,
      ),
    );
    boxes.push({ value, input, count, row });
    list.append(row);
  }
  const all = el('button', { type: 'button', class: 'link-button', 'data-testid': `${f.param}-all` }, t(f.words.all));
  all.addEventListener('click', () => store.getState().setFacet(f.key, []));
  const fieldset = el(
    'fieldset',
    { class: `filter facet-${f.param}`, 'data-testid': `filter-${f.param}` },
    el('legend', {}, t(f.words.legend)),
    el('p', { class: 'hint' }, t(f.words.hint)),
    list,
    all,
  );
  const render = (filters: Filters, data: MapData) => {
    const chosen = filters[f.key];
    const counts = countByFacet(data, filters, f.key);
    for (const { value, input, count, row } of boxes) {
      input.checked = chosen.includes(value);
      const n = counts[value] ?? 0;
      count.textContent = formatNumber(n);
      row.classList.toggle('empty', n === 0);
      input.disabled = n === 0 && !input.checked;
      input.title = input.disabled ? t('filters.disabled') : '';
    }
    all.disabled = chosen.length === 0;
  };
  return { fieldset, render };
}

/** The facet, year and Belt and Road filters. Reads and writes only the store. */
export function mountFilterPanel(root: HTMLElement, store: Store, data: MapData, colors: Record<string, string>, ranked: string[]): void {
  const label = facetLabeler(data);
  const fieldsets = new Map(
    FACETS.map((f) => {
      // Vendors in the order of their colours (most deployments first), then the rest.
      const declared = f.values(data);
      const values = f.key === 'vendors' ? [...ranked.filter((v) => declared.includes(v)), ...declared.filter((v) => !ranked.includes(v))] : declared;
      const swatch =
        f.key === 'vendors' ? (v: string) => vendorColor(colors, v) : f.key === 'origins' ? (v: string) => ORIGIN_COLORS[originGroup(v)] : () => null;
      return [f.key, facetFieldset(f, values, (v) => label(f.key, v), store, swatch)] as const;
    }),
  );

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

  const facetSet = (key: FacetKey) => fieldsets.get(key)!.fieldset;
  // Who sold first (the map's question: "China" is the first box of the first list), then when
  // and where, then what and on what terms.
  root.append(
    facetSet('origins'),
    facetSet('vendors'),
    el('fieldset', { class: 'filter years' }, el('legend', {}, t('filters.year')), yearLabel, el('div', { class: 'dual-range' }, fromInput, toInput)),
    el(
      'fieldset',
      { class: 'filter' },
      el('legend', {}, t('filters.bri')),
      el('div', { class: 'radios' }, ...briInputs.map((b) => b.label)),
      el('p', { class: 'hint' }, t('filters.briHint')),
    ),
    facetSet('types'),
    facetSet('terms'),
    facetSet('statuses'),
  );

  const render = () => {
    const { filters } = store.getState();
    for (const { render } of fieldsets.values()) render(filters, data);
    fromInput.value = String(filters.from);
    toInput.value = String(filters.to);
    yearLabel.textContent = filters.from === filters.to ? String(filters.from) : `${filters.from}–${filters.to}`;
    for (const b of briInputs) b.input.checked = b.choice === filters.bri;
  };
  render();
  store.subscribe((s) => s.filters, render, { equalityFn: shallow });
}
