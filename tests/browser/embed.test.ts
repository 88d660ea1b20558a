// The map as a newsroom embeds it: the snippet from the Share panel, pasted into a page on another
// origin, in a sandboxed iframe. Run `npm run build` first: this serves dist/.
import { noFacets } from '../../src/store/facets.ts';
import type { Frame } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { summarize } from '../../src/store/filters.ts';
import { embedSnippet, EMBED_HEIGHT } from '../../src/ui/share-control.ts';
import { asPage, summaryNumbers, waitForMap, watchedPage, type Watched } from './harness.ts';
import { data, useEmbed } from './site.ts';

const SANDBOX = 'allow-scripts allow-same-origin allow-popups';
const CHILD_ID = 'story-map';

/** A story page: a link, the snippet in a sandboxed frame, a link, then 3000px of text. */
function hostPage(mapUrl: string): string {
  const snippet = embedSnippet(mapUrl).replace('<iframe ', `<iframe sandbox="${SANDBOX}" `);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A story</title>
<style>body { max-width: 720px; margin: 0 auto; padding: 0 20px; font: 17px/1.6 Georgia, serif; } .filler { height: 3000px; }</style>
<script>
  window.received = [];
  window.addEventListener('message', function (e) {
    var frame = document.querySelector('iframe');
    window.received.push({ data: e.data, origin: e.origin, fromFrame: e.source === frame.contentWindow });
  });
</script>
</head><body>
<h1>A story about surveillance exports</h1>
<p><a id="before" href="#before">A link before the map</a></p>
${snippet}
<script>window.initialFrameHeight = document.querySelector('iframe').getBoundingClientRect().height;</script>
<p><a id="after" href="#after">A link after the map</a></p>
<div class="filler">${'The story goes on. '.repeat(400)}</div>
</body></html>`;
}

interface Received {
  data: unknown;
  origin: string;
  fromFrame: boolean;
}

describe('the map embedded in a page on another origin', () => {
  const embed = useEmbed((mapBase) => hostPage(`${mapBase}?vendor=huawei&bri=member&childId=${CHILD_ID}&fade=0`));
  let w: Watched;
  let frame: Frame;
  beforeAll(() => {
    ({ w, frame } = embed);
    expect(embed.hostOrigin).not.toBe(embed.origin);
  });

  it('sends its height in both formats, and the snippet sizes the frame to it', async () => {
    // Both formats for the latest height, and the frame already at that height.
    const px = await w.page
      .waitForFunction(
        () => {
          const got = (window as unknown as { received: Received[] }).received.filter((m) => m.fromFrame);
          const pym = [...got].reverse().find((m) => typeof m.data === 'string');
          const dw = [...got].reverse().find((m) => typeof m.data === 'object' && m.data !== null);
          const height = document.querySelector('iframe')!.getBoundingClientRect().height;
          const n = pym ? Number(String(pym.data).split('xPYMx').pop()) : NaN;
          return pym && dw && height === n ? n : null;
        },
        undefined,
        { timeout: 20_000 },
      )
      .then((h) => h.jsonValue() as Promise<number>);

    const received = await w.page.evaluate(() => (window as unknown as { received: Received[] }).received);
    const fromFrame = received.filter((m) => m.fromFrame);
    expect(fromFrame.length).toBeGreaterThanOrEqual(2);
    expect(fromFrame.every((m) => m.origin === embed.origin)).toBe(true);
    expect(fromFrame.map((m) => m.data)).toContain(`pymxPYMx${CHILD_ID}xPYMxheightxPYMx${px}`);
    expect(fromFrame.map((m) => m.data)).toContainEqual({ 'datawrapper-height': { [CHILD_ID]: px } });

    const initial = await w.page.evaluate(() => (window as unknown as { initialFrameHeight: number }).initialFrameHeight);
    expect(initial).toBe(EMBED_HEIGHT);
    expect(px).not.toBe(EMBED_HEIGHT);
    expect(px).toBeGreaterThan(480); // the map alone is 480px

    // The frame fits its page exactly: no scroll bar inside, nothing cut off.
    const inner = await frame.evaluate(() => ({
      height: Math.ceil(document.documentElement.getBoundingClientRect().height),
      scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
    }));
    expect(inner).toEqual({ height: px, scrolls: false });
  });

  it('applies the filters in its address', async () => {
    const rule = data.deployments.filter((d) => d.vendors.includes('huawei') && d.briAtYear).length;
    const expected = summarize(data, { ...noFacets(), vendors: ['huawei'], from: data.years.min, to: data.years.max, bri: 'member' });
    expect(expected.deployments).toBe(rule);
    expect(rule).toBeGreaterThan(0);

    const shown = await summaryNumbers(asPage(frame));
    expect(shown.deployments).toBe(rule);
    expect(shown.countries).toBe(expected.countries);
    const active = await frame.locator('[data-testid="active-filters"]').innerText();
    expect(active).toContain('Huawei');
    expect(active).toContain('BRI members');

    // The compact layout: no masthead, filter panel folded away, a 480px map.
    expect(await frame.locator('.masthead').isVisible()).toBe(false);
    expect(await frame.locator('#filters').isVisible()).toBe(false);
    expect((await frame.locator('.map-wrap').boundingBox())?.height).toBeCloseTo(480, 0);

    const link = frame.locator('[data-testid="open-full-map"]');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener');
    const full = new URL((await link.getAttribute('href')) ?? '');
    expect(full.origin).toBe(embed.origin);
    expect(full.searchParams.get('vendor')).toBe('huawei');
    expect(full.searchParams.get('bri')).toBe('member');
    expect(full.searchParams.has('embed')).toBe(false);
    expect(full.searchParams.has('childId')).toBe(false);
  });

  it('lets the mouse wheel scroll the story over the map without zooming it', async () => {
    const zoomBefore = await frame.evaluate(() => (window as unknown as { sightlines: { map: { getZoom(): number } } }).sightlines.map.getZoom());
    const box = await frame.locator('[data-testid="map"]').boundingBox(); // in the host page's viewport
    if (!box) throw new Error('the map has no box');
    expect(await w.page.evaluate(() => window.scrollY)).toBe(0);

    await w.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 3; i++) await w.page.mouse.wheel(0, 200);
    await w.page.waitForFunction(() => window.scrollY > 0, undefined, { timeout: 5_000 });
    await w.page.waitForTimeout(400); // room for a zoom animation, had the map taken the wheel

    expect(await w.page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const zoomAfter = await frame.evaluate(() => (window as unknown as { sightlines: { map: { getZoom(): number } } }).sightlines.map.getZoom());
    expect(zoomAfter).toBe(zoomBefore);
  });

  it('lets Tab reach the map and leave it again, out of the frame', async () => {
    await w.page.evaluate(() => window.scrollTo(0, 0));
    await w.page.focus('#before');
    const where = () =>
      w.page.evaluate(() => (document.activeElement?.tagName === 'IFRAME' ? 'frame' : (document.activeElement?.id ?? '')));
    const inFrame = () =>
      frame.evaluate(() => {
        const a = document.activeElement;
        return { canvas: a?.classList.contains('maplibregl-canvas') ?? false, inMap: !!a?.closest('#map') };
      });

    const path: string[] = [];
    let reachedCanvas = false;
    let leftMap = false;
    for (let i = 0; i < 20; i++) {
      await w.page.keyboard.press('Tab');
      const host = await where();
      if (host !== 'frame') {
        path.push(host);
        if (host === 'after') break;
        continue;
      }
      const f = await inFrame();
      path.push(f.canvas ? 'canvas' : f.inMap ? 'map control' : 'frame');
      if (f.canvas) reachedCanvas = true;
      if (reachedCanvas && !f.inMap) leftMap = true;
    }
    expect(reachedCanvas, path.join(' > ')).toBe(true);
    expect(path.at(-1), path.join(' > ')).toBe('after');
    // The focus went past the map (to the credit line's link) before leaving the frame.
    expect(leftMap, path.join(' > ')).toBe(true);
  });

  it('gives, on the full map, an embed code that follows the filters', async () => {
    const full = await watchedPage(embed.browser, [embed.origin]);
    try {
      await full.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: embed.origin });
      await full.page.goto(`${embed.base}?bri=member&fade=0`);
      await waitForMap(full.page);
      const code = full.page.locator('[data-testid="share-embed"]');
      const srcOf = async () => {
        const m = /src="([^"]+)"/.exec(await code.inputValue());
        return new URL((m?.[1] ?? '').replace(/&amp;/g, '&'));
      };

      await full.page.click('[data-testid="share-button"]');
      expect(await full.page.locator('[data-testid="share-link"]').inputValue()).toBe(full.page.url());
      let src = await srcOf();
      expect(src.searchParams.get('bri')).toBe('member');
      expect(src.searchParams.get('embed')).toBe('1');
      expect(await code.inputValue()).toContain('contentWindow === event.source');

      // A click outside closes the panel; the code follows the store all the same.
      await full.page.click('[data-testid="vendor-huawei"]');
      await expect.poll(async () => (await srcOf()).searchParams.get('vendor')).toBe('huawei');
      expect(await full.page.locator('[data-testid="share-panel"]').isVisible()).toBe(false);
      await full.page.click('[data-testid="share-button"]');
      src = await srcOf();
      expect(src.searchParams.get('bri')).toBe('member');
      expect(src.searchParams.get('vendor')).toBe('huawei');
      expect(await full.page.locator('[data-testid="share-link"]').inputValue()).toBe(full.page.url());

      await full.page.getByRole('button', { name: 'Copy embed code' }).click();
      await expect.poll(() => full.page.locator('.share-status').textContent()).toContain('copied');
      expect(await full.page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());

      await full.page.keyboard.press('Escape');
      expect(await full.page.locator('[data-testid="share-panel"]').isVisible()).toBe(false);
      expect(full.foreignRequests).toEqual([]);
      expect(full.errors).toEqual([]);
    } finally {
      await full.context.close();
    }
  });

  it('sends no request beyond the two local origins, and logs no error', () => {
    expect(w.foreignRequests).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.cspViolations).toEqual([]);
  });
});
