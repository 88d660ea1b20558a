import type { Store } from '../store/store.ts';
import { el } from './dom.ts';
import { t } from '../i18n/i18n.ts';

export const EMBED_TITLE = 'Map: who sells surveillance technology to whom';
export const EMBED_HEIGHT = 560;

/**
 * The host-page half of the height protocol: sizes any iframe whose window sends a pym.js or
 * Datawrapper height message. It matches the frame by `event.source`, so it needs neither ids
 * nor the map's origin (which is "null" in a frame sandboxed without allow-same-origin). It never
 * changes between snippets, so a host's CSP can allow it by hash (see docs/embedding.md).
 */
export const RESIZE_SCRIPT = `
window.addEventListener("message", function (event) {
  var data = event.data, px = NaN, frames = document.getElementsByTagName("iframe");
  if (typeof data === "string") px = Number((/^pymxPYMx.+xPYMxheightxPYMx(\\d+(?:\\.\\d+)?)$/.exec(data) || [])[1]);
  else if (data && typeof data === "object" && data["datawrapper-height"]) for (var id in data["datawrapper-height"]) px = Number(data["datawrapper-height"][id]);
  if (!(px > 0 && px < 20000)) return;
  for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(px) + "px";
});
`;

/** The map's address in embed mode: the same filters, selection and view, plus embed=1. */
export function embedUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  url.searchParams.set('embed', '1');
  url.hash = '';
  return url.href;
}

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML a newsroom pastes into its page: the iframe, then the script that fits its height. The
 * title is the frame's name for screen readers, in the language of the page that made the snippet
 * (whose lang= the frame's address keeps).
 */
export function embedSnippet(href: string, title: string = EMBED_TITLE): string {
  const src = escapeAttribute(embedUrl(href));
  return (
    `<iframe title="${escapeAttribute(title)}" src="${src}" width="100%" height="${EMBED_HEIGHT}" loading="lazy" style="border:0" allow="fullscreen"></iframe>\n` +
    `<script>${RESIZE_SCRIPT}</script>`
  );
}

/**
 * The "Share / embed" button and its panel: the link to the current view and the embed code for
 * it, each with a Copy button. Both follow the store (through the address bar, which bindUrl keeps
 * in step). Returns a function that removes the control and its listeners.
 */
export function mountShareControl(root: HTMLElement, store: Store): () => void {
  const linkField = el('input', { type: 'text', id: 'share-link', class: 'share-field', readonly: true, spellcheck: 'false', 'data-testid': 'share-link' });
  const codeField = el('textarea', { id: 'share-embed', class: 'share-field code', readonly: true, rows: 9, spellcheck: 'false', 'data-testid': 'share-embed' });
  const status = el('p', { class: 'share-status', role: 'status' });
  const copyLink = el('button', { type: 'button', class: 'copy-button', 'aria-label': t('share.copyLink') }, t('share.copy'));
  const copyCode = el('button', { type: 'button', class: 'copy-button', 'aria-label': t('share.copyCode') }, t('share.copy'));
  const button = el(
    'button',
    { type: 'button', class: 'share-button', 'aria-expanded': 'false', 'aria-controls': 'share-panel', 'data-testid': 'share-button' },
    t('share.button'),
  );
  const panel = el(
    'div',
    { id: 'share-panel', class: 'share-panel', role: 'group', 'aria-labelledby': 'share-title', hidden: true, 'data-testid': 'share-panel' },
    el('h2', { id: 'share-title' }, t('share.heading')),
    el('label', { for: 'share-link' }, t('share.link')),
    el('div', { class: 'share-row' }, linkField, copyLink),
    el('label', { for: 'share-embed' }, t('share.code')),
    el('p', { class: 'share-note' }, t('share.note')),
    codeField,
    el('div', { class: 'share-row end' }, status, copyCode),
  );
  const wrap = el('div', { class: 'share' }, button, panel);

  const refresh = () => {
    const href = location.href;
    if (linkField.value !== href) linkField.value = href;
    const code = embedSnippet(href, t('share.frameTitle'));
    if (codeField.value !== code) codeField.value = code;
  };
  const setOpen = (open: boolean) => {
    if (open) {
      refresh();
      status.textContent = '';
    }
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  };
  const copy = async (field: HTMLInputElement | HTMLTextAreaElement, what: 'link' | 'code') => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(field.value);
      status.textContent = t(what === 'link' ? 'share.linkCopied' : 'share.codeCopied');
    } catch {
      // No clipboard access (an insecure context, a denied permission): leave the text selected.
      field.focus();
      field.select();
      status.textContent = t(what === 'link' ? 'share.linkSelected' : 'share.codeSelected');
    }
  };

  const onButton = () => setOpen(panel.hidden);
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || panel.hidden) return;
    setOpen(false);
    button.focus();
  };
  const onPointer = (e: PointerEvent) => {
    if (!panel.hidden && !wrap.contains(e.target as Node)) setOpen(false);
  };
  const onCopyLink = () => void copy(linkField, 'link');
  const onCopyCode = () => void copy(codeField, 'code');

  button.addEventListener('click', onButton);
  copyLink.addEventListener('click', onCopyLink);
  copyCode.addEventListener('click', onCopyCode);
  wrap.addEventListener('keydown', onKey);
  document.addEventListener('pointerdown', onPointer);
  // Deferred: whatever order the store's listeners run in, bindUrl has updated the address by then.
  const unsubscribe = store.subscribe(() => queueMicrotask(refresh));
  refresh();
  root.append(wrap);

  return () => {
    unsubscribe();
    document.removeEventListener('pointerdown', onPointer);
    wrap.remove();
  };
}
