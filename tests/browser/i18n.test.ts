// The page in English, German, Spanish, Portuguese and French: lang= wins, then the browser's
// languages, then English.
// Run `npm run build` first: this serves dist/.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { summaryNumbers, waitForMap, type Watched } from './harness.ts';
import { data, expected, useSite } from './site.ts';

const site = useSite();
const { open } = site;

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const current = (page: Page) => page.locator('[data-testid="lang-switch"] a[aria-current="true"]').getAttribute('data-lang');

/** A count as a language writes it ("1.234", "1\u202f234"), for numbers the summary must show. */
const count = (locale: string, n: number) => new Intl.NumberFormat(locale).format(n);
/** Text with its no-break spaces made ordinary, for assertions that do not test typography. */
const spaces = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

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

  it('speaks Portuguese with lang=pt: Brazilian words, numbers, dates and country names, and MapLibre too', async () => {
    const w = await open('?lang=pt');
    const n = expected({});
    const summary = await summaryNumbers(w.page);
    expect(summary.deployments).toBe(n.deployments);
    expect(summary.countries).toBe(n.countries);
    expect(summary.text).toBe(`${count('pt-BR', n.deployments)} projetos em ${n.countries} países, ${n.briCountries} deles membros da Nova Rota da Seda em ${data.years.max}`);
    expect(await htmlLang(w.page)).toBe('pt');
    expect(await w.page.title()).toBe('Sightlines: quem vende tecnologia de vigilância para quem');
    expect(await w.page.locator('.dek').textContent()).toMatch(/^Quem vende tecnologia de vigilância para quem: redes de câmeras/);
    expect(await w.page.locator('meta[name="description"]').getAttribute('content')).toContain('Nova Rota da Seda');
    expect(await w.page.locator('[data-testid="filter-vendor"] legend').textContent()).toBe('Fornecedor');
    expect(await w.page.locator('[data-testid="filter-origin"] legend').textContent()).toBe('País do fornecedor');
    expect(await w.page.getByTestId('share-button').textContent()).toBe('Compartilhar / incorporar');
    expect(await w.page.locator('[data-testid="chart-vendors"] figcaption').textContent()).toBe('Projetos por fornecedor');
    expect(await w.page.locator('#about > summary').textContent()).toBe('Sobre o mapa e créditos');
    expect(await w.page.locator('[data-testid="credits-software"] li[data-package="maplibre-gl"]').textContent()).toMatch(/^maplibre-gl .*: desenha o mapa\.$/);
    expect(await w.page.locator('#map').getAttribute('aria-label')).toMatch(/^Mapa interativo/);
    expect(await w.page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).toBe('Aproximar');
    expect(await w.page.locator('.maplibregl-ctrl-zoom-out').getAttribute('aria-label')).toBe('Afastar');
    expect(await w.page.locator('#map canvas').getAttribute('aria-label')).toBe('Mapa');
    expect(await w.page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('Fronteiras: Natural Earth · Lugares: GeoNames');
    expect(await current(w.page)).toBe('pt');
    // Dates as Brazil writes them: the timeline's Entity List events.
    expect(await w.page.locator('[data-testid="events"] time[datetime="2019-05-16"]').first().textContent()).toBe('16 de maio de 2019');

    const countries = await tableCountries(w.page);
    expect(countries).toEqual(expect.arrayContaining(['Moçambique', 'Angola', 'Brasil', 'Alemanha', 'Quênia']));
    expect(countries).not.toContain('Mozambique');
    // The library's Portuguese is Portugal's, and would say Quénia.
    expect(countries).not.toContain('Quénia');
    expect(await w.page.locator('[data-testid="table"] thead th').first().textContent()).toBe('Ano');

    // A record: Portuguese labels and vocabulary around the data's own (English) text.
    await w.page.locator('[data-testid="table"] tbody tr[data-id="moz-maputo-zte-cameras-2016"] button').click();
    const details = w.page.getByTestId('deployment-details');
    await details.waitFor();
    expect(await details.locator('h2').textContent()).toBe('Maputo, Moçambique');
    expect(await details.locator('dt').first().textContent()).toBe('Ano');
    expect(await details.textContent()).toContain('câmeras urbanas');
    expect(await details.textContent()).toContain('notícia');

    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    expect(w.cspViolations).toEqual([]);
    await w.context.close();
  });

  it('speaks French with lang=fr, in a record, the profile and the search, with French typography', async () => {
    const w = await open('?lang=fr&select=fra-valenciennes-huawei-safe-city');
    const n = expected({});
    const summary = await summaryNumbers(w.page);
    expect(summary.deployments).toBe(n.deployments);
    expect(summary.text).toBe(`${count('fr-FR', n.deployments)} projets dans ${n.countries} pays, dont ${n.briCountries} membres des nouvelles routes de la soie en ${data.years.max}`);
    expect(await htmlLang(w.page)).toBe('fr');
    expect(await current(w.page)).toBe('fr');
    // A no-break space before the colon, as French sets it.
    expect(await w.page.title()).toBe('Sightlines\u00a0: qui vend des technologies de surveillance à qui');
    expect(spaces(await w.page.locator('.dek').textContent())).toContain('systèmes de « ville sûre »');
    expect(await w.page.locator('[data-testid="filter-vendor"] legend').textContent()).toBe('Fournisseur');
    expect(await w.page.locator('[data-testid="filter-origin"] legend').textContent()).toBe('Pays du fournisseur');
    expect(await w.page.getByTestId('share-button').textContent()).toBe('Partager / intégrer');
    expect(await w.page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).toBe('Zoom avant');
    expect(await w.page.locator('.maplibregl-ctrl-zoom-out').getAttribute('aria-label')).toBe('Zoom arrière');
    expect(await w.page.locator('#map canvas').getAttribute('aria-label')).toBe('Carte');
    expect(spaces(await w.page.locator('.maplibregl-ctrl-attrib').textContent())).toContain('Frontières : Natural Earth · Lieux : GeoNames');

    // The record: French words and dates around the data's text.
    const details = w.page.getByTestId('deployment-details');
    await details.waitFor();
    expect(await details.locator('h2').textContent()).toBe('Valenciennes, France');
    expect(await details.locator('dt').first().textContent()).toBe('Année');
    const record = spaces(await details.textContent());
    expect(record).toContain("sur l'Entity List américaine depuis le 16 mai 2019");
    expect(record).toContain('ville sûre');
    expect(record).toContain('don');
    // Money and the sources' dates as French writes them.
    expect(record).toMatch(/Valeur2(,0)? M €/);
    expect(record).toContain('Le Soir (Geeko), 22 janvier 2020');

    // A country's profile in French, by its French name.
    await w.page.goto(`${site.base}?lang=fr&country=CIV&fade=0`);
    await waitForMap(w.page);
    const profile = w.page.getByTestId('country-details');
    await profile.waitFor();
    expect(await profile.locator('h2').textContent()).toBe("Côte d'Ivoire");
    const inCiv = data.deployments.filter((d) => d.country === 'CIV').length;
    expect(await profile.textContent()).toContain(`${inCiv} projets avec les filtres actuels\u00a0:`);

    // Search finds a country by its French name, with or without accents, by its English name and its ISO code.
    const search = w.page.getByTestId('search');
    for (const q of ['algérie', 'algerie', 'Algeria', 'DZA']) {
      await search.fill(q);
      await expect.poll(() => w.page.getByTestId('search-results').locator('button').first().textContent(), { message: q }).toBe('Pays Algérie');
    }
    await search.fill('birmanie');
    await search.press('Enter');
    await expect.poll(() => profile.locator('h2').textContent()).toBe('Birmanie');
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    expect(w.cspViolations).toEqual([]);
    await w.context.close();
  });

  it.each([
    ['pt', 'Compartilhar / incorporar'],
    ['fr', 'Partager / intégrer'],
  ])('fits a 360 px phone in %s, whose words run longer, with nothing overflowing sideways', async (lang, share) => {
    const w = await open(`?lang=${lang}&select=srb-belgrade-huawei-safe-city`, { width: 360, height: 740 });
    expect(await htmlLang(w.page)).toBe(lang);
    expect(await w.page.getByTestId('share-button').textContent()).toBe(share);
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    for (const id of ['lang-switch', 'share-button']) {
      const box = (await w.page.getByTestId(id).boundingBox())!;
      expect(box.x, id).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, id).toBeLessThanOrEqual(360);
    }
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('switches language from the masthead and keeps the filters in the address', async () => {
    const w = await open('?vendor=huawei&bri=member');
    expect(await current(w.page)).toBe('en');
    expect(await w.page.locator('[data-testid="lang-switch"] a[aria-current]').count()).toBe(1);
    // Five languages, each named in its own words for screen readers and marked with its language.
    const offered = w.page.locator('[data-testid="lang-switch"] a');
    expect(await offered.evaluateAll((links) => links.map((a) => [a.getAttribute('hreflang'), a.getAttribute('lang'), a.textContent]))).toEqual([
      ['en', 'en', 'ENEnglish'],
      ['de', 'de', 'DEDeutsch'],
      ['es', 'es', 'ESEspañol'],
      ['pt', 'pt', 'PTPortuguês'],
      ['fr', 'fr', 'FRFrançais'],
    ]);
    // (ZTE has no deal with a country that was a member at the time: its box is disabled here.)
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

    for (const [lang, words] of [
      ['pt', / projetos em /],
      ['fr', / projets dans /],
    ] as const) {
      await Promise.all([w.page.waitForURL(new RegExp(`lang=${lang}`)), w.page.getByTestId(`lang-${lang}`).click()]);
      await waitForMap(w.page);
      expect(await htmlLang(w.page)).toBe(lang);
      expect(await current(w.page)).toBe(lang);
      const url = new URL(w.page.url());
      expect(url.searchParams.getAll('lang')).toEqual([lang]);
      expect(url.searchParams.get('vendor')).toBe('hikvision,huawei');
      const shown = await summaryNumbers(w.page);
      expect(shown.deployments).toBe(expected({ vendors: ['huawei', 'hikvision'] }).deployments);
      expect(shown.text).toMatch(words);
      expect(await w.page.getByTestId('vendor-hikvision').isChecked()).toBe(true);
    }
    await w.page.getByTestId('share-button').click();
    expect(new URL(await w.page.getByTestId('share-link').inputValue()).searchParams.get('lang')).toBe('fr');
    const frCode = await w.page.getByTestId('share-embed').inputValue();
    expect(frCode).toContain('title="Carte\u00a0: qui vend des technologies de surveillance à qui"');
    expect(frCode).toMatch(/src="[^"]*lang=fr[^"]*embed=1"/);
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

describe('an embed in Portuguese and French', () => {
  it.each([
    ['pt', 'Filtros', 'Fornecedor', 'Dados: Sightlines; fronteiras: Natural Earth; lugares: GeoNames', 'Abrir o mapa completo', /^Use (Ctrl|⌘) \+ rolagem para dar zoom no mapaUse dois dedos para mover o mapa$/],
    ['fr', 'Filtres', 'Fournisseur', 'Données : Sightlines ; frontières : Natural Earth ; lieux : GeoNames', 'Ouvrir la carte complète', /^Utilisez (Ctrl|⌘) \+ molette pour zoomer sur la carteUtilisez deux doigts pour déplacer la carte$/],
  ])('speaks %s in the frame: chips, credit, full-map link and MapLibre\'s gesture hint', async (lang, filters, vendor, credit, fullMap, hint) => {
    const w = await open(`?lang=${lang}&embed=1&vendor=huawei`);
    expect(await htmlLang(w.page)).toBe(lang);
    expect(await w.page.getByTestId('filters-toggle').textContent()).toBe(filters);
    expect(await w.page.getByTestId('active-filters').textContent()).toContain(vendor);
    expect(spaces(await w.page.locator('body').textContent())).toContain(credit);
    const link = w.page.getByTestId('open-full-map');
    expect(await link.textContent()).toContain(fullMap);
    const full = new URL((await link.getAttribute('href'))!);
    expect(full.searchParams.get('lang')).toBe(lang);
    expect(full.searchParams.get('vendor')).toBe('huawei');
    expect(full.searchParams.get('embed')).toBeNull();
    expect(await w.page.getByTestId('lang-switch').count()).toBe(0);
    expect(spaces(await w.page.locator('.maplibregl-cooperative-gesture-screen').textContent())).toMatch(hint);
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
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

  it.each([
    ['pt-BR', 'pt', / projetos em /],
    ['pt-PT', 'pt', / projetos em /],
    ['fr-CA', 'fr', / projets dans /],
    ['fr-FR', 'fr', / projets dans /],
  ])('gives a %s browser %s without any lang=', async (locale, lang, words) => {
    const { context, page, errors } = await contextWith(locale);
    expect(await page.evaluate(() => navigator.languages[0])).toBe(locale);
    await page.goto(`${site.base}?fade=0`);
    await waitForMap(page);
    expect(await htmlLang(page)).toBe(lang);
    expect(await current(page)).toBe(lang);
    expect((await summaryNumbers(page)).text).toMatch(words);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives a browser in a language the page does not speak English', async () => {
    const { context, page, errors } = await contextWith('it-IT');
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
    ['a language the page does not speak', 'it'],
    ['a three-letter code for one it does', 'fra'],
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
