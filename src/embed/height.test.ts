import { describe, expect, it } from 'vitest';
import { childIdFrom, datawrapperHeightMessage, DEFAULT_CHILD_ID, heightMessages, pymHeightMessage, toPixels } from './height.ts';

describe('childIdFrom', () => {
  it('reads childId from the query string', () => {
    expect(childIdFrom('?embed=1&childId=map-3')).toBe('map-3');
  });

  it('falls back to "sightlines" when childId is missing or empty', () => {
    expect(DEFAULT_CHILD_ID).toBe('sightlines');
    expect(childIdFrom('')).toBe('sightlines');
    expect(childIdFrom('?embed=1')).toBe('sightlines');
    expect(childIdFrom('?childId=')).toBe('sightlines');
  });

  it('refuses ids that could break the message format or are absurdly long', () => {
    expect(childIdFrom('?childId=a%20b')).toBe('sightlines');
    expect(childIdFrom('?childId=%3Cscript%3E')).toBe('sightlines');
    expect(childIdFrom(`?childId=${'a'.repeat(65)}`)).toBe('sightlines');
  });
});

describe('height messages', () => {
  it('builds the pym.js string', () => {
    expect(pymHeightMessage('sightlines', 642)).toBe('pymxPYMxsightlinesxPYMxheightxPYMx642');
    expect(pymHeightMessage('story-map_2', 1)).toBe('pymxPYMxstory-map_2xPYMxheightxPYMx1');
  });

  it('builds the Datawrapper object, which survives structured cloning as plain JSON', () => {
    const m = datawrapperHeightMessage('sightlines', 642);
    expect(m).toEqual({ 'datawrapper-height': { sightlines: 642 } });
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
    expect(structuredClone(m)).toEqual(m);
  });

  it('gives both formats for the same id and height, pym first', () => {
    expect(heightMessages('x1', 500)).toEqual(['pymxPYMxx1xPYMxheightxPYMx500', { 'datawrapper-height': { x1: 500 } }]);
  });
});

describe('toPixels', () => {
  it('rounds up so the frame never clips the last line', () => {
    expect(toPixels(641.2)).toBe(642);
    expect(toPixels(642)).toBe(642);
  });

  it('gives 0 (nothing to report) for empty or nonsense heights', () => {
    expect(toPixels(0)).toBe(0);
    expect(toPixels(-5)).toBe(0);
    expect(toPixels(Number.NaN)).toBe(0);
    expect(toPixels(Number.POSITIVE_INFINITY)).toBe(0);
  });
});
