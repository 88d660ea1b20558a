// The browser can take a page's WebGL context away at any time: a GPU reset, a driver update, too
// many tabs drawing 3D graphics. The map then stops drawing without an error of its own and the
// reader is left with a frozen picture. This turns the canvas's events into a message.

export const CONTEXT_LOST_MESSAGE =
  'The map stopped drawing: the browser took back its graphics (WebGL) context. The table below lists the same deployments; the map returns if the browser gives the context back, or when you reload the page.';

/**
 * Calls `onChange` with a message when the canvas loses its WebGL context, and with null when the
 * browser restores it. MapLibre registers its own listeners first (it calls preventDefault, without
 * which no restore would ever come), so by the time `onChange(null)` runs the map is redrawing.
 * Takes any EventTarget so that it can be tested without a browser. Returns a function that stops.
 */
export function watchContextLoss(canvas: EventTarget, onChange: (message: string | null) => void): () => void {
  let lost = false;
  const onLost = () => {
    lost = true;
    onChange(CONTEXT_LOST_MESSAGE);
  };
  const onRestored = () => {
    if (!lost) return; // nothing to take back
    lost = false;
    onChange(null);
  };
  canvas.addEventListener('webglcontextlost', onLost);
  canvas.addEventListener('webglcontextrestored', onRestored);
  return () => {
    canvas.removeEventListener('webglcontextlost', onLost);
    canvas.removeEventListener('webglcontextrestored', onRestored);
  };
}
