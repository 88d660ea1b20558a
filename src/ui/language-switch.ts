import './language-switch.css';
import { el } from './dom.ts';
import { LANGUAGE_NAMES, LANGUAGES, t, withLanguage, type Lang } from '../i18n/i18n.ts';

/**
 * EN · DE · ES · PT · FR in the masthead: links to this same view (filters, selection, map view) with
 * another lang=, so choosing one reloads the page in that language. The active one carries
 * aria-current. The links follow the address bar: `refresh` is called whenever it changes, and the
 * links refresh themselves again just before they are used.
 */
export function mountLanguageSwitch(root: HTMLElement, current: Lang): { refresh(): void } {
  const links = LANGUAGES.map((lang) =>
    el(
      'a',
      { href: withLanguage(location.href, lang), lang, hreflang: lang, 'data-lang': lang, 'data-testid': `lang-${lang}`, 'aria-current': lang === current ? 'true' : null },
      el('span', { 'aria-hidden': 'true' }, lang.toUpperCase()),
      el('span', { class: 'visually-hidden' }, LANGUAGE_NAMES[lang]),
    ),
  );
  const nav = el('nav', { class: 'lang-switch', 'aria-label': t('lang.switch'), 'data-testid': 'lang-switch' });
  links.forEach((a, i) => nav.append(...(i ? [el('span', { class: 'sep', 'aria-hidden': 'true' }, '·')] : []), a));
  const refresh = () => {
    for (const a of links) a.href = withLanguage(location.href, a.dataset.lang as Lang);
  };
  // Before a click, a middle click, a copied link or keyboard use, whatever changed the address.
  for (const type of ['pointerdown', 'focusin', 'mouseover', 'click']) nav.addEventListener(type, refresh);
  window.addEventListener('popstate', refresh);
  root.append(nav);
  return { refresh };
}
