import type { Map as MapLibre } from 'maplibre-gl';
import { paintCountLabels } from './count-labels.ts';

/**
 * A copy of the map as drawn. WebGL clears its buffer after each frame, so the copy is taken in
 * the `render` event, while the frame is still there, instead of keeping every frame around
 * (preserveDrawingBuffer) at a cost to every reader.
 */
export function captureMap(map: MapLibre): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const src = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = src.width;
      copy.height = src.height;
      copy.getContext('2d')?.drawImage(src, 0, 0);
      // The bubbles' numbers are HTML over the canvas; the picture needs them too.
      paintCountLabels(map.getContainer(), copy, src);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}
