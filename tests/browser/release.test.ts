// The versioned data package on the page (issue 12): the downloads panel and the About panel link
// the zip the build wrote, saying its version and date in the page's language. Run `npm run build` first.
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Release } from '../../src/data/release.ts';
import { waitForMap, watchedPage } from './harness.ts';
import { useSite } from './site.ts';

const site = useSite();
const release = JSON.parse(readFileSync('dist/data/release.json', 'utf8')) as Release;
const zip = readFileSync(`dist/data/${release.file}`);
const kb = Math.round(release.bytes / 1024);

describe('the data package on the page', () => {
  it('is linked from the downloads panel with version, date and size, and downloads the built zip', async () => {
    const w = await site.open();
    const link = w.page.getByTestId('download-package');
    await link.waitFor();
    const date = new Date(`${release.date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(await link.textContent()).toBe(`Data package ${release.version} of ${date} (ZIP, ${kb} KB)`);
    expect(await link.getAttribute('href')).toBe(`./data/${release.file}`);

    const [download] = await Promise.all([w.page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(release.file);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.equals(zip)).toBe(true);
    expect(Object.keys(unzipSync(new Uint8Array(bytes)))).toContain('datapackage.json');
    expect(w.foreignRequests).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('is linked from the About panel, to the same file', async () => {
    const w = await site.open();
    await w.page.locator('#about > summary').click();
    const link = w.page.getByTestId('about-package');
    await link.waitFor();
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toBe(`./data/${release.file}`);
    expect(await w.page.getByTestId('credits-release').textContent()).toContain('datapackage.json');
    // The link resolves on our own origin, under the site's sub-path.
    const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
    expect(href).toBe(new URL(`data/${release.file}`, site.base).href);
    await w.context.close();
  });

  it.each([
    ['de', `Datenpaket ${release.version} vom `, 'Der Datensatz als versioniertes Datenpaket'],
    ['es', `Paquete de datos ${release.version} del `, 'Los datos como paquete versionado'],
  ])('says it in %s, with the date as that language writes it', async (lang, linkStart, aboutStart) => {
    const w = await site.open(`?lang=${lang}`);
    const link = w.page.getByTestId('download-package');
    await link.waitFor();
    const date = new Date(`${release.date}T00:00:00Z`).toLocaleDateString(lang === 'de' ? 'de-DE' : 'es-ES', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(await link.textContent()).toBe(`${linkStart}${date} (ZIP, ${kb} KB)`);
    expect(await w.page.getByTestId('credits-release').textContent()).toContain(aboutStart);
    expect(await w.page.getByTestId('about-package').textContent()).toBe(`${linkStart}${date} (ZIP, ${kb} KB)`);
    await w.context.close();
  });

  it('leaves the link out, and everything else working, when release.json cannot be read', async () => {
    const w = await watchedPage(site.browser, [site.origin]);
    await w.context.route('**/data/release.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await w.page.goto(`${site.base}?fade=0`);
    await waitForMap(w.page);
    await w.page.getByTestId('download-csv').waitFor();
    expect(await w.page.getByTestId('download-package').count()).toBe(0);
    expect(await w.page.getByTestId('credits-release').count()).toBe(0);
    expect(await w.page.locator('#status').isHidden()).toBe(true);
    await w.context.close();
  });
});
