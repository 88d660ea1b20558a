type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/**
 * Creates an element. Text is always added as text nodes and attributes through setAttribute, so
 * nothing from the data or the URL can become markup or script.
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') node.addEventListener(name.replace(/^on/, ''), value);
    // Through the CSSOM: a style *attribute* would need 'unsafe-inline' in our CSP.
    else if (name === 'style') node.style.cssText = String(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(parent: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** A link to a source: only http(s) addresses become links; anything else is shown as text. */
export function sourceLink(url: string, text: string): HTMLElement {
  let safe = false;
  try {
    const u = new URL(url);
    safe = u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    safe = false;
  }
  return safe ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text) : el('span', {}, text);
}
