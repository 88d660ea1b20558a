import { language, t, type MessageKey } from '../i18n/i18n.ts';

// The static text of index.html, which is written in English, by selector: what to set and how.
const TEXT: Array<[selector: string, key: MessageKey]> = [
  ['.masthead .dek', 'page.dek'],
  ['#loading', 'page.loading'],
  ['.credits > p', 'page.footer'],
  ['#table > summary', 'table.summary'],
];
const ATTRIBUTES: Array<[selector: string, attribute: string, key: MessageKey]> = [
  ['meta[name="description"]', 'content', 'page.description'],
  ['#sidebar', 'aria-label', 'page.sidebar'],
  ['#legend', 'aria-label', 'page.legend'],
  ['#charts', 'aria-label', 'page.charts'],
  ['#downloads', 'aria-label', 'page.downloads'],
  ['.map-wrap', 'aria-label', 'page.mapWrap'],
  ['#map', 'aria-label', 'page.map'],
  ['#static-map', 'alt', 'page.staticMap'],
];

/** Puts index.html's own text into the page's language and sets <html lang>. Missing elements are skipped. */
export function translatePage(doc: Document): void {
  doc.documentElement.lang = language();
  doc.title = t('page.title');
  for (const [selector, key] of TEXT) {
    const node = doc.querySelector(selector);
    if (node) node.textContent = t(key);
  }
  for (const [selector, attribute, key] of ATTRIBUTES) doc.querySelector(selector)?.setAttribute(attribute, t(key));
}

/** The same list, for the test that holds index.html's English and the catalogue's together. */
export const PAGE_TEXT = { TEXT, ATTRIBUTES };
