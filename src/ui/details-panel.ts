import type { Dataset, Deployment } from '../data/schema.ts';
import { briIndex, isBriMember } from '../data/bri.ts';
import { filterDeployments } from '../store/filters.ts';
import type { Store } from '../store/store.ts';
import { el, sourceLink } from './dom.ts';
import { formatMoney, formatRange, label, plural } from './format.ts';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * The side panel: a deployment's full record with every source, or a country's profile. It
 * renders from the store's `selected` and `country`; closing it clears them.
 */
export function mountDetailsPanel(root: HTMLElement, store: Store, data: Dataset): void {
  const byId = new Map(data.deployments.map((d) => [d.id, d]));
  const vendorName = new Map(data.vendors.map((v) => [v.id, v.name]));
  const vendorById = new Map(data.vendors.map((v) => [v.id, v]));
  // "Huawei (on the US Entity List since 2019-05-16)", with the listing's source as a link.
  const vendorLine = (ids: string[]) =>
    el(
      'ul',
      { class: 'vendors' },
      ...ids.map((id) => {
        const v = vendorById.get(id);
        const listed = v?.entityListDate
          ? el('span', { class: 'meta' }, ' (', sourceLink(v.entityListSource, `on the US Entity List since ${v.entityListDate}`), ')')
          : null;
        return el('li', {}, v?.name ?? id, listed);
      }),
    );
  const countryName = new Map(data.countries.map((c) => [c.iso3, c.name]));
  const members = briIndex(data.bri);
  const name = (iso3: string) => countryName.get(iso3) ?? iso3;

  root.setAttribute('data-testid', 'details');
  root.setAttribute('aria-live', 'polite');
  const close = el('button', { type: 'button', class: 'close', 'aria-label': 'Close details', 'data-testid': 'details-close' }, '×');
  close.addEventListener('click', () => {
    store.getState().select(null);
    store.getState().selectCountry(null);
  });

  const row = (term: string, value: string | Node | null | undefined) =>
    value === null || value === undefined || value === '' ? [] : [el('dt', {}, term), el('dd', {}, value)];

  const deploymentView = (d: Deployment) => {
    const where = d.precision === 'country' ? `${name(d.country)} (country-level record, no city given)` : `${d.place}, ${name(d.country)}`;
    const m = members.get(d.country);
    const bri = m?.mouYear
      ? `Signed ${m.mouYear}${m.leftYear ? `, left ${m.leftYear}` : ''}; ${d.briAtYear ? 'a member' : 'not a member'} in ${d.year}`
      : m
        ? `A signatory, but the year it signed is not sourced, so year-based BRI filters do not count it`
        : 'No memorandum recorded';
    return el(
      'article',
      { 'data-testid': 'deployment-details', 'data-id': d.id },
      el('h2', {}, where),
      vendorLine(d.vendors),
      d.summary ? el('p', { class: 'record-summary' }, d.summary) : null,
      el(
        'dl',
        {},
        ...row('Year', `${d.year}${d.yearMeaning ? ` (${d.yearMeaning})` : ''}`),
        ...row('Type', label(d.type)),
        ...row('Status', d.status ?? 'not stated'),
        ...row('Cameras', d.cameras ? formatRange(d.cameras) : 'not stated'),
        ...row('Value', d.value ? formatMoney(d.value, d.currency) : 'not stated'),
        ...row('Financing', d.financing ? `${d.financing}${d.funder ? ` (${d.funder})` : ''}` : d.funder || 'not stated'),
        ...row('Belt and Road', bri),
        ...row('Confidence', d.confidence ? `${d.confidence}${d.confidenceNote ? ` – ${d.confidenceNote}` : ''}` : null),
      ),
      d.disagreement ? el('p', { class: 'disagreement' }, el('strong', {}, 'Sources disagree: '), d.disagreement) : null,
      el('h3', {}, d.sources.length === 1 ? 'Source' : `Sources (${d.sources.length})`),
      el(
        'ol',
        { class: 'sources', 'data-testid': 'sources' },
        ...d.sources.map((s) =>
          el('li', {}, sourceLink(s.url, s.title || `Page at ${hostOf(s.url)} (headline not recorded)`), el('span', { class: 'meta' }, ' ', el('bdi', {}, s.publisher), s.published ? `, ${s.published}` : ''), s.note ? el('span', { class: 'note' }, ' – ', el('bdi', {}, s.note)) : null),
        ),
      ),
    );
  };

  const countryView = (iso3: string) => {
    const { filters } = store.getState();
    const list = filterDeployments(data, filters).filter((d) => d.country === iso3).sort((a, b) => a.year - b.year);
    const m = members.get(iso3);
    return el(
      'article',
      { 'data-testid': 'country-details', 'data-country': iso3 },
      el('h2', {}, name(iso3)),
      el(
        'p',
        {},
        m?.mouYear
          ? `Belt and Road memorandum signed ${m.mouYear}${m.leftYear ? `, left ${m.leftYear}` : ''}. `
          : m
            ? 'A Belt and Road signatory; the year it signed is not sourced, so year-based BRI filters do not count it. '
            : 'No Belt and Road memorandum recorded. ',
        isBriMember(m, filters.to) ? `A member in ${filters.to}.` : '',
      ),
      el('p', {}, list.length ? `${plural(list.length, 'deployment', 'deployments')} under the current filters:` : 'No deployments under the current filters.'),
      el(
        'ul',
        { class: 'country-deployments' },
        ...list.map((d) => {
          const b = el('button', { type: 'button', class: 'link-button', 'data-id': d.id }, `${d.year} · ${d.precision === 'country' ? 'country-wide' : d.place} · ${d.vendors.map((v) => vendorName.get(v) ?? v).join(', ')} · ${label(d.type)}`);
          b.addEventListener('click', () => store.getState().select(d.id));
          return el('li', {}, b);
        }),
      ),
    );
  };

  const render = () => {
    const { selected, country } = store.getState();
    const d = selected ? byId.get(selected) : undefined;
    const body = d ? deploymentView(d) : country ? countryView(country) : null;
    root.replaceChildren(...(body ? [close, body] : []));
    root.hidden = !body;
  };
  render();
  store.subscribe((s) => [s.selected, s.country, s.filters] as const, render, {
    equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2],
  });
}
