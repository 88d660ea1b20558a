import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LICENCE } from '../data/export.ts';
import { CONTEXT_LOST_MESSAGE } from '../map/context-loss.ts';
import { EMBED_CREDIT } from '../ui/embed-chrome.ts';
import { PAGE_TEXT } from '../ui/page-text.ts';
import { EMBED_TITLE } from '../ui/share-control.ts';
import { LANGUAGES } from './i18n.ts';
import { de, en, es, fr, pt, type Messages, type Plural } from './messages.ts';

type Catalogue = Record<string, string | Plural>;
const catalogues: Record<string, Catalogue> = { en, de, es, pt, fr };
const translations = LANGUAGES.filter((lang) => lang !== 'en');
const placeholders = (m: string | Plural) =>
  [...new Set((typeof m === 'string' ? [m] : Object.values(m)).flatMap((s) => [...(s ?? '').matchAll(/\{(\w+)\}/g)].map((x) => x[1])))].sort();

/**
 * What is wrong with a translation measured against the English: keys it lacks or adds, messages
 * that are empty, of the other kind (string or plural), with unknown plural forms or without
 * `other`, or with other {placeholders}. Empty when all is well.
 */
function problems(english: Catalogue, translation: Catalogue): string[] {
  const found: string[] = [];
  for (const key of Object.keys(english)) if (!Object.hasOwn(translation, key)) found.push(`${key}: missing`);
  for (const key of Object.keys(translation)) if (!Object.hasOwn(english, key)) found.push(`${key}: not in English`);
  for (const [key, m] of Object.entries(translation)) {
    const reference = english[key];
    if (reference === undefined) continue;
    if (typeof m !== typeof reference) found.push(`${key}: a ${typeof m === 'string' ? 'string' : 'plural'} where English has a ${typeof reference === 'string' ? 'string' : 'plural'}`);
    else if (typeof m === 'string' && m.trim() === '') found.push(`${key}: empty`);
    else if (typeof m === 'object') {
      if (!m.other?.trim()) found.push(`${key}: no "other" form`);
      for (const [form, text] of Object.entries(m)) {
        if (!['zero', 'one', 'two', 'few', 'many', 'other'].includes(form)) found.push(`${key}.${form}: not a plural category`);
        else if (!text?.trim()) found.push(`${key}.${form}: empty`);
      }
    }
    if (typeof m === typeof reference && placeholders(m).join() !== placeholders(reference).join())
      found.push(`${key}: placeholders {${placeholders(m).join('}, {')}} where English has {${placeholders(reference).join('}, {')}}`);
  }
  return found;
}

// Compile-time: a language without a key, or with a key English lacks, is a type error (tsc --noEmit).
// @ts-expect-error 'page.title' is missing
const missing: Messages = (({ 'page.title': _, ...rest }) => rest)(de);
// @ts-expect-error 'share.copy' is missing in French
const missingFr: Messages = (({ 'share.copy': _, ...rest }) => rest)(fr);
// @ts-expect-error a key English does not have
const extra: Messages = { ...pt, 'page.nonsense': 'x' };
// @ts-expect-error a plural message given as a string
const wrongKind: Messages = { ...de, 'summary.deployments': 'Projekte' };
void [missing, missingFr, extra, wrongKind];

describe('the message catalogue', () => {
  it('has a catalogue for every language, and five languages', () => {
    expect(Object.keys(catalogues).sort()).toEqual([...LANGUAGES].sort());
    expect([...LANGUAGES].sort()).toEqual(['de', 'en', 'es', 'fr', 'pt']);
  });

  it.each(translations)('%s has every English key, nothing else, each of the English kind with the English placeholders', (lang) => {
    expect(problems(en, catalogues[lang]!)).toEqual([]);
  });

  it('English messages are non-empty, plural ones with an "other" form', () => {
    expect(problems(en, en)).toEqual([]);
  });

  it('would fail on a missing key, an extra key, another kind, an empty message or other placeholders', () => {
    const { 'share.copy': _, ...withoutKey } = fr;
    expect(problems(en, withoutKey)).toEqual(['share.copy: missing']);
    expect(problems(en, { ...pt, 'page.nonsense': 'x' })).toEqual(['page.nonsense: not in English']);
    expect(problems(en, { ...pt, 'summary.deployments': '{count} projetos' })).toEqual(['summary.deployments: a string where English has a plural']);
    expect(problems(en, { ...fr, 'page.loading': ' ' })).toEqual(['page.loading: empty']);
    expect(problems(en, { ...fr, 'error.http': '{url} a répondu HTTP' })).toEqual(['error.http: placeholders {url} where English has {status}, {url}']);
    expect(problems(en, { ...pt, 'details.sources': { one: 'Fonte', other: 'Fontes ({total})' } })).toEqual([
      'details.sources: placeholders {total} where English has {count}',
    ]);
    expect(problems(en, { ...de, 'search.results': { one: '{count} Treffer', lots: '{count}', other: '{count} Treffer' } as Plural })).toEqual([
      'search.results.lots: not a plural category',
    ]);
  });

  it('is really translated: every other language differs from English in most messages', () => {
    for (const lang of translations) {
      const same = Object.keys(en).filter((k) => JSON.stringify(catalogues[lang]![k]) === JSON.stringify((en as Record<string, unknown>)[k]));
      // Some words are the same in English ("Type", "Sources", "Europe" in French): one in twenty at most.
      expect(same.length, `${lang}: ${same.join(', ')}`).toBeLessThan(Object.keys(en).length / 20);
    }
  });

  it('keeps to one word for a deployment, a vendor and the Belt and Road in each language', () => {
    const text = (m: Catalogue) => Object.values(m).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v))).join('\n');
    expect(text(pt)).toMatch(/\bprojetos?\b/);
    expect(text(pt)).toMatch(/\bfornecedor(es)?\b/);
    expect(text(pt)).not.toMatch(/implanta[çc][ãa]o|implementa[çc][ãa]o|vendedor|provedor|Rota e Cintur/i);
    // The official name once, in the filter's heading; the press's everywhere else.
    expect(text(pt).match(/Cinturão e Rota/g)).toHaveLength(1);
    expect(pt['filters.bri']).toBe('Nova Rota da Seda (Iniciativa Cinturão e Rota)');
    expect(text(fr)).toMatch(/\bprojets?\b/);
    expect(text(fr)).toMatch(/\bfournisseurs?\b/);
    expect(text(fr)).not.toMatch(/déploiement|vendeur|prestataire|nouvelle route de la soie|Routes de la Soie|Nouvelles Routes/);
    expect(text(fr).match(/Ceinture et la Route/g)).toHaveLength(1);
    expect(fr['filters.bri']).toBe('Nouvelles routes de la soie (Initiative la Ceinture et la Route)');
  });

  it('sets French punctuation with no-break spaces, never ordinary ones a line could break at', () => {
    for (const [key, m] of Object.entries(fr)) {
      for (const s of typeof m === 'string' ? [m] : Object.values(m)) {
        expect(s, key).not.toMatch(/ [:;?!»]|« /);
        expect(s, key).not.toMatch(/[^\s\u00a0\u202f][:;?!»]\s|«[^\u00a0\u202f]/);
      }
    }
    expect(fr['details.disagree']).toBe('Les sources divergent\u00a0: ');
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
