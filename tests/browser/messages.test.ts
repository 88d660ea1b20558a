// The map listens to no postMessage: a host page (or anything else holding a reference to its
// window) can send it whatever it likes and nothing changes. Checked with the map embedded on
// another origin, as newsrooms do, and with messages the frame posts to itself. Run `npm run build` first.
import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { asPage, summaryNumbers, waitForMap, type Watched } from './harness.ts';
import { data, useEmbed } from './site.ts';

const CHILD_ID = 'story-map';
/**
 * Runs in a page: posts junk of many shapes to `target` — strings, objects, the pym.js and
 * Datawrapper formats, look-alike commands for our own state, markup, binary data, a transferred
 * port. Self-contained, because Playwright sends it to the page as source.
 */
function postJunk({ toFrame, childId, someId, targetOrigin }: { toFrame: boolean; childId: string; someId: string; targetOrigin: string }): number {
  const target = toFrame ? document.querySelector('iframe')!.contentWindow! : window;
  const pym = (type: string, value: string) => `pymxPYMx${childId}xPYMx${type}xPYMx${value}`;
  let deep: Record<string, unknown> = {};
  const root = deep;
  for (let i = 0; i < 500; i++) deep = (deep.next = {}) as Record<string, unknown>;
  const messages: unknown[] = [
    '', 'hello', 'x'.repeat(1_000_000), '<img src=x onerror=alert(1)>', 'javascript:alert(1)',
    pym('width', '600'), pym('width', '-1'), pym('viewport-iframe-position', '1280 800 0 0'), pym('scrollToChildPos', '100'),
    pym('navigateTo', 'javascript:alert(1)'), pym('height', '99999'), 'pymxPYMx', 'pymxPYMxxPYMxxPYMx',
    { 'datawrapper-height': { [childId]: 100 } }, { 'datawrapper-height': 'x' }, { type: 'datawrapper:vis:rendered' },
    '{"vendor":"huawei"}', JSON.stringify({ type: 'setState', state: { filters: { vendors: ['huawei'] }, selected: someId } }),
    { vendor: 'huawei' }, { type: 'select', id: someId }, { select: someId }, { filters: { vendors: ['huawei'], from: 2020, to: 2020 } },
    { sightlines: { select: someId, view: '0,0,5' } }, { href: 'javascript:alert(1)' }, { html: '<svg onload=alert(1)>' },
    JSON.parse('{"__proto__": {"polluted": true}}'), { constructor: { prototype: { polluted: true } } },
    null, undefined, 0, -1, NaN, Infinity, true, false, [], [1, 'two', { three: 3 }], new Date(0), /x/g,
    new ArrayBuffer(1024), new Uint8Array([60, 115, 99, 114, 105, 112, 116, 62]), new Blob(['<script>alert(1)</script>'], { type: 'text/html' }),
    new Map([['vendor', 'huawei']]), new Set(['huawei']), root,
  ];
  for (const m of messages) target.postMessage(m, targetOrigin);
  const channel = new MessageChannel();
  target.postMessage({ type: 'connect', port: 'here' }, targetOrigin, [channel.port2]);
  channel.port1.postMessage({ vendor: 'huawei' });
  return messages.length + 1;
}

/** What a message could have changed in the map's page. */
function stateOf(page: Page) {
  return page.evaluate(() => ({
    url: location.href,
    detailsHidden: document.querySelector<HTMLElement>('[data-testid="details"]')!.hidden,
    checked: [...document.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value),
    scrollY: window.scrollY,
    polluted: (Object.prototype as Record<string, unknown>).polluted ?? null,
    // The app adds no message listener (counted by the init script) and sets no onmessage.
    listeners: (window as unknown as { messageListeners: number }).messageListeners,
    onmessage: window.onmessage === null,
  }));
}

describe('messages posted to the map', () => {
  /** A bare article with the map in a frame. */
  const article = (mapBase: string) => {
    const src = `${mapBase}?embed=1&childId=${CHILD_ID}&fade=0`.replace(/&/g, '&amp;');
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A story</title></head>
<body><h1>A story</h1><iframe title="Map" src="${src}" width="700" height="700" style="border:0"></iframe></body></html>`;
  };
  const embed = useEmbed(article, async (w) => {
    // Before any script of the page: count every "message" listener added to a window.
    await w.context.addInitScript(() => {
      let n = 0;
      const add = EventTarget.prototype.addEventListener;
      EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
        if (type === 'message' && this === window) n++;
        return (add as (...a: unknown[]) => void).call(this, type, ...rest);
      } as typeof add;
      Object.defineProperty(window, 'messageListeners', { get: () => n });
    });
  });
  let w: Watched;
  let frame: Frame;
  beforeAll(() => {
    ({ w, frame } = embed);
  });

  it('change nothing, from the host page on another origin or from the frame itself', async () => {
    const page = asPage(frame);
    // The details panel mounts once the records have loaded, after the first settled map.
    await page.waitForSelector('[data-testid="details"]', { state: 'attached' });
    const summaryBefore = await summaryNumbers(page);
    const before = await stateOf(page);
    expect(before.listeners).toBe(0);
    expect(before.onmessage).toBe(true);
    expect(summaryBefore.deployments).toBe(data.deployments.length);

    const someId = data.deployments[0]!.id;
    let sent = 0;
    for (const targetOrigin of ['*', embed.origin]) sent += await w.page.evaluate(postJunk, { toFrame: true, childId: CHILD_ID, someId, targetOrigin });
    sent += await frame.evaluate(postJunk, { toFrame: false, childId: CHILD_ID, someId, targetOrigin: '*' });
    expect(sent).toBeGreaterThan(100);

    // Room for any handler to act: a few frames and a moment for the map.
    await frame.evaluate(() => new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(resolve)), 500)));
    await waitForMap(page);
    expect(await summaryNumbers(page)).toEqual(summaryBefore);
    expect(await stateOf(page)).toEqual(before);
    expect(frame.url()).toBe(before.url);
    // The listener count above is real: a listener added now is counted.
    expect(await frame.evaluate(() => {
      window.addEventListener('message', () => {});
      return (window as unknown as { messageListeners: number }).messageListeners;
    })).toBe(1);
  });

  it('open no dialog, throw nothing, break no CSP rule and call no other host', () => {
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.cspViolations).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
  });
});
