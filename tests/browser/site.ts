// The set-up most browser test files share: the dataset dist/ serves (to compute the numbers the
// page must show), and one served site with one Chromium per file. Kept apart from harness.ts,
// which the benchmark imports outside vitest.
import { readFileSync } from 'node:fs';
import type { Browser, Frame } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import type { Dataset } from '../../src/data/schema.ts';
import { defaultFilters, summarize, type Filters } from '../../src/store/filters.ts';
import { embeddedMap, launch, serveDist, serveHostPage, waitForMap, watchedPage, type Watched } from './harness.ts';

/** Every record the built site serves (dist/data/dataset.json). Run `npm run build` first. */
export const data = JSON.parse(readFileSync('dist/data/dataset.json', 'utf8')) as Dataset;

/** The default filters: every vendor, every year, any BRI status. */
export const all: Filters = defaultFilters(data.years);

/** What the summary must say under the default filters changed by `f`. */
export const expected = (f: Partial<Filters> = {}) => summarize(data, { ...all, ...f });

export interface Site {
  /** Set before the file's first test runs. */
  browser: Browser;
  origin: string;
  /** The site's address, under a sub-path as a newsroom CMS would serve it. */
  base: string;
  /** A fresh watched page at `search` (label fades off), once its map has settled. */
  open(search?: string, viewport?: { width: number; height: number }): Promise<Watched>;
}

/** Serves dist/ and launches Chromium before the file's tests, and stops both after them. */
export function useSite(): Site {
  let server: PreviewServer | undefined;
  const site: Site = {
    browser: undefined as unknown as Browser,
    origin: '',
    base: '',
    async open(search = '', viewport) {
      const w = await watchedPage(site.browser, [site.origin], viewport);
      await w.page.goto(`${site.base}${search}${search.includes('?') ? '&' : '?'}fade=0`);
      await waitForMap(w.page);
      return w;
    },
  };
  beforeAll(async () => {
    let url: string;
    ({ server, origin: site.origin, url } = await serveDist());
    site.base = url;
    site.browser = await launch();
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}

export interface EmbedSite extends Site {
  /** The article's origin: another localhost port than the map's. */
  hostOrigin: string;
  /** The article, watched for both origins, and the map's frame in it, once its map has settled. */
  w: Watched;
  frame: Frame;
}

/**
 * A newsroom article on its own origin that embeds the built map: `article(mapBase)` writes its
 * HTML; `beforeLoad` runs on the watched page before the article loads (for init scripts).
 */
export function useEmbed(article: (mapBase: string) => string, beforeLoad?: (w: Watched) => Promise<void>): EmbedSite {
  const embed = useSite() as EmbedSite;
  let host: Awaited<ReturnType<typeof serveHostPage>> | undefined;
  beforeAll(async () => {
    host = await serveHostPage(article(embed.base));
    embed.hostOrigin = host.origin;
    embed.w = await watchedPage(embed.browser, [host.origin, embed.origin]);
    await beforeLoad?.(embed.w);
    await embed.w.page.goto(`${host.origin}/`);
    embed.frame = await embeddedMap(embed.w.page);
  });
  afterAll(async () => {
    await host?.close();
  });
  return embed;
}
