// What readers see when something fails: the data cannot be loaded, the browser has no WebGL2, or
// the browser takes the map's WebGL context away while it runs. Each must end in a clear message
// (role=alert, in #status), never a blank or frozen page. Run `npm run build` first.
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarize } from '../../src/store/filters.ts';
import { choiceKey, STATE } from '../../src/map/style.ts';
import { launch, serveDist, summaryNumbers, waitForMap, watchedPage, type Watched } from './harness.ts';
import { all, data } from './site.ts';


let server: PreviewServer;
let origin: string;
let base: string;

beforeAll(async () => {
  ({ server, origin, url: base } = await serveDist());
});
afterAll(async () => {
  await server?.close();
});

/** The alert in #status, once it shows. */
async function alertText(page: Page): Promise<string> {
  const box = page.locator('#status[role="alert"]');
  await box.waitFor({ state: 'visible', timeout: 20_000 });
  return (await box.textContent()) ?? '';
}

/** Nothing reached another host or broke the CSP, and the only errors are the failure we caused. */
function expectContained(w: Watched, expectedErrors: RegExp | null = null) {
  expect(w.foreignRequests).toEqual([]);
  expect(w.cspViolations).toEqual([]);
  expect(w.errors.filter((e) => !expectedErrors?.test(e))).toEqual([]);
}

/** Not blank: the masthead, the footer's credits, and no loading message left behind. */
async function expectPageStands(page: Page) {
  expect(await page.locator('.masthead h1').isVisible()).toBe(true);
  expect(await page.getByTestId('credits').isVisible()).toBe(true);
  expect(await page.locator('#loading').isHidden()).toBe(true);
}

describe('when the data cannot be loaded', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  type Failure = readonly [name: string, response: { status: number; body: string } | null, message: RegExp, consoleError: RegExp | null];
  const failures: Failure[] = [
    ['missing (HTTP 404)', { status: 404, body: 'Not found' }, /answered HTTP 404/, /status of 404/],
    ['corrupt (invalid JSON)', { status: 200, body: '{"deployments": [{"id": "srb-' }, /is not valid JSON/, null],
    ['not a dataset', { status: 200, body: '{"hello": "world"}' }, /is not in the format this page expects/, null],
    ['unreachable (connection refused)', null, /could not be reached/, /ERR_FAILED|net::/],
  ];

  it.each(failures)('says so when the map data (points.json) is %s', async (_name, response, message, consoleError) => {
    const w = await watchedPage(browser, [origin]);
    await w.context.route('**/data/points.json', (route) =>
      response ? route.fulfill({ status: response.status, contentType: 'application/json', body: response.body }) : route.abort('connectionrefused'),
    );
    await w.page.goto(base);
    const text = await alertText(w.page);
    expect(text).toMatch(/^The map data could not be loaded: \.\/data\/points\.json /);
    expect(text).toMatch(message);
    await expectPageStands(w.page);
    expectContained(w, consoleError);
    await w.context.close();
  });

  // The records load after the first map: the map stays, and the reader learns why no record opens.
  it.each<Failure>([
    ...failures,
    ['from another build than the map', { status: 200, body: JSON.stringify({ ...data, generated: '2000-01-01T00:00:00.000Z' }) }, /is from another version of the data than the map/, null],
  ])('says so, and keeps the map, when the records (dataset.json) are %s', async (_name, response, message, consoleError) => {
    const w = await watchedPage(browser, [origin]);
    await w.context.route('**/data/dataset.json', (route) =>
      response ? route.fulfill({ status: response.status, contentType: 'application/json', body: response.body }) : route.abort('connectionrefused'),
    );
    await w.page.goto(`${base}?fade=0`);
    await waitForMap(w.page);
    const text = await alertText(w.page);
    expect(text).toMatch(/^The records' texts and sources could not be loaded: \.\/data\/dataset\.json /);
    expect(text).toMatch(message);
    expect((await summaryNumbers(w.page)).deployments).toBe(summarize(data, all).deployments);
    expect(await w.page.locator('#details').isHidden()).toBe(true);
    await expectPageStands(w.page);
    expectContained(w, consoleError);
    await w.context.close();
  });
});

describe('in a browser without WebGL2', () => {
  let browser: Browser;
  let w: Watched;
  beforeAll(async () => {
    browser = await launch(['--disable-webgl', '--disable-3d-apis']);
    w = await watchedPage(browser, [origin]);
    await w.page.goto(`${base}?fade=0`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('explains, and opens the table with every deployment', async () => {
    const text = await alertText(w.page);
    expect(text).toMatch(/^The map cannot be drawn in this browser: this browser does not offer WebGL2 graphics/);
    expect(text).toContain('The table below lists the same deployments.');
    expect(text).not.toMatch(/https?:/); // MapLibre's own message links elsewhere; ours does not
    expect(await w.page.locator('#table').getAttribute('open')).not.toBeNull();
    const rows = w.page.locator('[data-testid="table"] tbody tr');
    expect(data.deployments.length).toBeLessThan(1000); // the table lists up to 1,000 rows (TABLE_ROW_LIMIT)
    // The records load right after the failure; the table fills when they arrive.
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(data.deployments.length);
    expect(new Set(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id'))))).toEqual(new Set(data.deployments.map((d) => d.id)));
    // Whoever waits for the map is not left hanging.
    await waitForMap(w.page, 5_000);
    await expectPageStands(w.page);
  });

  it('keeps the filters, table and details working', async () => {
    await w.page.getByTestId('vendor-huawei').check();
    const want = summarize(data, { ...all, vendors: ['huawei'] });
    await expect.poll(() => w.page.locator('[data-testid="table"] tbody tr').count()).toBe(want.deployments);
    expect((await summaryNumbers(w.page)).deployments).toBe(want.deployments);
    await w.page.locator('[data-testid="table"] tbody tr button').first().click();
    await w.page.getByTestId('deployment-details').waitFor();
    expectContained(w);
  });
});

describe('when the browser takes the WebGL context away', () => {
  let browser: Browser;
  let w: Watched;
  type Sightlines = { sightlines: { map: import('maplibre-gl').Map }; loseContext?: WEBGL_lose_context };
  beforeAll(async () => {
    browser = await launch();
    w = await watchedPage(browser, [origin]);
    await w.page.goto(`${base}?fade=0`);
    await waitForMap(w.page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says the map stopped and opens the table; filters keep working meanwhile', async () => {
    expect(await w.page.locator('#status').isHidden()).toBe(true);
    expect(await w.page.locator('#table').getAttribute('open')).toBeNull();
    await w.page.evaluate(() => {
      const win = window as unknown as Sightlines;
      const gl = win.sightlines.map.getCanvas().getContext('webgl2')!;
      // Kept: once the context is lost, getExtension returns null.
      win.loseContext = gl.getExtension('WEBGL_lose_context')!;
      win.loseContext.loseContext();
    });
    const text = await alertText(w.page);
    expect(text).toMatch(/^The map stopped drawing/);
    expect(text).toContain('The table below lists the same deployments');
    expect(await w.page.locator('#table').getAttribute('open')).not.toBeNull();
    await waitForMap(w.page, 5_000); // data-idle is not left "false"

    // The store, summary and table go on without the map, and the map's listener throws nothing.
    await w.page.getByTestId('vendor-huawei').check();
    const want = summarize(data, { ...all, vendors: ['huawei'] });
    await expect.poll(() => w.page.locator('[data-testid="table"] tbody tr').count()).toBe(want.deployments);
    expect((await summaryNumbers(w.page)).deployments).toBe(want.deployments);
    await expectPageStands(w.page);
    expectContained(w);
  });

  it('hides the message and draws the current filters when the context comes back', async () => {
    await w.page.evaluate(() => (window as unknown as Sightlines).loseContext!.restoreContext());
    await w.page.locator('#status').waitFor({ state: 'hidden', timeout: 20_000 });
    await waitForMap(w.page);
    const drawn = await w.page.evaluate(([key]) => {
      const { map } = (window as unknown as Sightlines).sightlines;
      return { vendors: map.getGlobalState()[key!].vendors, countries: map.queryRenderedFeatures({ layers: ['country-fill'] }).length };
    }, [STATE.filter]);
    expect(drawn.vendors).toBe(choiceKey(['huawei']));
    expect(drawn.countries).toBeGreaterThan(50);
    // The table stays open for whoever was reading it.
    expect(await w.page.locator('#table').getAttribute('open')).not.toBeNull();
    expectContained(w);
  });
});
