// Tells the page around an iframe how tall the map is, so the host can size the frame to fit.
// Two formats, both understood by common newsroom embed scripts; sending both is harmless:
//   pym.js       the string  pymxPYMx<childId>xPYMxheightxPYMx<px>
//   Datawrapper  the object  {"datawrapper-height": {"<childId>": px}}
// The messages carry only a number, so they go to any origin ("*"): the host's address is not
// known to us, and nothing in them is private.

export const DEFAULT_CHILD_ID = 'sightlines';

// pym.js uses the id of the host's container element; keep to characters an id and the message
// format can carry without ambiguity.
const CHILD_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The `childId` query parameter when it is a plausible element id, otherwise "sightlines". */
export function childIdFrom(search: string): string {
  const id = new URLSearchParams(search).get('childId');
  return id !== null && CHILD_ID.test(id) ? id : DEFAULT_CHILD_ID;
}

/** The pym.js height message. */
export function pymHeightMessage(childId: string, px: number): string {
  return `pymxPYMx${childId}xPYMxheightxPYMx${px}`;
}

/** The Datawrapper height message. */
export function datawrapperHeightMessage(childId: string, px: number): { 'datawrapper-height': Record<string, number> } {
  return { 'datawrapper-height': { [childId]: px } };
}

/** Both messages for one height, in the order they are posted. */
export function heightMessages(childId: string, px: number): [string, { 'datawrapper-height': Record<string, number> }] {
  return [pymHeightMessage(childId, px), datawrapperHeightMessage(childId, px)];
}

/** Whole CSS pixels, rounded up so the frame never clips the last line. */
export function toPixels(height: number): number {
  return Number.isFinite(height) && height > 0 ? Math.ceil(height) : 0;
}

/**
 * Posts the document's height to the parent window once at start and again whenever it changes.
 * Does nothing when the page is not in a frame. Returns a function that stops reporting.
 *
 * The height is the <html> element's own box, not `scrollHeight`: inside a frame `scrollHeight`
 * is never less than the frame itself, so a map could grow its frame but never shrink it. This
 * needs a page whose height does not depend on the viewport's (no `100vh` in embed mode).
 */
export function startHeightReporter(win: Window & typeof globalThis): () => void {
  if (win.parent === win) return () => {};
  const childId = childIdFrom(win.location.search);
  const root = win.document.documentElement;
  let last = -1;
  const report = () => {
    const px = toPixels(root.getBoundingClientRect().height);
    if (px === 0 || px === last) return;
    last = px;
    for (const message of heightMessages(childId, px)) win.parent.postMessage(message, '*');
  };
  const observer = new win.ResizeObserver(report);
  observer.observe(root);
  report();
  return () => observer.disconnect();
}
