import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datawrapperHeightMessage, pymHeightMessage } from '../embed/height.ts';
import { EMBED_HEIGHT, EMBED_TITLE, embedSnippet, embedUrl, RESIZE_SCRIPT } from './share-control.ts';

const BASE = 'https://maps.example.org/sightlines/';

describe('embedUrl', () => {
  it('keeps the state in the query string and adds embed=1', () => {
    const url = new URL(embedUrl(`${BASE}?vendor=huawei,zte&bri=member&view=10.000,20.000,3.00#x`));
    expect(url.origin + url.pathname).toBe(BASE);
    expect(url.searchParams.get('vendor')).toBe('huawei,zte');
    expect(url.searchParams.get('bri')).toBe('member');
    expect(url.searchParams.get('view')).toBe('10.000,20.000,3.00');
    expect(url.searchParams.getAll('embed')).toEqual(['1']);
    expect(url.hash).toBe('');
  });

  it('does not repeat embed when the page is already an embed', () => {
    expect(new URL(embedUrl(`${BASE}?embed=0&embed=1`)).searchParams.getAll('embed')).toEqual(['1']);
  });
});

describe('embedSnippet', () => {
  const snippet = embedSnippet(`${BASE}?vendor=huawei&bri=member`);
  const iframe = snippet.split('\n')[0] ?? '';

  it('starts with the documented iframe, its src escaped for an attribute', () => {
    expect(iframe).toBe(
      `<iframe title="${EMBED_TITLE}" src="${BASE}?vendor=huawei&amp;bri=member&amp;embed=1" width="100%" height="${EMBED_HEIGHT}" loading="lazy" style="border:0" allow="fullscreen"></iframe>`,
    );
  });

  it('cannot be broken out of by a hostile address', () => {
    const s = embedSnippet(`${BASE}?vendor="><script>alert(1)</script>`);
    const first = s.split('\n')[0] ?? '';
    expect(first.match(/<script/gi)).toBeNull();
    expect(first.match(/"/g)?.length).toBe(14); // seven attributes, each value quoted once
  });

  it('ends with the resize script', () => {
    expect(snippet.endsWith(`<script>${RESIZE_SCRIPT}</script>`)).toBe(true);
  });
});

// Runs the host-page script against stand-ins for window and document: no DOM needed.
function host(frameCount: number) {
  let listener: ((e: { data: unknown; source: unknown }) => void) | undefined;
  const frames = Array.from({ length: frameCount }, () => ({ contentWindow: {}, style: { height: '' } }));
  const win = { addEventListener: (type: string, fn: typeof listener) => type === 'message' && (listener = fn) };
  const doc = { getElementsByTagName: (tag: string) => (tag === 'iframe' ? frames : []) };
  new Function('window', 'document', RESIZE_SCRIPT)(win, doc);
  return { frames, send: (data: unknown, source: unknown) => listener?.({ data, source }) };
}

describe('RESIZE_SCRIPT', () => {
  it('sets the sending frame to a pym.js height', () => {
    const h = host(2);
    h.send(pymHeightMessage('sightlines', 642), h.frames[1]?.contentWindow);
    expect(h.frames.map((f) => f.style.height)).toEqual(['', '642px']);
  });

  it('sets the sending frame to a Datawrapper height', () => {
    const h = host(2);
    h.send(datawrapperHeightMessage('story-2', 710), h.frames[0]?.contentWindow);
    expect(h.frames.map((f) => f.style.height)).toEqual(['710px', '']);
  });

  it('ignores other messages, other windows and absurd heights', () => {
    const h = host(1);
    const me = h.frames[0]?.contentWindow;
    h.send('hello', me);
    h.send({ type: 'resize', height: 300 }, me);
    h.send(null, me);
    h.send(pymHeightMessage('sightlines', 0), me);
    h.send(datawrapperHeightMessage('sightlines', 99999), me);
    h.send(pymHeightMessage('sightlines', 500), {});
    expect(h.frames[0]?.style.height).toBe('');
  });
});

describe('docs/embedding.md', () => {
  it("gives the resize script's current CSP hash", () => {
    const doc = readFileSync(new URL('../../docs/embedding.md', import.meta.url), 'utf8');
    const hash = createHash('sha256').update(RESIZE_SCRIPT).digest('base64');
    expect(doc).toContain(`'sha256-${hash}'`);
  });
});
