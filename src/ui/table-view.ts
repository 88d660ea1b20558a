import { shallow } from 'zustand/shallow';
import type { Dataset, Deployment } from '../data/schema.ts';
import { NOT_STATED } from '../store/facets.ts';
import { filterDeployments } from '../store/filters.ts';
import type { Store } from '../store/store.ts';
import { el, sourceLink } from './dom.ts';
import { formatRange } from './format.ts';
import { compareText, formatNumber, t, term } from '../i18n/i18n.ts';
import { countryNames } from '../i18n/countries.ts';

type Column = { key: string; title: string; value: (d: Deployment) => string | number; numeric?: boolean };

/** Rows beyond this are summarised, so a very large dataset never freezes the page. */
export const TABLE_ROW_LIMIT = 1000;

/**
 * The filtered deployments as a sortable table: the accessible alternative to the map, and what
 * readers get when the map cannot be drawn. It renders only while open, so filter changes cost
 * nothing while it is closed.
 */
export function mountTableView(root: HTMLDetailsElement, store: Store, data: Dataset): void {
  const vendorName = new Map(data.vendors.map((v) => [v.id, v.name]));
  const countryName = countryNames(data.countries);
  const countryWide = t('table.countryWide');
  const columns: Column[] = [
    { key: 'year', title: t('table.year'), value: (d) => d.year, numeric: true },
    { key: 'country', title: t('table.country'), value: (d) => countryName.get(d.country) ?? d.country },
    { key: 'place', title: t('table.place'), value: (d) => (d.precision === 'country' ? countryWide : d.place) },
    { key: 'vendors', title: t('table.vendors'), value: (d) => d.vendors.map((v) => vendorName.get(v) ?? v).join(', ') },
    { key: 'type', title: t('table.type'), value: (d) => term('type', d.type) },
    { key: 'status', title: t('table.status'), value: (d) => (d.status ? term('status', d.status) : '') },
    { key: 'terms', title: t('table.terms'), value: (d) => t(`terms.${d.financing ?? NOT_STATED}`) },
    { key: 'cameras', title: t('table.cameras'), value: (d) => d.cameras?.max ?? -1, numeric: true },
    { key: 'sources', title: t('table.sources'), value: (d) => d.sources.length, numeric: true },
  ];
  let sortKey = 'year';
  let ascending = false;

  const caption = el('caption', {});
  const headRow = el('tr', {});
  const body = el('tbody', {});
  const table = el('table', { class: 'deployments-table', 'data-testid': 'table' }, caption, el('thead', {}, headRow), body);
  // The <summary> is in index.html, so the closed table shows its label before the records load.
  root.append(el('div', { class: 'table-scroll' }, table));

  const render = () => {
    if (!root.open) return;
    const { filters, selected } = store.getState();
    const column = columns.find((c) => c.key === sortKey) ?? columns[0]!;
    const rows = filterDeployments(data, filters).sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : compareText(String(x), String(y));
      return (ascending ? order : -order) || a.id.localeCompare(b.id);
    });
    caption.textContent = rows.length > TABLE_ROW_LIMIT
      ? t('table.captionLimited', { count: rows.length, limit: TABLE_ROW_LIMIT })
      : t('table.caption', { count: rows.length });

    headRow.replaceChildren(
      ...columns.map((c) => {
        const sortButton = el('button', { type: 'button', class: 'sort', 'data-key': c.key }, c.title);
        sortButton.addEventListener('click', () => {
          ascending = sortKey === c.key ? !ascending : !c.numeric;
          sortKey = c.key;
          render();
        });
        const sort = c.key === sortKey ? (ascending ? 'ascending' : 'descending') : 'none';
        return el('th', { scope: 'col', 'aria-sort': sort }, sortButton);
      }),
    );
    body.replaceChildren(
      ...rows.slice(0, TABLE_ROW_LIMIT).map((d) => {
        const open = el('button', { type: 'button', class: 'link-button', 'data-id': d.id, 'aria-label': t('table.open', { year: String(d.year) }) }, String(d.year));
        open.addEventListener('click', () => store.getState().select(d.id));
        return el(
          'tr',
          { 'data-id': d.id, class: d.id === selected ? 'selected' : null },
          el('td', {}, open),
          el('td', {}, countryName.get(d.country) ?? d.country),
          el('td', {}, d.precision === 'country' ? countryWide : d.place),
          el('td', {}, d.vendors.map((v) => vendorName.get(v) ?? v).join(', ')),
          el('td', {}, term('type', d.type)),
          el('td', {}, d.status ? term('status', d.status) : ''),
          el('td', { class: 'num' }, d.cameras ? formatRange(d.cameras) : ''),
          // The first source as a link, then how many more the record has.
          el('td', { class: 'sources-cell' }, d.sources[0] ? sourceLink(d.sources[0].url, d.sources[0].publisher) : '', d.sources.length > 1 ? ` +${formatNumber(d.sources.length - 1)}` : ''),
        );
      }),
    );
  };
  root.addEventListener('toggle', render);
  render(); // the table may already be open (a reader opened it while the records loaded)
  store.subscribe((s) => [s.filters, s.selected] as const, render, { equalityFn: (a, b) => shallow(a[0], b[0]) && a[1] === b[1] });
}
