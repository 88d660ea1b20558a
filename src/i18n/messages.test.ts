import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LICENCE } from '../data/export.ts';
import { CONTEXT_LOST_MESSAGE } from '../map/context-loss.ts';
import { EMBED_CREDIT } from '../ui/embed-chrome.ts';
import { PAGE_TEXT } from '../ui/page-text.ts';
import { EMBED_TITLE } from '../ui/share-control.ts';
import { LANGUAGES } from './i18n.ts';
import { de, en, es, type Messages, type Plural } from './messages.ts';

const catalogues: Record<string, Record<string, string | Plural>> = { en, de, es };
const placeholders = (m: string | Plural) =>
  [...new Set((typeof m === 'string' ? [m] : Object.values(m)).flatMap((s) => [...(s ?? '').matchAll(/\{(\w+)\}/g)].map((x) => x[1])))].sort();

// Compile-time: a language without a key, or with a key English lacks, is a type error (tsc --noEmit).
// @ts-expect-error 'page.title' is missing
const missing: Messages = (({ 'page.title': _, ...rest }) => rest)(de);
// @ts-expect-error a key English does not have
const extra: Messages = { ...de, 'page.nonsense': 'x' };
// @ts-expect-error a plural message given as a string
const wrongKind: Messages = { ...de, 'summary.deployments': 'Projekte' };
void [missing, extra, wrongKind];

describe('the message catalogue', () => {
  it('has a catalogue for every language', () => {
    expect(Object.keys(catalogues).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(['de', 'es'])('%s has exactly the English keys', (lang) => {
    expect(Object.keys(catalogues[lang]!).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(['en', 'de', 'es'])('%s: every message is non-empty, of the English kind, with the English placeholders', (lang) => {
    for (const [key, english] of Object.entries(en) as [string, string | Plural][]) {
      const m = catalogues[lang]![key]!;
      expect(typeof m, key).toBe(typeof english);
      if (typeof m === 'string') expect(m.trim(), key).not.toBe('');
      else {
        expect(m.other, key).toBeTruthy();
        for (const form of Object.keys(m)) expect(['zero', 'one', 'two', 'few', 'many', 'other'], `${key}.${form}`).toContain(form);
      }
      expect(placeholders(m), key).toEqual(placeholders(english));
    }
  });

  it('is really translated: German and Spanish differ from English in most messages', () => {
    for (const lang of ['de', 'es']) {
      const same = Object.keys(en).filter((k) => JSON.stringify(catalogues[lang]![k]) === JSON.stringify((en as Record<string, unknown>)[k]));
      expect(same.length, `${lang}: ${same.join(', ')}`).toBeLessThan(8);
    }
  });

  it('says in English what the rest of the code says in English', () => {
    expect(en['share.frameTitle']).toBe(EMBED_TITLE);
    expect(en['embed.credit']).toBe(EMBED_CREDIT);
    expect(en['downloads.licence']).toBe(LICENCE);
    expect(en['error.contextLost']).toBe(CONTEXT_LOST_MESSAGE);
  });

  it("holds index.html's English text, which the page shows before (or without) its script", () => {
    const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
    const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    expect(html).toContain(`<title>${en['page.title']}</title>`);
    for (const [, key] of PAGE_TEXT.TEXT) expect(decode(html), key).toContain(`>${en[key]}</`);
    for (const [, attribute, key] of PAGE_TEXT.ATTRIBUTES) expect(decode(html), key).toContain(`${attribute}="${en[key]}"`);
  });
});
