import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { summaryNumbers, waitForMap, watchedPage, type Watched } from './harness.ts';
import { data, expected, useSite } from './site.ts';

const site = useSite();
const { open } = site;

describe('reader features', () => {
  it('plays the years: the end of the range advances and the summary follows each year', async () => {
    const from = data.years.max - 5;
    const w = await open(`?from=${from}&to=${from}`);
    // Record every summary the page shows while it plays.
    await w.page.evaluate(() => {
      const node = document.querySelector<HTMLElement>('[data-testid="summary"]')!;
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => seen.push(node.dataset.deployments ?? '')).observe(node, { attributes: true, attributeFilter: ['data-deployments'] });
    });
    await w.page.getByTestId('play').click();
    await w.page.waitForFunction(() => document.querySelector('[data-testid="play"]')?.getAttribute('aria-pressed') === 'false', undefined, { timeout: 30_000 });
    const seen = (await w.page.evaluate(() => (window as unknown as { seen: string[] }).seen)).map(Number);
    // Each year's count in turn (a year that adds nothing leaves the number unchanged).
    const want: number[] = [];
    let previous = expected({ from, to: from }).deployments;
    for (let to = from + 1; to <= data.years.max; to++) {
      const n = expected({ from, to }).deployments;
      if (n !== previous) want.push(n);
      previous = n;
    }
    expect(seen).toEqual(want);
    expect((await summaryNumbers(w.page)).deployments).toBe(expected({ from, to: data.years.max }).deployments);
    // Step back one year.
    await w.page.getByTestId('step-back').click();
    await expect.poll(async () => (await summaryNumbers(w.page)).deployments).toBe(expected({ from, to: data.years.max - 1 }).deployments);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('finds places without accents, countries and vendors, and jumps to them', async () => {
    const w = await open();
    const search = w.page.getByTestId('search');
    await search.fill('sao paulo');
    const first = w.page.getByTestId('search-results').locator('button').first();
    await expect.poll(() => first.textContent()).toContain('São Paulo');
    const label = (await first.textContent())!;
    await search.press('Enter');
    await w.page.getByTestId('deployment-details').waitFor();
    // Enter opens the first hit: a São Paulo record, the one the list showed on top.
    const openedId = await w.page.getByTestId('deployment-details').getAttribute('data-id');
    const opened = data.deployments.find((d) => d.id === openedId)!;
    expect(opened.place.startsWith('São Paulo')).toBe(true);
    expect(label).toContain(`${opened.place}, Brazil`);
    expect(label).toContain(`(${opened.year})`);

    await search.fill('SERBIA');
    await search.press('Enter');
    await w.page.getByTestId('country-details').waitFor();
    expect(await w.page.getByTestId('country-details').getAttribute('data-country')).toBe('SRB');
    await waitForMap(w.page);
    const zoom = await w.page.evaluate(() => (window as unknown as { sightlines: { map: import('maplibre-gl').Map } }).sightlines.map.getZoom());
    expect(zoom).toBeCloseTo(4, 1);

    await search.fill('hikvis');
    await search.press('Enter');
    await expect.poll(async () => (await summaryNumbers(w.page)).deployments).toBe(expected({ vendors: ['hikvision'] }).deployments);
    expect(await w.page.getByTestId('vendor-hikvision').isChecked()).toBe(true);
    await w.context.close();
  });

  it('draws charts that follow the filters', async () => {
    const w = await open('?bri=member');
    const bar = (key: string) => w.page.locator(`[data-testid="chart-vendors"] g[data-key="${key}"]`).getAttribute('data-value');
    const members = data.deployments.filter((d) => d.briAtYear);
    expect(Number(await bar('huawei'))).toBe(members.filter((d) => d.vendors.includes('huawei')).length);
    await w.page.getByTestId('bri-all').check();
    await expect.poll(async () => Number(await bar('huawei'))).toBe(data.deployments.filter((d) => d.vendors.includes('huawei')).length);
    const year = data.years.max - 3;
    await w.page.goto(`${site.base}?to=${year}&fade=0`);
    await waitForMap(w.page);
    const outside = await w.page.locator('[data-testid="chart-years"] rect.bar.out').evaluateAll((bars) => bars.map((b) => Number(b.getAttribute('data-year'))));
    expect(outside).toEqual([year + 1, year + 2, year + 3]);
    await w.context.close();
  });

  it('downloads the selection as CSV and GeoJSON, and the map as a PNG', async () => {
    const w = await open('?vendor=zte');
    const zte = expected({ vendors: ['zte'] }).deployments;
    const fetchDownload = async (testid: string) => {
      const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.getByTestId(testid).click()]);
      const path = await download.path();
      return { name: download.suggestedFilename(), bytes: readFileSync(path!) };
    };
    const csv = await fetchDownload('download-csv');
    expect(csv.name).toBe('sightlines-selection.csv');
    const lines = csv.bytes.toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^id,country_iso3,country,place/);
    expect(lines).toHaveLength(zte + 1);
    expect(lines.slice(1).every((l) => /zte/.test(l))).toBe(true);

    const geo = JSON.parse((await fetchDownload('download-geojson')).bytes.toString('utf8'));
    expect(geo.features).toHaveLength(zte);
    expect(geo.features[0].properties.sources.length).toBeGreaterThan(0);
    expect(geo.license).toMatch(/CC BY 4\.0/);

    const all = (await fetchDownload('download-all')).bytes.toString('utf8').trimEnd().split('\r\n');
    expect(all).toHaveLength(data.deployments.length + 1);

    const png = await fetchDownload('download-png');
    expect(png.name).toBe('sightlines-map.png');
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png.bytes.length).toBeGreaterThan(20_000);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });

  it('fits a 360 px phone with nothing overflowing sideways', async () => {
    const w = await open('?select=srb-belgrade-huawei-safe-city', { width: 360, height: 740 });
    const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const panel = await w.page.getByTestId('details').boundingBox();
    expect(panel!.x).toBeGreaterThanOrEqual(0);
    expect(panel!.x + panel!.width).toBeLessThanOrEqual(360);
    await w.context.close();
  });

  it('has no serious or critical accessibility violations (axe-core), with a record and the table open', async () => {
    // axe is injected as a script, which the page's CSP rightly forbids: only this context bypasses it.
    const context = await site.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
    await context.route(/.*/, (route) => (route.request().url().startsWith(`${site.origin}/`) ? route.continue() : route.abort()));
    const page = await context.newPage();
    await page.goto(`${site.base}?select=srb-belgrade-huawei-safe-city&fade=0`);
    await waitForMap(page);
    await page.locator('#table > summary').click();
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ passes: unknown[]; violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
      // The map canvas is a picture drawn by WebGL; everything it shows is also in the table.
      const result = await axe.run({ exclude: [['.maplibregl-canvas']] }, {});
      return {
        rulesPassed: result.passes.length,
        serious: result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`),
      };
    });
    expect(violations.rulesPassed).toBeGreaterThan(10);
    expect(violations.serious).toEqual([]);
    await context.close();
  });

  it('on a phone, keeps filters in a bottom sheet that opens over the map, and the map usable by touch', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${site.base}?fade=0`);
    await waitForMap(page);
    const sheet = page.locator('#sidebar');
    const closedTop = (await sheet.boundingBox())!.y;
    expect(closedTop).toBeGreaterThan(740 - 120);
    await page.getByTestId('sheet-toggle').tap();
    await expect.poll(async () => (await sheet.boundingBox())!.y).toBeLessThan(740 - 300);
    await page.getByTestId('bri-member').tap();
    await expect.poll(async () => (await summaryNumbers(page)).deployments).toBe(expected({ bri: 'member' }).deployments);
    await page.getByTestId('sheet-toggle').tap();
    await expect.poll(async () => (await sheet.boundingBox())!.y).toBe(closedTop);
    // A tap on the map still reaches it: on a country bubble (one still shown under the BRI
    // filter) it opens the profile.
    const counts = new Map<string, number>();
    for (const d of data.deployments) if (d.briAtYear) counts.set(d.country, (counts.get(d.country) ?? 0) + 1);
    // The busiest such country whose bubble no neighbour's overlaps at this zoom (Italy's and
    // Serbia's do on a phone), so the tap can only mean that one.
    const anchors = new Map(data.countries.map((c) => [c.iso3, c.anchor]));
    const apart = (iso3: string) => [...counts.keys()].every((other) => {
      if (other === iso3) return true;
      const [a, b] = [anchors.get(iso3)!, anchors.get(other)!];
      return Math.hypot(a[0] - b[0], a[1] - b[1]) > 12;
    });
    const busiest = [...counts.entries()].filter(([iso3]) => apart(iso3)).sort((a, b) => b[1] - a[1])[0]![0];
    const point = await page.evaluate(([lon, lat]) => {
      const { map } = (window as unknown as { sightlines: { map: import('maplibre-gl').Map } }).sightlines;
      const p = map.project([lon!, lat!]);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, anchors.get(busiest)!);
    expect(point.x).toBeGreaterThan(0);
    expect(point.x).toBeLessThan(360);
    await page.touchscreen.tap(point.x, point.y);
    await page.getByTestId('country-details').waitFor();
    expect(await page.getByTestId('country-details').getAttribute('data-country')).toBe(busiest);
    await context.close();
  });

  it('follows a dark colour scheme in the page and on the map', async () => {
    const w = await watchedPage(site.browser, [site.origin]);
    await w.page.emulateMedia({ colorScheme: 'dark' });
    await w.page.goto(`${site.base}?fade=0`);
    await waitForMap(w.page);
    const { page: pageBg, water } = await w.page.evaluate(() => ({
      page: getComputedStyle(document.documentElement).backgroundColor,
      water: (window as unknown as { sightlines: { map: import('maplibre-gl').Map } }).sightlines.map.getPaintProperty('water', 'background-color'),
    }));
    expect(pageBg).toBe('rgb(20, 24, 29)');
    expect(water).toBe('#0f1a24');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it("shows each source's own words under it, fetching only the opened country's quotes", async () => {
    // From data/*.csv, not from the build: the quotes a reader must see, in source order.
    const rows = parse(readFileSync('data/sources.csv', 'utf8'), { columns: true }) as Record<string, string>[];
    const countryOf = new Map((parse(readFileSync('data/deployments.csv', 'utf8'), { columns: true }) as Record<string, string>[]).map((d) => [d.id!, d.country_iso3!]));
    const quotesOf = (id: string) => rows.filter((r) => r.deployment_id === id && r.quote!.trim()).map((r) => r.quote!.replace(/\s+/g, ' ').trim());
    const ids = [...new Set(rows.map((r) => r.deployment_id!))].sort();
    const quotedIn = (iso3: string, not: string) => ids.find((id) => id !== not && countryOf.get(id) === iso3 && quotesOf(id).length > 0);
    const first = ids.find((id) => quotesOf(id).length >= 2 && quotedIn(countryOf.get(id)!, id))!;
    const iso3 = countryOf.get(first)!;
    const sameCountry = quotedIn(iso3, first)!;
    const elsewhere = ids.find((id) => countryOf.get(id) !== iso3 && quotesOf(id).length > 0)!;

    const w = await open();
    const fetched: string[] = [];
    w.page.on('request', (r) => r.url().includes('/data/quotes/') && fetched.push(new URL(r.url()).pathname.replace(/.*\/data\//, '')));
    const shown = () => w.page.getByTestId('source-quote').evaluateAll((qs) => qs.map((q) => q.textContent!.replace(/\s+/g, ' ').trim()));
    const openRecord = async (id: string) => {
      await w.page.evaluate((id) => (window as unknown as { sightlines: { store: { getState(): { select(id: string): void } } } }).sightlines.store.getState().select(id), id);
      await w.page.locator(`[data-testid="deployment-details"][data-id="${id}"]`).waitFor();
    };

    await openRecord(first);
    await expect.poll(shown).toEqual(quotesOf(first));
    expect(await w.page.getByTestId('source-quote').first().getAttribute('cite')).toBe(rows.find((r) => r.deployment_id === first && r.quote)!.url);
    await openRecord(sameCountry);
    await expect.poll(shown).toEqual(quotesOf(sameCountry));
    expect(fetched).toEqual([`quotes/${iso3}.json`]);

    // A quote file that fails: the record and its sources still show, with a note that says so;
    // opening the record again fetches it again.
    await w.context.route('**/data/quotes/**', (route) => route.fulfill({ status: 503, body: 'busy' }));
    await openRecord(elsewhere);
    await w.page.getByTestId('quotes-failed').waitFor();
    expect(await w.page.getByTestId('sources').locator('li').count()).toBe(rows.filter((r) => r.deployment_id === elsewhere).length);
    expect(await shown()).toEqual([]);
    await w.context.unroute('**/data/quotes/**');
    await openRecord(first);
    await openRecord(elsewhere);
    await expect.poll(shown).toEqual(quotesOf(elsewhere));
    expect(fetched).toEqual([`quotes/${iso3}.json`, `quotes/${countryOf.get(elsewhere)}.json`, `quotes/${countryOf.get(elsewhere)}.json`]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });
});
