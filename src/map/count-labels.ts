import type { Map as MapLibre } from 'maplibre-gl';
import { ORIGIN_COLORS, ORIGIN_GROUPS } from './palette.ts';
import { bubbleRadius } from './style.ts';

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
  /**
   * Sets the ring round one country's bubble: how many of its deployments' vendors come from each
   * origin group, in ORIGIN_GROUPS order (a deployment with vendors from two groups counts in both).
   */
  ring(iso3: string, shares: ArrayLike<number>): void;
}

/** The ring's width in px; it starts just outside the bubble's 1 px white stroke. */
export const RING_WIDTH = 3.5;
const RING_GAP = 0.5;

/** The ring's outer radius round a bubble of `count`. */
export const ringRadius = (count: number) => bubbleRadius(count) + RING_GAP + RING_WIDTH;

/** A conic gradient with one arc per group, clockwise from the top, in proportion to `shares`. */
export function ringGradient(shares: ArrayLike<number>): string {
  let total = 0;
  for (let g = 0; g < shares.length; g++) total += shares[g]!;
  if (!total) return 'none';
  const stops: string[] = [];
  let at = 0;
  ORIGIN_GROUPS.forEach((group, g) => {
    const n = shares[g] ?? 0;
    if (!n) return;
    const end = at + (n / total) * 100;
    stops.push(`${ORIGIN_COLORS[group]} ${at.toFixed(2)}% ${end.toFixed(2)}%`);
    at = end;
  });
  return `conic-gradient(${stops.join(', ')})`;
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
  text: HTMLElement;
  ring: HTMLElement;
  at: [number, number];
  count: number;
  shares: string;
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
      label = create(iso3, at);
    }
    if (label.count === count) return;
    // Hidden labels are not moved with the map: one that appears needs its place.
    if (label.count === 0 && !layer.hidden) position(label);
    label.count = count;
    label.node.hidden = count === 0;
    label.text.textContent = count === 0 ? '' : format(count);
    sizeRing(label);
  };

  const create = (iso3: string, at: [number, number]): Label => {
    const node = document.createElement('span');
    node.setAttribute(COUNT_LABEL_ATTRIBUTE, iso3);
    node.hidden = true;
    const ring = document.createElement('i');
    ring.className = 'ring';
    const text = document.createElement('span');
    node.append(ring, text);
    layer.append(node);
    const label: Label = { node, text, ring, at, count: 0, shares: '' };
    labels.set(iso3, label);
    return label;
  };

  const sizeRing = (label: Label) => {
    const d = `${(2 * ringRadius(label.count)).toFixed(1)}px`;
    label.ring.style.width = d;
    label.ring.style.height = d;
  };

  const ring = (iso3: string, shares: ArrayLike<number>) => {
    const label = labels.get(iso3) ?? (opts.anchors.has(iso3) ? create(iso3, opts.anchors.get(iso3)!) : null);
    if (!label) return;
    const key = Array.prototype.join.call(shares, ',');
    if (label.shares === key) return;
    label.shares = key;
    // For the PNG download (paintCountLabels) and tests: the counts by group, in ORIGIN_GROUPS order.
    label.node.dataset.ring = key;
    label.ring.style.backgroundImage = ringGradient(shares);
  };

  map.on('move', place);
  map.on('resize', place);
  place(); // shown or hidden for the zoom the map starts at
  return { set, ring };
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
    paintRing(ctx, node, (r.left + r.width / 2 - box.left) * scale, (r.top + r.height / 2 - box.top) * scale, scale);
    const style = getComputedStyle(node);
    ctx.font = `${style.fontWeight} ${parseFloat(style.fontSize) * scale}px ${style.fontFamily}`;
    ctx.fillStyle = style.color;
    ctx.fillText(node.textContent ?? '', (r.left + r.width / 2 - box.left) * scale, (r.top + r.height / 2 - box.top) * scale);
  }
}

/** The ring of one label, as arcs round (x, y), from the counts in its data-ring attribute. */
function paintRing(ctx: CanvasRenderingContext2D, node: HTMLElement, x: number, y: number, scale: number): void {
  const ring = node.querySelector<HTMLElement>('.ring');
  const shares = (node.dataset.ring ?? '').split(',').map(Number);
  const total = shares.reduce((a, b) => a + (b > 0 ? b : 0), 0);
  if (!ring || !total) return;
  const outer = (ring.getBoundingClientRect().width / 2) * scale;
  const width = RING_WIDTH * scale;
  ctx.lineWidth = width;
  let angle = -Math.PI / 2; // from the top, clockwise, as the conic gradient goes
  ORIGIN_GROUPS.forEach((group, g) => {
    const n = shares[g]!;
    if (!(n > 0)) return;
    const end = angle + (n / total) * 2 * Math.PI;
    ctx.beginPath();
    ctx.strokeStyle = ORIGIN_COLORS[group];
    ctx.arc(x, y, outer - width / 2, angle, end);
    ctx.stroke();
    angle = end;
  });
}
