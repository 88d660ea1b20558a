// The filters of issue 11 (vendor origin, technology, terms, status) in a real browser. Every
// number the page must show is computed here from data/*.csv with code of this file's own, not
// with the store's, so a mistake in the store's counting cannot hide behind itself.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { summaryNumbers, waitForMap, type Watched } from './harness.ts';
import { useSite } from './site.ts';

const site = useSite();

const csv = (name: string) => parse(readFileSync(`data/${name}`, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
const hq = new Map(csv('vendors.csv').map((v) => [v.id!, v.hq_country_iso3 || 'unknown']));
const bri = new Map(csv('bri.csv').map((b) => [b.country_iso3!, { mou: b.mou_year ? Number(b.mou_year) : null, left: b.left_year ? Number(b.left_year) : null }]));
const member = (iso3: string, year: number) => {
  const m = bri.get(iso3);
  return !!m && m.mou !== null && year >= m.mou && (m.left === null || year < m.left);
};

interface Row {
  country: string;
  year: number;
  vendors: string[];
  origins: string[];
  types: string[];
  terms: string[];
  statuses: string[];
}
const rows: Row[] = csv('deployments.csv').map((d) => {
  const vendors = d.vendors!.split(';');
  return {
    country: d.country_iso3!,
    year: Number(d.year),
    vendors,
    origins: [...new Set(vendors.map((v) => hq.get(v) ?? 'unknown'))],
    types: [d.type!],
    terms: [d.financing || 'not_stated'],
    statuses: [d.status || 'unknown'],
  };
});
const years = { min: Math.min(...rows.map((r) => r.year)), max: Math.max(...rows.map((r) => r.year)) };

type Choice = Partial<Record<'vendors' | 'origins' | 'types' | 'terms' | 'statuses', string[]>> & { bri?: 'member' | 'non-member'; from?: number; to?: number };
const FACETS = ['vendors', 'origins', 'types', 'terms', 'statuses'] as const;

const passes = (r: Row, c: Choice) =>
  r.year >= (c.from ?? years.min) && r.year <= (c.to ?? years.max) &&
  (c.bri === undefined || member(r.country, r.year) === (c.bri === 'member')) &&
  FACETS.every((k) => !c[k]?.length || r[k].some((v) => c[k]!.includes(v)));

/** What the page must show under `c`, from the CSV files alone. */
function truth(c: Choice) {
  const list = rows.filter((r) => passes(r, c));
  const perCountry: Record<string, number> = {};
  for (const r of list) perCountry[r.country] = (perCountry[r.country] ?? 0) + 1;
  const countries = Object.keys(perCountry);
  const to = c.to ?? years.max;
  const perYear: Record<string, number> = {};
  for (const r of rows.filter((r) => passes(r, { ...c, from: years.min, to: years.max }))) perYear[r.year] = (perYear[r.year] ?? 0) + 1;
  return { deployments: list.length, countries: countries.length, briCountries: countries.filter((i) => member(i, to)).length, perCountry, perYear, list };
}

/** The page's numbers once the map has drawn the state: headline, bubbles, year chart, table rows. */
async function shown(w: Watched) {
  await waitForMap(w.page);
  const numbers = await summaryNumbers(w.page);
  const page = await w.page.evaluate(() => {
    const perCountry: Record<string, number> = {};
    for (const node of document.querySelectorAll<HTMLElement>('.count-labels [data-count-label]:not([hidden])')) {
      perCountry[node.dataset.countLabel!] = Number(node.textContent!.replace(/\D/g, ''));
    }
    const perYear: Record<string, number> = {};
    for (const bar of document.querySelectorAll<SVGElement>('[data-testid="chart-years"] [data-year]')) {
      if (Number(bar.dataset.value) > 0) perYear[bar.dataset.year!] = Number(bar.dataset.value);
    }
    return { perCountry, perYear };
  });
  return { ...numbers, ...page };
}

async function expectPage(w: Watched, c: Choice) {
  const want = truth(c);
  await w.page.waitForFunction((n) => document.querySelector<HTMLElement>('[data-testid="summary"]')?.dataset.deployments === String(n), want.deployments);
  const got = await shown(w);
  expect({ deployments: got.deployments, countries: got.countries, briCountries: got.briCountries }).toEqual({
    deployments: want.deployments, countries: want.countries, briCountries: want.briCountries,
  });
  expect(got.perCountry).toEqual(want.perCountry);
  expect(got.perYear).toEqual(want.perYear);
  await w.page.locator('#table').evaluate((d: HTMLDetailsElement) => (d.open = true));
  await expect.poll(() => w.page.locator('[data-testid="table"] tbody tr').count()).toBe(want.deployments);
}

const param = (w: Watched, key: string) => new URL(w.page.url()).searchParams.get(key);

describe('the new filters', () => {
  it('"China" is one click, and the headline then reads like Carnegie\'s count', async () => {
    const w = await site.open();
    await w.page.getByTestId('origin-CHN').check();
    await expectPage(w, { origins: ['CHN'] });
    expect(param(w, 'origin')).toBe('CHN');
    const want = truth({ origins: ['CHN'] });
    expect((await summaryNumbers(w.page)).text).toBe(
      `${want.deployments} deployments in ${want.countries} countries, ${want.briCountries} of them BRI members in ${years.max}`,
    );
    // Every Chinese vendor and no other: the vendor chart's bars are all Chinese.
    const bars = await w.page.locator('[data-testid="chart-vendors"] [data-key]').evaluateAll((n) => n.map((e) => e.getAttribute('data-key')!));
    expect(bars.filter((k) => k !== 'others').every((k) => hq.get(k) === 'CHN')).toBe(true);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it.each([
    ['type', 'facial_recognition', 'types'],
    ['terms', 'chinese_loan', 'terms'],
    ['status', 'operational', 'statuses'],
    ['origin', 'USA', 'origins'],
  ] as const)('?%s: ticking %s changes map, headline, chart, table and URL alike', async (p, value, key) => {
    const w = await site.open();
    expect(truth({ [key]: [value] }).deployments).toBeGreaterThan(0);
    await w.page.getByTestId(`${p}-${value}`).check();
    await expectPage(w, { [key]: [value] });
    expect(param(w, p)).toBe(value);
    // And with the Belt and Road choice on top.
    await w.page.getByTestId('bri-member').check();
    await expectPage(w, { [key]: [value], bri: 'member' });
    // "All ..." clears the facet again.
    await w.page.getByTestId(`${p}-all`).click();
    await expectPage(w, { bri: 'member' });
    expect(param(w, p)).toBeNull();
    await w.context.close();
  });

  it('counts every value under the other filters and disables, not hides, the empty ones', async () => {
    const w = await site.open('?origin=JPN');
    await expectPage(w, { origins: ['JPN'] });
    const boxes = await w.page.locator('[data-testid="filter-terms"] input[type="checkbox"]').evaluateAll((inputs) =>
      inputs.map((i) => ({ value: (i as HTMLInputElement).value, disabled: (i as HTMLInputElement).disabled, count: Number(i.closest('label')!.querySelector('.count')!.textContent!.replace(/\D/g, '')) })),
    );
    expect(boxes.map((b) => b.value)).toEqual(['chinese_loan', 'loan', 'donation', 'commercial', 'not_stated']);
    for (const b of boxes) {
      const n = truth({ origins: ['JPN'], terms: [b.value] }).deployments;
      expect(b.count, b.value).toBe(n);
      expect(b.disabled, b.value).toBe(n === 0);
    }
    expect(boxes.some((b) => b.disabled)).toBe(true);
    await w.context.close();
  });

  it('a link with every filter set reproduces the view', async () => {
    const c: Choice = { origins: ['CHN', 'FRA'], vendors: ['huawei', 'thales', 'zte'], types: ['safe_city', 'city_cameras'], terms: ['chinese_loan', 'not_stated'], statuses: ['operational', 'unknown'], bri: 'member', from: 2010, to: 2022 };
    expect(truth(c).deployments).toBeGreaterThan(0);
    const w = await site.open('?origin=CHN,FRA&vendor=huawei,thales,zte&type=safe_city,city_cameras&terms=chinese_loan,not_stated&status=operational,unknown&bri=member&from=2010&to=2022');
    await expectPage(w, c);
    for (const id of ['origin-CHN', 'origin-FRA', 'vendor-thales', 'type-city_cameras', 'terms-not_stated', 'status-unknown', 'bri-member']) {
      expect(await w.page.getByTestId(id).isChecked(), id).toBe(true);
    }
    expect(await w.page.getByTestId('type-biometric_id').isChecked()).toBe(false);
    // The share panel's link and embed code carry the same state.
    await w.page.getByTestId('share-button').click();
    const link = new URL(await w.page.getByTestId('share-link').inputValue());
    const code = await w.page.getByTestId('share-embed').inputValue();
    const frame = new URL(code.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&'));
    const values = (u: URL, k: string) => u.searchParams.get(k)?.split(',').sort().join(',');
    for (const shared of [link, frame]) {
      expect(Object.fromEntries(['origin', 'type', 'terms', 'status'].map((k) => [k, values(shared, k)]))).toEqual({
        origin: 'CHN,FRA', type: 'city_cameras,safe_city', terms: 'chinese_loan,not_stated', status: 'operational,unknown',
      });
    }
    await w.context.close();
  });

  it('ignores hostile values for the new parameters: defaults shown, nothing runs', async () => {
    const w = await site.open(
      `?origin=${encodeURIComponent('<img src=x onerror=alert(1)>')}&type=${encodeURIComponent('"><script>alert(2)</script>')}&terms=__proto__,constructor&status=${'x'.repeat(3000)}`,
    );
    await expectPage(w, {});
    expect(w.errors).toEqual([]);
    expect(await w.page.locator('img[src="x"], script:not([src])').count()).toBe(0);
    // Nothing is ticked, and the next change writes a clean address.
    expect(await w.page.locator('#filters input[type="checkbox"]:checked').count()).toBe(0);
    await w.page.getByTestId('bri-member').check();
    await expectPage(w, { bri: 'member' });
    for (const p of ['origin', 'type', 'terms', 'status']) expect(param(w, p)).toBeNull();
    await w.context.close();
  });
});

describe('the world view', () => {
  it('rings each bubble by where its vendors are based, with a legend', async () => {
    const w = await site.open();
    await expect.poll(() => w.page.getByTestId('legend-origin').isVisible()).toBe(true);
    const rings = async () =>
      w.page.evaluate(() =>
        Object.fromEntries([...document.querySelectorAll<HTMLElement>('.count-labels [data-count-label]:not([hidden])')].map((n) => [n.dataset.countLabel!, n.dataset.ring!])),
      );
    const group = (o: string) => (o === 'CHN' || o === 'USA' || o === 'JPN' ? o : 'AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE GBR NOR ISL LIE CHE MCO AND SMR'.split(' ').includes(o) ? 'EUR' : 'other');
    const order = ['CHN', 'USA', 'EUR', 'JPN', 'other'];
    // Per country, how many of its deployments' vendors come from each group (ring order).
    const want = (c: Choice) => {
      const out: Record<string, string> = {};
      for (const r of truth(c).list) {
        const shares = (out[r.country] ?? '0,0,0,0,0').split(',').map(Number);
        for (const o of r.origins) shares[order.indexOf(group(o))]!++;
        out[r.country] = shares.join(',');
      }
      return out;
    };
    expect(await rings()).toEqual(want({}));
    // Under a filter the rings follow: with Chinese vendors only, every ring is red but for the
    // deployments a Chinese vendor shared with another (Huawei with Thales in Abidjan, say).
    await w.page.getByTestId('origin-CHN').check();
    await expectPage(w, { origins: ['CHN'] });
    const red = await rings();
    expect(red).toEqual(want({ origins: ['CHN'] }));
    for (const r of Object.values(red)) expect(Number(r.split(',')[0])).toBeGreaterThan(0);
    await w.context.close();
  });

  it('shows the Americas and Australia whole on a 390 px phone', async () => {
    const w = await site.open('', { width: 390, height: 844 });
    const inView = await w.page.evaluate(() => {
      const { map } = (window as unknown as { sightlines: { map: import('maplibre-gl').Map } }).sightlines;
      const box = map.getContainer().getBoundingClientRect();
      // Alaska's Pacific coast, Cape Horn, Sydney, Wellington, northern Norway.
      return ([[-125, 49], [-67.3, -55.9], [151.2, -33.9], [174.8, -41.3], [25.8, 71]] as [number, number][]).map(([lon, lat]) => {
        const p = map.project([lon, lat]);
        return p.x >= 0 && p.x <= box.width && p.y >= 0 && p.y <= box.height;
      });
    });
    expect(inView).toEqual([true, true, true, true, true]);
    await w.context.close();
  });
});

describe('a country profile', () => {
  it('lists its deployments by vendor origin and terms', async () => {
    const w = await site.open('?country=ECU');
    const groups = w.page.getByTestId('country-group');
    await expect.poll(() => groups.count()).toBeGreaterThan(0);
    const got = await groups.evaluateAll((nodes) =>
      nodes.map((n) => ({ origin: n.getAttribute('data-origin'), terms: n.getAttribute('data-terms'), n: n.querySelectorAll('li').length })),
    );
    const want = new Map<string, number>();
    for (const r of rows.filter((r) => r.country === 'ECU')) {
      const key = `${r.origins.join(';')}|${r.terms[0]}`;
      want.set(key, (want.get(key) ?? 0) + 1);
    }
    expect(Object.fromEntries(got.map((g) => [`${g.origin}|${g.terms}`, g.n]))).toEqual(Object.fromEntries(want));
    // Groups with a Chinese vendor first.
    expect(got[0]!.origin).toContain('CHN');
    await w.context.close();
  });
});
