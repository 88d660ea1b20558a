import { describe, expect, it } from 'vitest';
import { CONTEXT_LOST_MESSAGE, watchContextLoss } from './context-loss.ts';

describe('watching for a lost WebGL context', () => {
  it('reports the loss with a message, and null when the context comes back', () => {
    const canvas = new EventTarget();
    const seen: Array<string | null> = [];
    watchContextLoss(canvas, (m) => seen.push(m));
    canvas.dispatchEvent(new Event('webglcontextlost'));
    canvas.dispatchEvent(new Event('webglcontextrestored'));
    expect(seen).toEqual([CONTEXT_LOST_MESSAGE, null]);
    expect(CONTEXT_LOST_MESSAGE).toMatch(/table below/);
  });

  it('ignores a restore that follows no loss, and stops when asked', () => {
    const canvas = new EventTarget();
    const seen: Array<string | null> = [];
    const stop = watchContextLoss(canvas, (m) => seen.push(m));
    canvas.dispatchEvent(new Event('webglcontextrestored'));
    expect(seen).toEqual([]);
    stop();
    canvas.dispatchEvent(new Event('webglcontextlost'));
    expect(seen).toEqual([]);
  });
});
