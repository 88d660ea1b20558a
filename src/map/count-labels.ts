import type { Map as MapLibre } from 'maplibre-gl';

/**
 * The numbers in the country bubbles, as HTML over the map rather than a symbol layer. A symbol
 * layer whose text follows the filters makes MapLibre rebuild the anchors' symbol tiles and place
 * the labels again on every filter change, which costs the world view a second frame; and drawing
 * text is the dearest part of each frame where WebGL runs in software. Measured on the real
 * dataset (BENCHMARKS.md): with the symbol layer a year or BRI change took 310 ms at the world
 * view, without it 130-160 ms. The labels here change their text at once and follow the map on
 * every `move`; the bubbles under them are paint-only (feature-state).
 */
export interface CountLabels {
  /** Sets one country's number; 0 hides its label. Shown labels follow the map on every move. */
  set(iso3: string, count: number): void;
}

export interface CountLabelOptions {
  /** Where each country's bubble sits. */
  anchors: ReadonlyMap<string, [number, number]>;
  /** Labels show below this zoom, as the bubbles do. */
  maxZoom: number;
  color: string;
  format?: (n: number) => string;
}

interface Label {
  node: HTMLElement;
  at: [number, number];
  count: number;
}

/** Marks the labels in the DOM, for captureMap (the PNG download) and tests. */
export const COUNT_LABEL_ATTRIBUTE = 'data-count-label';

export function mountCountLabels(map: MapLibre, opts: CountLabelOptions): CountLabels {
  const format = opts.format ?? String;
  const layer = document.createElement('div');
  layer.className = 'count-labels';
  // The summary, the country profiles and the table say the same numbers in words.
  layer.setAttribute('aria-hidden', 'true');
  layer.style.color = opts.color;
  map.getContainer().append(layer);
  const labels = new Map<string, Label>();

  const position = (label: Label) => {
    const p = map.project(label.at);
    label.node.style.transform = `translate(${p.x.toFixed(1)}px, ${p.y.toFixed(1)}px) translate(-50%, -50%)`;
  };
  const place = () => {
    layer.hidden = map.getZoom() >= opts.maxZoom;
    if (layer.hidden) return;
    for (const label of labels.values()) if (label.count > 0) position(label);
  };

  const set = (iso3: string, count: number) => {
    let label = labels.get(iso3);
    if (!label) {
      const at = opts.anchors.get(iso3);
      if (!at || count === 0) return;
      const node = document.createElement('span');
      node.setAttribute(COUNT_LABEL_ATTRIBUTE, iso3);
      layer.append(node);
      labels.set(iso3, (label = { node, at, count: 0 }));
    }
    if (label.count === count) return;
    // Hidden labels are not moved with the map: one that appears needs its place.
    if (label.count === 0 && !layer.hidden) position(label);
    label.count = count;
    label.node.hidden = count === 0;
    label.node.textContent = count === 0 ? '' : format(count);
  };

  map.on('move', place);
  map.on('resize', place);
  place(); // shown or hidden for the zoom the map starts at
  return { set };
}

/**
 * Draws the shown labels onto a copy of the map's canvas (`canvas`, in device pixels), where the
 * page shows them, in their own font and colour.
 */
export function paintCountLabels(container: HTMLElement, canvas: HTMLCanvasElement, shownCanvas: HTMLCanvasElement): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const box = shownCanvas.getBoundingClientRect();
  if (!box.width) return;
  const scale = canvas.width / box.width;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const node of container.querySelectorAll<HTMLElement>(`.count-labels:not([hidden]) [${COUNT_LABEL_ATTRIBUTE}]:not([hidden])`)) {
    const r = node.getBoundingClientRect();
    const style = getComputedStyle(node);
    ctx.font = `${style.fontWeight} ${parseFloat(style.fontSize) * scale}px ${style.fontFamily}`;
    ctx.fillStyle = style.color;
    ctx.fillText(node.textContent ?? '', (r.left + r.width / 2 - box.left) * scale, (r.top + r.height / 2 - box.top) * scale);
  }
}
