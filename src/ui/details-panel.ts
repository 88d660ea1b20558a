import type { QuoteFile } from '../data/quotes.ts';
import type { Dataset, Deployment } from '../data/schema.ts';
import { briIndex, isBriMember } from '../data/bri.ts';
import { facetContext } from '../store/facets.ts';
import { filterDeployments } from '../store/filters.ts';
import { facetLabeler } from './facet-labels.ts';
import { groupByOriginAndTerms } from './country-groups.ts';
import type { Store } from '../store/store.ts';
import { el, sourceLink } from './dom.ts';
import { formatMoney, formatRange } from './format.ts';
import { formatDate, formatNumber, t, term } from '../i18n/i18n.ts';
import { countryNames } from '../i18n/countries.ts';

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
export function mountDetailsPanel(
  root: HTMLElement,
  store: Store,
  data: Dataset,
  quotesFor: (iso3: string) => Promise<QuoteFile>,
): void {
  const byId = new Map(data.deployments.map((d) => [d.id, d]));
  const ctx = facetContext(data);
  const label = facetLabeler(data);
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
          ? el('span', { class: 'meta' }, ' (', sourceLink(v.entityListSource, t('details.entityList', { date: formatDate(v.entityListDate) })), ')')
          : null;
        return el('li', {}, v?.name ?? id, listed);
      }),
    );
  const countryName = countryNames(data.countries);
  const members = briIndex(data.bri);
  const name = (iso3: string) => countryName.get(iso3) ?? iso3;

  root.setAttribute('data-testid', 'details');
  root.setAttribute('aria-live', 'polite');
  const close = el('button', { type: 'button', class: 'close', 'aria-label': t('details.close'), 'data-testid': 'details-close' }, '×');
  close.addEventListener('click', () => {
    store.getState().select(null);
    store.getState().selectCountry(null);
  });

  const row = (heading: string, value: string | Node | null | undefined) =>
    value === null || value === undefined || value === '' ? [] : [el('dt', {}, heading), el('dd', {}, value)];

  const deploymentView = (d: Deployment) => {
    const where = d.precision === 'country' ? t('details.countryLevel', { country: name(d.country) }) : `${d.place}, ${name(d.country)}`;
    const m = members.get(d.country);
    const year = String(d.year);
    const bri = m?.mouYear
      ? `${t('details.briSigned', { year: String(m.mouYear) })}${m.leftYear ? `, ${t('details.briLeft', { year: String(m.leftYear) })}` : ''}; ${t(d.briAtYear ? 'details.briMember' : 'details.briNonMember', { year })}`
      : m
        ? t('details.briUnsourced')
        : t('details.briNone');
    const notStated = t('details.notStated');
    const items = d.sources.map((s) =>
      el(
        'li',
        {},
        sourceLink(s.url, s.title || t('details.untitled', { host: hostOf(s.url) })),
        el('span', { class: 'meta' }, ' ', el('bdi', {}, s.publisher), s.published ? `, ${formatDate(s.published)}` : ''),
        s.note ? el('span', { class: 'note' }, ' – ', el('bdi', {}, s.note)) : null,
      ),
    );
    const article = el(
      'article',
      { 'data-testid': 'deployment-details', 'data-id': d.id },
      el('h2', {}, where),
      vendorLine(d.vendors),
      d.summary ? el('p', { class: 'record-summary' }, d.summary) : null,
      el(
        'dl',
        {},
        ...row(t('details.year'), `${year}${d.yearMeaning ? ` (${term('yearMeaning', d.yearMeaning)})` : ''}`),
        ...row(t('details.type'), term('type', d.type)),
        ...row(t('details.status'), d.status ? term('status', d.status) : notStated),
        ...row(t('details.cameras'), d.cameras ? formatRange(d.cameras) : notStated),
        ...row(t('details.value'), d.value ? formatMoney(d.value, d.currency) : notStated),
        ...row(t('details.financing'), d.financing ? `${term('financing', d.financing)}${d.funder ? ` (${d.funder})` : ''}` : d.funder || notStated),
        ...row(t('details.bri'), bri),
        ...row(t('details.confidence'), d.confidence ? `${term('confidence', d.confidence)}${d.confidenceNote ? ` – ${d.confidenceNote}` : ''}` : null),
      ),
      d.disagreement ? el('p', { class: 'disagreement' }, el('strong', {}, t('details.disagree')), d.disagreement) : null,
      el('h3', {}, t('details.sources', { count: d.sources.length })),
      el('ol', { class: 'sources', 'data-testid': 'sources' }, ...items),
      checkedLine(d.sources),
    );
    fillQuotes(article, items, d);
    return article;
  };

  // The page's own words, so a reader can check the record without trusting us; in the page's
  // language, marked as such for screen readers and hyphenation. They arrive with the country's
  // quote file (the first record opened in a country fetches it), so they are added when it comes.
  const fillQuotes = (article: HTMLElement, items: HTMLElement[], d: Deployment) => {
    const add = (quotes: readonly string[] | undefined) =>
      d.sources.forEach((s, i) => {
        const quote = quotes?.[i] || s.quote;
        if (quote) items[i]!.append(el('blockquote', { class: 'quote', cite: s.url, lang: s.language || null, 'data-testid': 'source-quote' }, quote));
      });
    if (d.sources.every((s) => s.quote)) return add(undefined);
    quotesFor(d.country).then(
      (file) => article.isConnected && add(file.quotes[d.id]),
      (e: unknown) => {
        if (!article.isConnected) return;
        add(undefined);
        article.append(el('p', { class: 'quotes-failed', role: 'status', 'data-testid': 'quotes-failed' }, t('details.quotesFailed', { why: (e as Error).message })));
      },
    );
  };

  // "Sources checked on 4 Dec 2026": when the pages were last read (a range if they differ).
  const checkedLine = (sources: readonly Deployment['sources'][number][]) => {
    const dates = sources.map((s) => s.checked).filter(Boolean).sort();
    if (!dates.length) return null;
    const first = dates[0]!;
    const last = dates[dates.length - 1]!;
    return el('p', { class: 'checked', 'data-testid': 'sources-checked' }, first === last ? t('details.checked', { date: formatDate(first) }) : t('details.checkedRange', { from: formatDate(first), to: formatDate(last) }));
  };

  // "Huawei (3), ZTE (1)": who sold to this country, most deployments first.
  const vendorCounts = (list: readonly Deployment[]) => {
    const counts = new Map<string, number>();
    for (const d of list) for (const v of d.vendors) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([v, n]) => `${vendorName.get(v) ?? v} (${n})`)
      .join(', ');
  };
  const yearRange = (list: readonly Deployment[]) => {
    const first = list[0]!.year;
    const last = list[list.length - 1]!.year;
    return first === last ? String(first) : `${first}–${last}`;
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
          ? m.leftYear
            ? t('country.signedLeft', { signed: String(m.mouYear), left: String(m.leftYear) })
            : t('country.signed', { signed: String(m.mouYear) })
          : m
            ? t('country.unsourced')
            : t('country.none'),
        isBriMember(m, filters.to) ? t('country.memberIn', { year: String(filters.to) }) : '',
      ),
      list.length ? el('p', { 'data-testid': 'country-vendors' }, t('country.vendors', { list: vendorCounts(list) }), ' ', t('country.years', { range: yearRange(list) })) : null,
      el('p', {}, list.length ? t('country.list', { count: list.length }) : t('country.empty')),
      list.length ? el('h3', { class: 'country-groups-title' }, t('country.byOrigin')) : null,
      ...groupByOriginAndTerms(list, ctx).map((g) =>
        el(
          'section',
          { class: 'country-group', 'data-testid': 'country-group', 'data-origin': g.origins.join(';'), 'data-terms': g.terms },
          el(
            'h4',
            {},
            t('country.group', { origin: g.origins.map((o) => label('origins', o)).join(', '), terms: label('terms', g.terms) }),
            ` (${formatNumber(g.list.length)})`,
          ),
          el(
            'ul',
            { class: 'country-deployments' },
            ...g.list.map((d) => {
              const b = el('button', { type: 'button', class: 'link-button', 'data-id': d.id }, `${d.year} · ${d.precision === 'country' ? t('country.countryWide') : d.place} · ${d.vendors.map((v) => vendorName.get(v) ?? v).join(', ')} · ${term('type', d.type)}`);
              b.addEventListener('click', () => store.getState().select(d.id));
              return el('li', {}, b);
            }),
          ),
        ),
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
