import { DATA, OWN_LICENCE, SOFTWARE } from '../content/credits.ts';
import { el, sourceLink } from './dom.ts';

/**
 * "About & credits" in the footer: the data and software the page is made of, with their
 * licences. Static content, so it is mounted before the data loads and stays there if that fails.
 */
export function mountCredits(root: HTMLDetailsElement): void {
  root.setAttribute('data-testid', 'credits');
  root.append(
    el('summary', {}, 'About & credits'),
    el('p', {}, 'Every deployment on the map links to the pages it rests on. The page loads nothing from any other host: no tiles, fonts, scripts or analytics.'),
    el('h2', {}, 'Data and type'),
    el(
      'ul',
      { 'data-testid': 'credits-data' },
      ...DATA.map((d) =>
        el('li', {}, sourceLink(d.url, d.name), ` (${d.licence})`, d.via ? `, through the ${d.via.name} package (${d.via.licence})` : '', `: ${d.role}.`),
      ),
    ),
    el('h2', {}, 'Software'),
    el(
      'ul',
      { 'data-testid': 'credits-software' },
      ...SOFTWARE.map((s) =>
        el('li', { 'data-package': s.name }, sourceLink(s.url, s.name), ` ${s.version} (${s.licence}): ${s.role}.`),
      ),
    ),
    el('p', {}, `The page's own code is under the ${OWN_LICENCE} licence.`),
  );
}
