// The page in English, German and Spanish: lang= wins, then the browser's languages, then English.
// Run `npm run build` first: this serves dist/.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { summaryNumbers, waitForMap, type Watched } from './harness.ts';
import { data, expected, useSite } from './site.ts';

const site = useSite();
const { open } = site;

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const current = (page: Page) => page.locator('[data-testid="lang-switch"] a[aria-current="true"]').getAttribute('data-lang');

/** The table's country column, once it is open. */
async function tableCountries(page: Page): Promise<string[]> {
  await page.locator('#table > summary').click();
  await expect.poll(() => page.locator('[data-testid="table"] tbody tr').count()).toBe(data.deployments.length);
  return page.locator('[data-testid="table"] tbody td:nth-child(2)').allTextContents();
}

describe('the page in other languages', () => {
  it('speaks German with lang=de: the same numbers, German words and country names', async () => {
    const w = await open('?lang=de');
    const n = expected({});
    const summary = await summaryNumbers(w.page);
    expect(summary.deployments).toBe(n.deployments);
    expect(summary.countries).toBe(n.countries);
    expect(summary.text).toMatch(new RegExp(`^${n.deployments} Projekte in ${n.countries} Ländern, davon ${n.briCountries} im Jahr ${data.years.max} Mitglieder der Neuen Seidenstraße$`));
    expect(await htmlLang(w.page)).toBe('de');
    expect(await w.page.title()).toBe('Sightlines: Wer wem Überwachungstechnik verkauft');
    expect(await w.page.locator('.dek').textContent()).toMatch(/^Wer wem Überwachungstechnik verkauft/);
    expect(await w.page.locator('#filters [data-testid="filter-vendor"] legend').textContent()).toBe('Anbieter');
    expect(await w.page.locator('#filters legend').first().textContent()).toBe('Herkunftsland des Anbieters');
    expect(await w.page.getByTestId('share-button').textContent()).toBe('Teilen / einbetten');
    expect(await w.page.locator('[data-testid="chart-vendors"] figcaption').textContent()).toBe('Projekte je Anbieter');
    expect(await w.page.locator('#about > summary').textContent()).toBe('Über die Karte & Nachweise');
    expect(await w.page.locator('[data-testid="credits-software"] li[data-package="maplibre-gl"]').textContent()).toMatch(/^maplibre-gl .*: zeichnet die Karte\.$/);
    expect(await w.page.locator('#map').getAttribute('aria-label')).toMatch(/^Interaktive Karte/);
    // MapLibre's own controls speak German too.
    expect(await w.page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).toBe('Vergrößern');
    expect(await w.page.locator('.maplibregl-ctrl-zoom-out').getAttribute('aria-label')).toBe('Verkleinern');
    expect(await w.page.locator('#map canvas').getAttribute('aria-label')).toBe('Karte');
    expect(await w.page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('Grenzen: Natural Earth · Orte: GeoNames');
    expect(await current(w.page)).toBe('de');

    const countries = await tableCountries(w.page);
    expect(countries).toContain('Deutschland');
    expect(countries).not.toContain('Germany');
    expect(await w.page.locator('[data-testid="table"] thead th').first().textContent()).toBe('Jahr');

    // A record: German labels and vocabulary around the data's own text.
    await w.page.locator('[data-testid="table"] tbody tr[data-id="deu-duisburg-huawei-smart-city"] button').click();
    const details = w.page.getByTestId('deployment-details');
    await details.waitFor();
    expect(await details.locator('h2').textContent()).toBe('Duisburg, Deutschland');
    expect(await details.locator('dt').first().textContent()).toBe('Jahr');

    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    expect(w.cspViolations).toEqual([]);
    await w.context.close();
  });

  it('speaks Spanish with lang=es, in the profile and the search too', async () => {
    const w = await open('?lang=es&country=DEU');
    const n = expected({});
    const summary = await summaryNumbers(w.page);
    expect(summary.deployments).toBe(n.deployments);
    expect(summary.text).toMatch(new RegExp(`^${n.deployments} proyectos en ${n.countries} países, ${n.briCountries} de ellos miembros de la Franja y la Ruta en ${data.years.max}$`));
    expect(await htmlLang(w.page)).toBe('es');
    expect(await current(w.page)).toBe('es');
    const profile = w.page.getByTestId('country-details');
    await profile.waitFor();
    expect(await profile.locator('h2').textContent()).toBe('Alemania');
    expect(await profile.textContent()).toContain(`${data.deployments.filter((d) => d.country === 'DEU').length} proyectos con los filtros actuales:`);

    // Search finds a country by its Spanish name, its English name and its ISO code, and shows it in Spanish.
    const search = w.page.getByTestId('search');
    for (const q of ['alemania', 'Germany', 'DEU']) {
      await search.fill(q);
      await expect.poll(() => w.page.getByTestId('search-results').locator('button').first().textContent(), { message: q }).toBe('País Alemania');
    }
    await search.fill('serbia');
    await search.press('Enter');
    await expect.poll(() => profile.locator('h2').textContent()).toBe('Serbia');
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });

  it('switches language from the masthead and keeps the filters in the address', async () => {
    const w = await open('?vendor=huawei&bri=member');
    expect(await current(w.page)).toBe('en');
    expect(await w.page.locator('[data-testid="lang-switch"] a[aria-current]').count()).toBe(1);
    await w.page.getByTestId('vendor-hikvision').check();
    const want = expected({ vendors: ['huawei', 'hikvision'], bri: 'member' });
    await expect.poll(async () => (await summaryNumbers(w.page)).deployments).toBe(want.deployments);

    await Promise.all([w.page.waitForURL(/lang=de/), w.page.getByTestId('lang-de').click()]);
    await waitForMap(w.page);
    const url = new URL(w.page.url());
    expect(url.searchParams.get('lang')).toBe('de');
    expect(url.searchParams.get('vendor')).toBe('hikvision,huawei');
    expect(url.searchParams.get('bri')).toBe('member');
    expect(url.searchParams.get('fade')).toBe('0');
    expect(await htmlLang(w.page)).toBe('de');
    expect(await current(w.page)).toBe('de');
    const summary = await summaryNumbers(w.page);
    expect(summary.deployments).toBe(want.deployments);
    expect(summary.text).toMatch(/ Projekte in /);
    expect(await w.page.getByTestId('vendor-hikvision').isChecked()).toBe(true);

    // The app's own rewrites of the address keep lang=, and so do the share link and embed code.
    await w.page.getByTestId('bri-all').check();
    await expect.poll(() => new URL(w.page.url()).searchParams.get('bri')).toBeNull();
    expect(new URL(w.page.url()).searchParams.get('lang')).toBe('de');
    await w.page.getByTestId('share-button').click();
    expect(new URL(await w.page.getByTestId('share-link').inputValue()).searchParams.get('lang')).toBe('de');
    const code = await w.page.getByTestId('share-embed').inputValue();
    expect(code).toContain('title="Karte: Wer wem Überwachungstechnik verkauft"');
    expect(code).toMatch(/src="[^"]*lang=de[^"]*embed=1"/);
    // The switch follows the address too: back to English with the new filters.
    expect(new URL((await w.page.getByTestId('lang-en').getAttribute('href'))!).searchParams.get('bri')).toBeNull();

    await Promise.all([w.page.waitForURL(/lang=es/), w.page.getByTestId('lang-es').click()]);
    await waitForMap(w.page);
    expect(await htmlLang(w.page)).toBe('es');
    expect(new URL(w.page.url()).searchParams.get('vendor')).toBe('hikvision,huawei');
    expect((await summaryNumbers(w.page)).text).toMatch(/ proyectos en /);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it("keeps lang= in an embed's \"Open full map\" link, and speaks the language in the embed", async () => {
    const w = await open('?lang=de&embed=1&vendor=huawei');
    expect(await htmlLang(w.page)).toBe('de');
    expect(await w.page.getByTestId('filters-toggle').textContent()).toBe('Filter');
    expect(await w.page.getByTestId('active-filters').textContent()).toContain('Anbieter');
    const full = new URL((await w.page.getByTestId('open-full-map').getAttribute('href'))!);
    expect(full.searchParams.get('lang')).toBe('de');
    expect(full.searchParams.get('vendor')).toBe('huawei');
    expect(full.searchParams.get('embed')).toBeNull();
    expect(await w.page.getByTestId('lang-switch').count()).toBe(0);
    // The hint MapLibre shows when a reader scrolls over the embedded map, in German.
    expect(await w.page.locator('.maplibregl-cooperative-gesture-screen').textContent()).toMatch(/(Strg|⌘) \+ Scrollen zoomt die Karte/);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});

describe("the browser's language", () => {
  async function contextWith(locale: string | undefined): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, ...(locale ? { locale } : {}) });
    await context.route(/.*/, (route) => (route.request().url().startsWith(`${site.origin}/`) ? route.continue() : route.abort()));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    return { context, page, errors };
  }

  it('gives a de-DE browser German without any lang=, and lang= still wins over it', async () => {
    const { context, page, errors } = await contextWith('de-DE');
    expect(await page.evaluate(() => navigator.languages[0])).toBe('de-DE');
    await page.goto(`${site.base}?fade=0`);
    await waitForMap(page);
    expect(await htmlLang(page)).toBe('de');
    expect((await summaryNumbers(page)).text).toMatch(new RegExp(`^${expected({}).deployments} Projekte in `));
    expect(await current(page)).toBe('de');
    await page.goto(`${site.base}?lang=en&fade=0`);
    await waitForMap(page);
    expect(await htmlLang(page)).toBe('en');
    expect((await summaryNumbers(page)).text).toMatch(new RegExp(`^${expected({}).deployments} deployments in `));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives a headless Chromium with its default locale English', async () => {
    const { context, page, errors } = await contextWith(undefined);
    await page.goto(`${site.base}?fade=0`);
    await waitForMap(page);
    expect(await htmlLang(page)).toBe('en');
    expect((await summaryNumbers(page)).text).toMatch(/ deployments in /);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives a browser in a language the page does not speak English', async () => {
    const { context, page, errors } = await contextWith('fr-FR');
    await page.goto(`${site.base}?fade=0`);
    await waitForMap(page);
    expect(await htmlLang(page)).toBe('en');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a hostile lang=', () => {
  it.each([
    ['<script>', '<script>alert(1)</script>'],
    ['quotes and markup', '"><img src=x onerror=alert(1)>'],
    ['a prototype name', '__proto__'],
    ['a language the page does not speak', 'fr'],
  ])('falls back to English silently for %s', async (_, value) => {
    const w = await open(`?lang=${encodeURIComponent(value)}&vendor=zte`);
    expect(await htmlLang(w.page)).toBe('en');
    expect(await current(w.page)).toBe('en');
    const summary = await summaryNumbers(w.page);
    expect(summary.deployments).toBe(expected({ vendors: ['zte'] }).deployments);
    expect(summary.text).toMatch(/ deployments? in /);
    expect(await w.page.locator('img[src="x"], script:not([src])').count()).toBe(0);
    // The switch's links replace the hostile value with a good one.
    expect(new URL((await w.page.getByTestId('lang-de').getAttribute('href'))!).searchParams.getAll('lang')).toEqual(['de']);
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.cspViolations).toEqual([]);
    await w.context.close();
  });
});
