// npm run bench [-- --sizes real,1000,10000,100000] [--runs 5] [--throttled-runs 3] [--changes 20]
//                  [--churn 500] [--churn-size 10000] [--dist dist] [--json bench-results.json] [--skip-data-build]
//
// Measures the built site (dist/) in headless Chromium (Debian's, via playwright-core), for the real
// dataset and deterministic synthetic datasets of the given sizes (scripts/bench/synthetic.ts):
//   - cold load: bytes the server sends before the first settled map, and the time to it, in a
//     fresh browser context per run, with and without 4x CPU throttling (CDP);
//   - filter latency: store change to settled map, for vendor, year and BRI changes, next to two
//     references in the same page: re-uploading the filtered features with setData (the naive way)
//     and a constant paint change (a pure redraw, the floor for any restyle); at the world view
//     and zoomed in;
//   - playback: time per year step; a dragged slider (changes faster than the map draws);
//   - memory: JS heap after a forced GC, before and after many filter changes.
// Prints Markdown tables for BENCHMARKS.md and writes every raw figure to a JSON file.
import { execFileSync, spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { Dataset } from '../../src/data/schema.ts';
import { mapData } from '../../src/data/points.ts';
import { launch } from '../../tests/browser/harness.ts';
import { apportion, attribute } from './attribution.ts';
import { FIRST_IDLE_SCRIPT, HELPERS_SCRIPT } from './page.ts';
import { serveSite, type Sent, type SiteServer } from './serve.ts';
import { datasetJson, syntheticDataset } from './synthetic.ts';

const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'real,1000,10000,100000' },
    runs: { type: 'string', default: '5' },
    'throttled-runs': { type: 'string', default: '3' },
    changes: { type: 'string', default: '20' },
    churn: { type: 'string', default: '500' },
    'churn-size': { type: 'string', default: '10000' },
    dist: { type: 'string', default: 'dist' },
    json: { type: 'string', default: 'bench-results.json' },
    'skip-data-build': { type: 'boolean', default: false },
  },
});
const RUNS = Number(opts.runs);
const THROTTLED_RUNS = Number(opts['throttled-runs']);
const CHANGES = Number(opts.changes);
const CHURN = Number(opts.churn);
const CHURN_SIZE = opts['churn-size'] === 'real' ? 'real' : Number(opts['churn-size']);
const DIST = resolve(opts.dist);
const VIEWPORT = { width: 1280, height: 800 };
/** The heap run draws 500 states; in a smaller window each frame costs less, and the heap is the same. */
const CHURN_VIEWPORT = { width: 800, height: 500 };
/** Zoomed in past the country bubbles (DETAIL_ZOOM 3): Europe, Africa and West Asia, every deployment a dot. */
const DETAIL_VIEW = { lon: 25, lat: 25, zoom: 3.2 };
const BUDGET_4_PER_SECOND = 250;

// ---------------------------------------------------------------- statistics

const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);
/** Nearest-rank percentile. */
export const percentile = (xs: readonly number[], p: number) => {
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};
const median = (xs: readonly number[]) => {
  const s = sorted(xs);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const stats = (xs: readonly number[]) => ({ median: median(xs), p95: percentile(xs, 95), max: Math.max(...xs), n: xs.length, all: xs.map((x) => Math.round(x * 10) / 10) });
type Stats = ReturnType<typeof stats>;

const log = (...args: unknown[]) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...args);

// ---------------------------------------------------------------- browser helpers

/** JS heap of the page's main thread after a forced garbage collection. */
async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * JS heap of the page's workers (MapLibre's tile workers, where the GeoJSON index lives) after a
 * forced garbage collection, summed. Talks to each worker through the page's CDP session
 * (Target.sendMessageToTarget), as playwright-core offers no session for a worker.
 */
async function workerHeapUsed(cdp: CDPSession): Promise<number> {
  type Raw = { send(method: string, params?: object): Promise<unknown>; on(event: string, fn: (e: { sessionId: string; message: string }) => void): void };
  const raw = cdp as unknown as Raw;
  const { targetInfos } = (await raw.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string }[] };
  let total = 0;
  let id = 0;
  const waiting = new Map<number, (result: { usedSize?: number }) => void>();
  raw.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message) as { id?: number; result?: { usedSize?: number } };
    if (m.id !== undefined) waiting.get(m.id)?.(m.result ?? {});
  });
  for (const t of targetInfos.filter((t) => t.type === 'worker')) {
    const { sessionId } = (await raw.send('Target.attachToTarget', { targetId: t.targetId, flatten: false })) as { sessionId: string };
    const call = (method: string) => new Promise<{ usedSize?: number }>((resolve) => {
      waiting.set(++id, resolve);
      void raw.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
    await call('HeapProfiler.collectGarbage');
    total += (await call('Runtime.getHeapUsage')).usedSize ?? 0;
    await raw.send('Target.detachFromTarget', { sessionId });
  }
  return total;
}

async function openPage(browser: Browser, url: string, init: string[], throttle = 1, viewport = VIEWPORT) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  for (const script of init) await page.addInitScript(script);
  const cdp = await context.newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector('[data-testid="map"][data-idle="true"]', { state: 'attached', timeout: 600_000 });
  if (errors.length) throw new Error(`the page reported errors: ${errors.join('; ')}`);
  return { context, page, cdp };
}

interface ColdRun {
  ms: number;
  bytes: number;
  sent: Sent[];
  heap: number | null;
}

async function coldLoad(browser: Browser, server: SiteServer, throttle: number, measureHeap: boolean): Promise<ColdRun> {
  server.log.length = 0;
  const { context, page, cdp } = await openPage(browser, `${server.origin}/?fade=0`, [FIRST_IDLE_SCRIPT], throttle);
  const ms = (await page.evaluate('window.__firstIdle')) as number;
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  // The bytes of the first settled map are those of the requests the page started before it: the
  // records (dataset.json) start loading the moment the map settles, which is before this script
  // hears of it, so the server's log alone would count them. Once the network is quiet, every
  // request has a resource-timing entry with its start time.
  await page.waitForLoadState('networkidle', { timeout: 600_000 });
  const started = new Set(await ev<string[]>(page, `performance.getEntriesByType('resource')
    .filter((e) => e.startTime < window.__firstIdle).map((e) => new URL(e.name).pathname)`));
  const sent = server.log.filter((r) => r.path === '/index.html' || started.has(r.path));
  // The heap once the records have arrived as well: what a reader's tab holds.
  const heap = measureHeap ? await heapUsed(cdp) : null;
  await context.close();
  return { ms, bytes: sent.reduce((s, r) => s + r.bytes, 0), sent, heap };
}

const ev = <T>(page: Page, expr: string) => page.evaluate(expr) as Promise<T>;

interface ViewResults {
  vendor: Stats;
  /** Vendor origin, technology, terms and status, one value at a time (FACET_STEPS). */
  facet: Stats;
  year: Stats;
  bri: Stats;
  redraw: Stats;
  setData: Stats;
  playback: Stats;
  drag: { ms: number; changes: number; gapMs: number };
  /** The synchronous part of the filter changes: the store action and all its subscribers. */
  sync: Stats;
}

/** The new filters' changes, in turn: values every dataset size has (the synthetic ones copy the real). */
const FACET_STEPS: [string, string][] = [
  ['origins', 'CHN'], ['types', 'safe_city'], ['terms', 'chinese_loan'], ['statuses', 'operational'],
  ['origins', 'USA'], ['types', 'facial_recognition'], ['terms', 'not_stated'], ['statuses', 'unknown'],
];

async function measureView(page: Page, data: Dataset, top: string[], years: [number, number][]): Promise<ViewResults> {
  const { min, max } = data.years;
  const args = `${JSON.stringify(top)}, ${JSON.stringify(years)}`;
  // Warm up: shaders, JIT, the first tile rebuilds.
  await ev(page, `__bench.filterRuns('vendor', 3, ${args})`);
  await ev(page, `__bench.redrawRuns(1)`);
  const redrawA = await ev<number[]>(page, `__bench.redrawRuns(${Math.ceil(CHANGES / 2)})`);
  await ev(page, '__bench.takeSyncs()');
  const vendor = await ev<number[]>(page, `__bench.filterRuns('vendor', ${CHANGES}, ${args})`);
  const year = await ev<number[]>(page, `__bench.filterRuns('year', ${CHANGES}, ${args})`);
  const bri = await ev<number[]>(page, `__bench.filterRuns('bri', ${CHANGES}, ${args})`);
  const facet = await ev<number[]>(page, `__bench.filterRuns('facet', ${CHANGES}, ${args}, ${JSON.stringify(FACET_STEPS)})`);
  const sync = await ev<number[]>(page, '__bench.takeSyncs()');
  const redrawB = await ev<number[]>(page, `__bench.redrawRuns(${Math.floor(CHANGES / 2)})`);
  const setData = await ev<number[]>(page, `__bench.setDataRuns(${CHANGES}, ${args})`);
  const playback = await ev<number[]>(page, `__bench.playback(${min}, ${max})`);
  const drag = { changes: 30, gapMs: 16 };
  const dragMs = await ev<number>(page, `__bench.drag(${min}, ${max}, ${drag.changes}, ${drag.gapMs})`);
  return {
    vendor: stats(vendor), facet: stats(facet), year: stats(year), bri: stats(bri), redraw: stats([...redrawA, ...redrawB]),
    setData: stats(setData), playback: stats(playback), drag: { ms: dragMs, ...drag }, sync: stats(sync),
  };
}

/** The year ranges the year-slider changes visit: both ends move, by one to several years. */
function yearRanges(min: number, max: number): [number, number][] {
  const out: [number, number][] = [];
  const span = max - min;
  for (let i = 0; i < 20; i++) {
    const from = min + ((i * 7) % Math.max(1, Math.floor(span / 2)));
    const to = max - ((i * 3) % Math.max(1, Math.floor(span / 3)));
    out.push([from, Math.max(from, to)]);
  }
  return out;
}

function topVendors(data: Dataset, n: number): string[] {
  const counts = new Map<string, number>();
  for (const d of data.deployments) for (const v of d.vendors) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([v]) => v);
}

// ---------------------------------------------------------------- what the bytes are

interface Breakdown {
  [group: string]: { raw: number; gzip: number };
}

/** Splits a cold load's bytes into MapLibre, our code, other libraries, fonts, basemap and data. */
function breakdown(sent: Sent[]): Breakdown {
  const out: Breakdown = {};
  const add = (group: string, raw: number, gzip: number) => {
    const g = (out[group] ??= { raw: 0, gzip: 0 });
    g.raw += raw;
    g.gzip += gzip;
  };
  for (const r of sent) {
    const file = join(DIST, r.path);
    if (r.path.endsWith('.js') && existsSync(`${file}.map`)) {
      const code = readFileSync(file, 'utf8');
      const groups = apportion(attribute(code, JSON.parse(readFileSync(`${file}.map`, 'utf8'))), r.bytes);
      for (const [pkg, g] of groups) add(pkg === 'ours' ? 'our code' : pkg === 'maplibre-gl' ? 'MapLibre' : 'other libraries', g.raw, g.gzip);
    } else if (/maplibre-gl-worker/.test(r.path) || /\/map-view-[^/]*\.css$/.test(r.path)) {
      add('MapLibre', r.raw, r.bytes); // the worker, and maplibre-gl.css (the map-view chunk's only CSS)
    } else if (/\.(woff2?|ttf)$/.test(r.path)) {
      add('fonts', r.raw, r.bytes);
    } else if (r.path.startsWith('/data/countries-')) {
      add('basemap', r.raw, r.bytes);
    } else if (r.path === '/data/points.json') {
      add('map data (points.json)', r.raw, r.bytes);
    } else if (r.path === '/data/dataset.json') {
      add('records (dataset.json)', r.raw, r.bytes); // loads after the first settled map; listed should that ever change
    } else {
      add('our code', r.raw, r.bytes); // index.html, our CSS
    }
  }
  return out;
}

// ---------------------------------------------------------------- the run

interface SizeResults {
  size: string;
  deployments: number;
  datasetBytes: { raw: number; gzip: number };
  pointsBytes: { raw: number; gzip: number };
  cold: { ms: Stats; bytes: number; breakdown: Breakdown; files: { path: string; raw: number; bytes: number }[]; heap: number | null };
  coldThrottled: { ms: Stats } | null;
  world: ViewResults;
  detail: ViewResults;
  churn?: { changes: number; before: number; after: number; growth: number; workerBefore: number; workerAfter: number; workerGrowth: number; ms: number };
  loadavg: number;
}

function otherChromiums(): number {
  const r = spawnSync('pgrep', ['-c', 'chromium'], { encoding: 'utf8' });
  return Number(r.stdout.trim()) || 0;
}

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST} has no built site: run npm run build first`);
  const started = performance.now();
  const others = otherChromiums();
  if (others) log(`warning: ${others} Chromium process(es) already running; results may be disturbed`);
  const real = JSON.parse(readFileSync(join(DIST, 'data/dataset.json'), 'utf8')) as Dataset;
  const server = await serveSite(DIST);
  const browser = await launch();
  const results: SizeResults[] = [];
  try {
    for (const size of opts.sizes.split(',')) {
      const t0 = performance.now();
      const data = size === 'real' ? real : syntheticDataset(real, Number(size));
      const json = size === 'real' ? readFileSync(join(DIST, 'data/dataset.json')) : datasetJson(data);
      const points = size === 'real' ? readFileSync(join(DIST, 'data/points.json')) : datasetJson(mapData(data));
      const served = server.setDataset(points, json).dataset;
      const servedPoints = server.files.get('/data/points.json')!;
      log(`${size}: ${data.deployments.length} deployments, ${(json.length / 1e6).toFixed(1)} MB (${((served.gz?.length ?? 0) / 1e6).toFixed(1)} MB gzip), made in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      // All runs for the real dataset (the cold-load targets are about it); fewer for synthetic
      // sizes, and fewest for the largest, to keep the whole run near ten minutes.
      const big = data.deployments.length >= 50_000;
      const runs = size === 'real' ? RUNS : Math.min(RUNS, big ? 2 : 3);
      const throttledRuns = size === 'real' ? THROTTLED_RUNS : Math.min(THROTTLED_RUNS, 1);

      const cold: ColdRun[] = [];
      for (let i = 0; i < runs; i++) cold.push(await coldLoad(browser, server, 1, i === 0));
      log(`${size}: cold load median ${median(cold.map((c) => c.ms)).toFixed(0)} ms`);
      const throttled: ColdRun[] = [];
      for (let i = 0; i < throttledRuns; i++) throttled.push(await coldLoad(browser, server, 4, false));
      if (throttled.length) log(`${size}: 4x throttled cold load median ${median(throttled.map((c) => c.ms)).toFixed(0)} ms`);

      const top = topVendors(data, 5);
      const years = yearRanges(data.years.min, data.years.max);
      let churn: SizeResults['churn'];
      if (size === String(CHURN_SIZE)) {
        const { context, page, cdp } = await openPage(browser, `${server.origin}/?fade=0`, [HELPERS_SCRIPT], 1, CHURN_VIEWPORT);
        await ev(page, `__bench.filterRuns('year', 6, ${JSON.stringify(top)}, ${JSON.stringify(years)})`);
        const before = await heapUsed(cdp);
        const workerBefore = await workerHeapUsed(cdp);
        const c0 = performance.now();
        await ev(page, `__bench.churn(${CHURN}, ${JSON.stringify(top)}, ${JSON.stringify(years)})`);
        const ms = performance.now() - c0;
        const after = await heapUsed(cdp);
        const workerAfter = await workerHeapUsed(cdp);
        await context.close();
        churn = { changes: CHURN, before, after, growth: (after - before) / before, workerBefore, workerAfter, workerGrowth: (workerAfter - workerBefore) / workerBefore, ms };
        log(`${size}: heap ${(before / 1e6).toFixed(1)} -> ${(after / 1e6).toFixed(1)} MB, worker ${(workerBefore / 1e6).toFixed(1)} -> ${(workerAfter / 1e6).toFixed(1)} MB after ${CHURN} changes (${(ms / 1000).toFixed(0)} s)`);
      }
      const { context, page } = await openPage(browser, `${server.origin}/?fade=0`, [HELPERS_SCRIPT]);
      const world = await measureView(page, data, top, years);
      log(`${size}: world view: vendor ${world.vendor.median.toFixed(0)}, new filters ${world.facet.median.toFixed(0)}, year ${world.year.median.toFixed(0)}, bri ${world.bri.median.toFixed(0)}, redraw ${world.redraw.median.toFixed(0)}, setData ${world.setData.median.toFixed(0)} ms`);
      await ev(page, `__bench.goTo(${DETAIL_VIEW.lon}, ${DETAIL_VIEW.lat}, ${DETAIL_VIEW.zoom})`);
      const detail = await measureView(page, data, top, years);
      log(`${size}: zoomed in: vendor ${detail.vendor.median.toFixed(0)}, new filters ${detail.facet.median.toFixed(0)}, year ${detail.year.median.toFixed(0)}, bri ${detail.bri.median.toFixed(0)}, redraw ${detail.redraw.median.toFixed(0)}, setData ${detail.setData.median.toFixed(0)} ms`);
      await context.close();

      const first = cold[0]!;
      results.push({
        size,
        deployments: data.deployments.length,
        datasetBytes: { raw: json.length, gzip: served.gz?.length ?? json.length },
        pointsBytes: { raw: points.length, gzip: servedPoints.gz?.length ?? points.length },
        cold: {
          ms: stats(cold.map((c) => c.ms)),
          bytes: first.bytes,
          breakdown: breakdown(first.sent),
          files: first.sent.map((s) => ({ path: s.path, raw: s.raw, bytes: s.bytes })),
          heap: first.heap,
        },
        coldThrottled: throttled.length ? { ms: stats(throttled.map((c) => c.ms)) } : null,
        world,
        detail,
        ...(churn ? { churn } : {}),
        loadavg: loadavg()[0]!,
      });
      log(`${size}: done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const dataBuild = opts['skip-data-build'] ? null : runDataBuildBench();
  const machine = {
    date: new Date().toISOString().slice(0, 10),
    cpu: `${cpus().length} x ${cpus()[0]?.model ?? 'unknown CPU'}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    browser: chromiumVersion(),
    otherChromiumsAtStart: others,
    otherChromiumsAtEnd: otherChromiums(),
    minutes: (performance.now() - started) / 60_000,
  };
  writeFileSync(opts.json, `${JSON.stringify({ machine, dataBuild, results }, null, 1)}\n`);
  console.log(report(machine, results, dataBuild));
  log(`raw figures in ${opts.json}; ${machine.minutes.toFixed(1)} minutes in all`);
}

function chromiumVersion(): string {
  try {
    return execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

function runDataBuildBench(): string | null {
  log('data build benchmark (npm run bench:data)');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-data.ts'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

// ---------------------------------------------------------------- Markdown

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
const ms = (n: number) => `${n.toFixed(0)}`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
const label = (r: SizeResults) => (r.size === 'real' ? `real (${r.deployments})` : r.deployments.toLocaleString('en'));

function report(machine: Record<string, unknown>, results: SizeResults[], dataBuild: string | null): string {
  const out: string[] = [];
  out.push(`Machine: ${machine.cpu}, ${machine.memory}, Node ${machine.node}; ${machine.browser}, headless, SwiftShader WebGL2; viewport ${VIEWPORT.width}x${VIEWPORT.height}; ${machine.date}. Other Chromium processes at start/end: ${machine.otherChromiumsAtStart}/${machine.otherChromiumsAtEnd}.`, '');

  out.push('### Cold load', '', '| dataset | dataset.json raw / gzip | points.json (loaded first) raw / gzip | bytes sent before the first settled map (gzip) | first settled map, median ms | 4x CPU throttled, median ms | JS heap, records loaded |', '| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of results) {
    out.push(`| ${label(r)} | ${mb(r.datasetBytes.raw)} / ${mb(r.datasetBytes.gzip)} | ${mb(r.pointsBytes.raw)} / ${kb(r.pointsBytes.gzip)} | ${kb(r.cold.bytes)} | ${ms(r.cold.ms.median)} (${r.cold.ms.n} runs: ${r.cold.ms.all.map((x) => x.toFixed(0)).join(', ')}) | ${r.coldThrottled ? `${ms(r.coldThrottled.ms.median)} (${r.coldThrottled.ms.n} runs: ${r.coldThrottled.ms.all.map((x) => x.toFixed(0)).join(', ')})` : '-'} | ${r.cold.heap ? mb(r.cold.heap) : '-'} |`);
  }
  const firstReal = results[0];
  if (firstReal) {
    out.push('', `What the first settled map downloads (${label(firstReal)} dataset; gzip as sent, raw in brackets):`, '', '| part | gzip | raw |', '| --- | --- | --- |');
    for (const [group, g] of Object.entries(firstReal.cold.breakdown).sort((a, b) => b[1].gzip - a[1].gzip)) out.push(`| ${group} | ${kb(g.gzip)} | ${kb(g.raw)} |`);
    out.push(`| **total** | **${kb(firstReal.cold.bytes)}** | ${kb(firstReal.cold.files.reduce((s, f) => s + f.raw, 0))} |`);
    out.push('', 'Files:', '', '| file | sent | raw |', '| --- | --- | --- |');
    for (const f of firstReal.cold.files) out.push(`| ${f.path} | ${kb(f.bytes)} | ${kb(f.raw)} |`);
  }

  for (const view of ['world', 'detail'] as const) {
    out.push('', `### Filter latency, ${view === 'world' ? 'world view (the default)' : `zoomed in (zoom ${DETAIL_VIEW.zoom} at ${DETAIL_VIEW.lon}°E ${DETAIL_VIEW.lat}°N, deployments as dots)`}`, '');
    out.push('ms from the store change to the settled map, median / p95 (20 changes each unless stated).', '');
    out.push('| dataset | vendor | new filters (origin, technology, terms, status) | year | BRI | of which synchronous JS | pure redraw | setData (naive) | filter median / redraw | new filters / redraw | filter median / setData |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of results) {
      const v = r[view];
      const medians = [v.vendor.median, v.facet.median, v.year.median, v.bri.median];
      const worst = Math.max(...medians);
      const best = Math.min(...medians);
      const f = (s: Stats) => `${ms(s.median)} / ${ms(s.p95)}`;
      out.push(`| ${label(r)} | ${f(v.vendor)} | ${f(v.facet)} | ${f(v.year)} | ${f(v.bri)} | ${f(v.sync)} | ${f(v.redraw)} | ${f(v.setData)} | ${ratio(best, v.redraw.median)}-${ratio(worst, v.redraw.median)} | ${ratio(v.facet.median, v.redraw.median)} | ${ratio(best, v.setData.median)}-${ratio(worst, v.setData.median)} |`);
    }
    out.push('', `Playback (one year step, ${view}) and a dragged year slider (30 changes 16 ms apart):`, '', '| dataset | step median | step p95 | step max | budget at 4 steps/s | drag: first input to settled map |', '| --- | --- | --- | --- | --- | --- |');
    for (const r of results) {
      const v = r[view];
      out.push(`| ${label(r)} | ${ms(v.playback.median)} | ${ms(v.playback.p95)} | ${ms(v.playback.max)} | ${v.playback.max <= BUDGET_4_PER_SECOND ? 'met' : 'missed'} (${BUDGET_4_PER_SECOND} ms) | ${ms(v.drag.ms)} |`);
    }
  }

  const churned = results.filter((r) => r.churn);
  if (churned.length) {
    out.push('', '### Memory', '', `JS heap after a forced GC, before and after the changes (vendor, year and BRI in turn, each waited for until the map settled; world view, ${CHURN_VIEWPORT.width}x${CHURN_VIEWPORT.height} window).`, '', '| dataset | changes | page heap before | after | growth | worker heap before | after | growth |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of churned) {
      const c = r.churn!;
      out.push(`| ${label(r)} | ${c.changes} | ${mb(c.before)} | ${mb(c.after)} | ${(c.growth * 100).toFixed(1)}% | ${mb(c.workerBefore)} | ${mb(c.workerAfter)} | ${(c.workerGrowth * 100).toFixed(1)}% |`);
    }
  }
  if (dataBuild) out.push('', '### Data build', '', '```', dataBuild, '```');
  return out.join('\n');
}

await main();
