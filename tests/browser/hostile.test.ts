// The page fed a dataset whose every text field tries to break it (tests/fixtures/hostile): markup,
// script, javascript: text, 10,000-character strings, bidi overrides, zero-width characters,
// emoji. Built with the real CLI, served in place of dist/'s dataset. Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, Deployment } from '../../src/data/schema.ts';
import { noFacets } from '../../src/store/facets.ts';
import { summarize } from '../../src/store/filters.ts';
import { label } from '../../src/ui/format.ts';
import { summaryNumbers, waitForMap, watchedPage, type Watched } from './harness.ts';
import { useSite } from './site.ts';

let tmp: string;
let files: Record<string, string>;
let data: Dataset;
const site = useSite();
let w: Watched;

const byId = (id: string) => data.deployments.find((d) => d.id === id)!;
const vendorNames = (d: Deployment) => d.vendors.map((v) => data.vendors.find((x) => x.id === v)!.name).join(', ');

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'sightlines-hostile-'));
  const out = join(tmp, 'data');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts', '--in', 'tests/fixtures/hostile', '--out', out], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the hostile fixture did not build:\n${run.stderr}`);
  files = Object.fromEntries(['points.json', 'dataset.json'].map((name) => [name, readFileSync(join(out, name), 'utf8')]));
  data = JSON.parse(files['dataset.json']!) as Dataset;

  w = await watchedPage(site.browser, [site.origin]);
  // Registered after watchedPage's catch-all, so it answers first.
  for (const [name, body] of Object.entries(files)) {
    await w.context.route(`**/data/${name}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  }
  await w.page.goto(`${site.base}?select=hostile-markup&fade=0`);
  await waitForMap(w.page);
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Anything the data could have turned into live markup: event-handler attributes, inline scripts, frames, javascript: links. */
async function injected(): Promise<string[]> {
  return w.page.evaluate(() => {
    const found: string[] = [];
    for (const n of document.querySelectorAll('*')) {
      if ([...n.attributes].some((a) => a.name.toLowerCase().startsWith('on'))) found.push(n.outerHTML.slice(0, 100));
    }
    for (const n of document.querySelectorAll('img[src="x"], script:not([src]), iframe, svg[onload], b, a[href^="javascript:" i]')) found.push(n.outerHTML.slice(0, 100));
    return found;
  });
}

/** Goes to a state the way Back and Forward do: a new address, then popstate. */
async function visit(search: string): Promise<void> {
  await w.page.evaluate((q) => {
    history.pushState(null, '', q);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, search);
}

const text = (testid: string) => w.page.getByTestId(testid).evaluate((n) => n.textContent ?? '');

describe('a dataset whose text is hostile', () => {
  it('builds with the CLI', () => {
    expect(data.deployments.map((d) => d.id)).toEqual(['hostile-markup', 'hostile-long', 'hostile-bidi', 'hostile-country']);
  });

  it('shows markup in a record as literal text in the details panel, and runs none of it', async () => {
    const d = byId('hostile-markup');
    const details = w.page.getByTestId('deployment-details');
    await details.waitFor();
    expect(await details.getAttribute('data-id')).toBe(d.id);
    expect(await details.locator('h2').textContent()).toBe(`${d.place}, Serbia`);
    // One item per vendor: the name as text, then (where listed) the Entity List link.
    const vendors = await details.locator('.vendors li').evaluateAll((lis) => lis.map((li) => li.firstChild?.textContent));
    expect(vendors).toEqual(d.vendors.map((id) => data.vendors.find((v) => v.id === id)!.name));
    expect(await details.locator('.record-summary').textContent()).toBe(d.summary);
    const shown = await text('deployment-details');
    for (const s of [d.funder, d.confidenceNote, d.disagreement, ...d.sources.flatMap((x) => [x.title, x.publisher, x.note])]) expect(shown).toContain(s);
    // The markup in the source URL stays inside the href; the untitled source shows its host.
    const links = details.locator('[data-testid="sources"] a');
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(d.sources.map((s) => s.url));
    expect(await details.locator('.vendors a').getAttribute('href')).toBe(data.vendors.find((v) => v.id === 'markup')!.entityListSource);
    expect(shown).toContain('Page at example.org (headline not recorded)');
    // Only the panel's own elements: nothing parsed out of the data.
    expect(await details.locator('*:not(h2, h3, p, strong, dl, dt, dd, ol, ul, li, a, span, bdi)').count()).toBe(0);
    expect(await injected()).toEqual([]);
  });

  it('shows every record literally in the table, bidi overrides and emoji included', async () => {
    await w.page.locator('#table > summary').click();
    const rows = w.page.locator('[data-testid="table"] tbody tr');
    await expect.poll(() => rows.count()).toBe(data.deployments.length);
    for (const d of data.deployments) {
      const cells = await w.page.locator(`[data-testid="table"] tbody tr[data-id="${d.id}"] td`).allTextContents();
      expect(cells.slice(0, 5)).toEqual([String(d.year), expect.any(String), d.precision === 'country' ? '(country-wide)' : d.place, vendorNames(d), label(d.type)]);
    }
    // A row opens its record; the override and zero-width characters arrive intact.
    const bidi = byId('hostile-bidi');
    await w.page.locator('[data-testid="table"] tbody tr[data-id="hostile-bidi"] button').click();
    await expect.poll(() => w.page.getByTestId('deployment-details').getAttribute('data-id')).toBe(bidi.id);
    expect(await w.page.locator('[data-testid="deployment-details"] h2').textContent()).toBe(`${bidi.place}, Argentina`);
    const shown = await text('deployment-details');
    for (const s of [bidi.summary, bidi.funder, bidi.sources[0]!.title, bidi.sources[0]!.publisher, ...bidi.vendors.map((id) => data.vendors.find((v) => v.id === id)!.name)]) {
      expect(shown).toContain(s);
    }
    expect(await injected()).toEqual([]);
  });

  it('shows hostile places and vendors literally in the country profiles', async () => {
    for (const [iso3, id] of [['SRB', 'hostile-markup'], ['ARG', 'hostile-bidi']] as const) {
      await visit(`?country=${iso3}&fade=0`);
      const profile = w.page.getByTestId('country-details');
      await expect.poll(() => profile.getAttribute('data-country')).toBe(iso3);
      const d = byId(id);
      expect(await profile.locator('.country-deployments li').allTextContents()).toEqual([`${d.year} · ${d.place} · ${vendorNames(d)} · ${label(d.type)}`]);
    }
    expect(await injected()).toEqual([]);
  });

  it('lists hostile vendor names literally, and their filters still work', async () => {
    const names = await w.page.locator('[data-testid="vendor-list"] .name').allTextContents();
    expect(names.sort()).toEqual(data.vendors.map((v) => v.name).sort());
    const all = { ...noFacets(), from: data.years.min, to: data.years.max, bri: 'all' as const };
    expect((await summaryNumbers(w.page)).deployments).toBe(summarize(data, all).deployments);
    await w.page.getByTestId('vendor-bidi').check();
    const want = summarize(data, { ...all, vendors: ['bidi'] });
    expect(want.deployments).toBeLessThan(data.deployments.length);
    await w.page.waitForFunction((n) => document.querySelector<HTMLElement>('[data-testid="summary"]')?.dataset.deployments === String(n), want.deployments);
    await waitForMap(w.page);
    const got = await summaryNumbers(w.page);
    expect({ deployments: got.deployments, countries: got.countries, briCountries: got.briCountries }).toEqual(want);
    await w.page.getByTestId('vendor-all').click();
    expect(await injected()).toEqual([]);
  });

  it('keeps 10,000-character strings inside the details panel and the viewport, on a desktop and a phone', async () => {
    const d = byId('hostile-long');
    await visit(`?select=${d.id}&fade=0`);
    await expect.poll(() => w.page.getByTestId('deployment-details').getAttribute('data-id')).toBe(d.id);
    const shown = await text('deployment-details');
    for (const s of [d.place, d.summary, d.disagreement, d.sources[0]!.title, d.sources[0]!.publisher]) expect(shown).toContain(s);

    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 800 }]) {
      await w.page.setViewportSize(viewport);
      const layout = await w.page.evaluate(() => {
        const panel = document.querySelector<HTMLElement>('[data-testid="details"]')!;
        const box = panel.getBoundingClientRect();
        return {
          left: box.left,
          right: box.right,
          width: box.width,
          // Scrolls down, never sideways: long words wrap.
          panelOverflowsSideways: panel.scrollWidth > panel.clientWidth + 1,
          pageOverflowsSideways: document.documentElement.scrollWidth > window.innerWidth,
          viewport: window.innerWidth,
        };
      });
      expect(layout.left, JSON.stringify(layout)).toBeGreaterThanOrEqual(0);
      expect(layout.right, JSON.stringify(layout)).toBeLessThanOrEqual(layout.viewport);
      expect(layout.width).toBeGreaterThan(200);
      expect(layout.panelOverflowsSideways, JSON.stringify(layout)).toBe(false);
      expect(layout.pageOverflowsSideways, JSON.stringify(layout)).toBe(false);
    }
    await w.page.setViewportSize({ width: 1280, height: 800 });
  });

  it('opened no dialog, threw nothing, broke no CSP rule and called no other host', async () => {
    expect(await injected()).toEqual([]);
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.cspViolations).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
  });
});
