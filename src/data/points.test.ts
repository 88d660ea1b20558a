import { describe, expect, it } from 'vitest';
import { BRI_CHOICES, summarize, vendorCounts, yearCounts, type Filters } from '../store/filters.ts';
import { TEST_DATA } from '../test-fixtures.ts';
import { mapData } from './points.ts';

describe('points.json (mapData)', () => {
  const withText = {
    ...TEST_DATA,
    deployments: TEST_DATA.deployments.map((d) => ({
      ...d, summary: 'A long text', funder: 'Exim', sources: [{ url: 'https://example.org/a', publisher: 'P', published: '', title: 'T', language: 'en', note: '' }],
    })),
    bri: TEST_DATA.bri.map((m) => ({ ...m, note: 'Signed in Beijing' })),
  };
  const points = mapData(withText);

  // type, status and financing are short enum values the filters read.
  it('leaves out every text and source a first map does not draw', () => {
    const text = JSON.stringify(points);
    for (const word of ['A long text', 'Exim', 'example.org', 'Signed in Beijing', 'contract']) expect(text).not.toContain(word);
    expect(Object.keys(points.deployments[0]!).sort()).toEqual([
      'briAtYear', 'cameras', 'country', 'financing', 'id', 'lat', 'lon', 'place', 'precision', 'status', 'type', 'vendors', 'year',
    ]);
    expect(Object.keys(points.bri[0]!).sort()).toEqual(['country', 'leftYear', 'mouYear']);
  });

  it('keeps the records in the same order, so a point and its record share a position', () => {
    expect(points.deployments.map((d) => d.id)).toEqual(withText.deployments.map((d) => d.id));
    expect(points.generated).toBe(withText.generated);
  });

  it('gives the same counts as the full dataset under every filter', () => {
    for (const vendors of [[], ['huawei'], ['zte', 'nec']]) {
      for (const bri of BRI_CHOICES) {
        const f: Filters = { vendors, from: 2015, to: 2021, bri };
        expect(summarize(points, f)).toEqual(summarize(withText, f));
        expect(vendorCounts(points, f)).toEqual(vendorCounts(withText, f));
        expect(yearCounts(points, f)).toEqual(yearCounts(withText, f));
      }
    }
  });
});
