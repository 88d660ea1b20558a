import { DATA, OWN_LICENCE, SOFTWARE } from '../content/credits.ts';
import { el, sourceLink } from './dom.ts';
import { language, t } from '../i18n/i18n.ts';
import type { Release } from '../data/release.ts';
import { releaseLink } from './release-link.ts';

/**
 * "About & credits" in the footer: the data and software the page is made of, with their
 * licences. Static content, so it is mounted before the data loads and stays there if that fails;
 * the link to the versioned data package joins it once release.json is read.
 */
export function mountCredits(root: HTMLDetailsElement, release: Promise<Release | null>): void {
  const lang = language();
  const releaseLine = el('p', { 'data-testid': 'credits-release', hidden: true }, t('credits.release'), ' ');
  void release.then((r) => {
    if (!r) return releaseLine.remove();
    releaseLine.append(releaseLink(r, 'about-package'));
    releaseLine.hidden = false;
  });
  root.setAttribute('data-testid', 'credits');
  root.append(
    el('summary', {}, t('credits.summary')),
    el('p', {}, t('credits.intro')),
    el('h2', {}, t('credits.data')),
    el(
      'ul',
      { 'data-testid': 'credits-data' },
      ...DATA.map((d) =>
        el('li', {}, sourceLink(d.url, lang === 'en' ? d.name : (d.nameIn?.[lang] ?? d.name)), ` (${d.licence})`, d.via ? t('credits.via', { name: d.via.name, licence: d.via.licence }) : '', `: ${lang === 'en' ? d.role : d.roleIn[lang]}.`),
      ),
    ),
    releaseLine,
    el('h2', {}, t('credits.software')),
    el(
      'ul',
      { 'data-testid': 'credits-software' },
      ...SOFTWARE.map((s) =>
        el('li', { 'data-package': s.name }, sourceLink(s.url, s.name), ` ${s.version} (${s.licence}): ${lang === 'en' ? s.role : s.roleIn[lang]}.`),
      ),
    ),
    el('p', {}, t('credits.own', { licence: OWN_LICENCE })),
  );
}
