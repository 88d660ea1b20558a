// lang= is not state: the app's rewrites of the address, the share link, the embed code and an
// embed's "Open full map" link all keep it as it is.
import { describe, expect, it } from 'vitest';
import { searchFor } from '../embed/url-sync.ts';
import { initialState } from '../store/store.ts';
import { TEST_DATA } from '../test-fixtures.ts';
import { fullMapUrl } from '../ui/embed-chrome.ts';
import { embedSnippet, embedUrl } from '../ui/share-control.ts';
import { withLanguage } from './i18n.ts';

const BASE = 'https://maps.example.org/sightlines/';
const defaults = initialState(TEST_DATA);

describe('lang= in links', () => {
  it('survives the query string the app writes for a new state', () => {
    const state = { ...defaults, filters: { ...defaults.filters, vendors: ['huawei'] } };
    const search = new URLSearchParams(searchFor(state, defaults, '?lang=de&vendor=zte'));
    expect(search.get('lang')).toBe('de');
    expect(search.get('vendor')).toBe('huawei');
    expect(searchFor(defaults, defaults, '?lang=es')).toBe('?lang=es');
  });

  it('goes into the embed address and snippet, and back out to the full map', () => {
    const href = `${BASE}?vendor=huawei&lang=es`;
    expect(new URL(embedUrl(href)).searchParams.get('lang')).toBe('es');
    expect(embedSnippet(href, 'Mapa: quién vende tecnología de vigilancia a quién')).toContain('title="Mapa: quién vende tecnología de vigilancia a quién" src="https://maps.example.org/sightlines/?vendor=huawei&amp;lang=es&amp;embed=1"');
    expect(new URL(fullMapUrl(`${href}&embed=1&childId=m`)).searchParams.get('lang')).toBe('es');
  });

  it('escapes a frame title like any attribute', () => {
    expect(embedSnippet(BASE, 'a "quoted" <title>').split('\n')[0]).toContain('title="a &quot;quoted&quot; &lt;title&gt;"');
  });

  it('is replaced, never repeated, by the language switch', () => {
    expect(new URL(withLanguage(`${BASE}?lang=%3Cscript%3E&lang=fr&bri=member`, 'de')).search).toBe('?lang=de&bri=member');
  });
});
