import { el } from './dom.ts';
import { t } from '../i18n/i18n.ts';

/**
 * On phones the filter sidebar becomes a sheet along the bottom edge: collapsed it shows the
 * result line, a tap on its handle opens it over the map. On wider screens the handle is hidden
 * by CSS and the sidebar stays where it is.
 */
export function mountBottomSheet(sheet: HTMLElement): void {
  const toggle = el('button', { type: 'button', class: 'sheet-toggle', 'aria-expanded': 'false', 'aria-controls': sheet.id, 'data-testid': 'sheet-toggle' }, t('sheet.toggle'));
  toggle.addEventListener('click', () => {
    const open = !sheet.classList.contains('open');
    sheet.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', String(open));
  });
  sheet.prepend(toggle);
}
