// Shared set-up for browser tests: serve dist/ on localhost, drive Debian's Chromium with
// playwright-core, and record anything that would betray a reader (requests to other hosts,
// script errors, CSP violations).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Chromium's own background traffic would otherwise try to reach the network at start-up.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...ARGS, ...extraArgs] });
}

/** Serves the built site from dist/ on a free localhost port, under a sub-path like a newsroom CMS. */
export async function serveDist(port = 0): Promise<{ server: PreviewServer; origin: string; url: string }> {
  const server = await preview({ preview: { port, host: '127.0.0.1', strictPort: false }, base: '/maps/sightlines/', logLevel: 'silent' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return { server, origin, url: `${origin}/maps/sightlines/` };
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  foreignRequests: string[];
  errors: string[];
  cspViolations: string[];
  /** alert(), confirm() and prompt() texts: a hostile input that ran would show one. Each is dismissed. */
  dialogs: string[];
}

/** A fresh page that records requests outside `allowedOrigins`, uncaught errors, CSP reports and dialogs. */
export async function watchedPage(browser: Browser, allowedOrigins: string[], viewport = { width: 1280, height: 800 }): Promise<Watched> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const w: Watched = { page, context, foreignRequests: [], errors: [], cspViolations: [], dialogs: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (!allowedOrigins.some((o) => url.startsWith(`${o}/`) || url === o)) w.foreignRequests.push(url);
  });
  page.on('pageerror', (e) => w.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(m.text());
    if (/Content Security Policy/i.test(m.text())) w.cspViolations.push(m.text());
  });
  // Anything else on another host is blocked outright, so a test can never leak to the network.
  await context.route(/.*/, (route) => {
    const url = route.request().url();
    return allowedOrigins.some((o) => url.startsWith(`${o}/`)) ? route.continue() : route.abort();
  });
  return w;
}

/** Waits until the map has drawn the current state (the page's data-idle contract). */
export async function waitForMap(page: Page, timeout = 45_000): Promise<void> {
  await page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout, state: 'attached' });
}

export async function summaryNumbers(page: Page): Promise<{ deployments: number; countries: number; briCountries: number; text: string }> {
  return page.locator('[data-testid="summary"]').evaluate((n: HTMLElement) => ({
    deployments: Number(n.dataset.deployments),
    countries: Number(n.dataset.countries),
    briCountries: Number(n.dataset.briCountries),
    text: n.textContent ?? '',
  }));
}

/**
 * Serves one HTML page at / on its own localhost port: a newsroom's article, on another origin
 * than the map it embeds.
 */
export async function serveHostPage(html: string): Promise<{ origin: string; close(): Promise<void> }> {
  const host = http.createServer((req, res) => {
    if (req.url !== '/') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(host.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => host.close(() => resolve())),
  };
}

/** A frame seen as a Page: the helpers here use only waitForSelector, locator and evaluate, which a Frame has too. */
export const asPage = (frame: Frame) => frame as unknown as Page;

/** The page's first iframe, once the map inside it has settled. */
export async function embeddedMap(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  await waitForMap(asPage(frame));
  return frame;
}
