import { expression, featureFilter, validateStyleMin, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { TEST_DATA, testStyle } from '../test-fixtures.ts';
import { unwrapLine } from './features.ts';
import { originGroup, vendorColors } from './palette.ts';
import { bubbleRadius, LIGHT } from './style.ts';

describe('the map style', () => {
  const style = testStyle(TEST_DATA, { briCountries: ['SRB', 'ITA'] });

  it('is valid against the MapLibre style specification', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('uses no glyph or sprite server and no remote source', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) expect(typeof (source as { data: unknown }).data).toBe('object');
  });

  it('draws BRI outlines only for countries that were ever members', () => {
    const outline = style.layers.find((l) => l.id === 'bri-outline') as { filter: FilterSpecification };
    const f = featureFilter(outline.filter, 'layers[0].filter');
    const passes = (iso3: string) => f.filter({ zoom: 3 } as never, { type: 2, properties: { iso3 } } as never);
    expect(['SRB', 'ITA', 'USA', 'ARG'].filter(passes)).toEqual(['SRB', 'ITA']);
  });
});

describe('country bubbles', () => {
  it('have the radius the vendor-origin rings are drawn round, for every count', () => {
    const style = testStyle();
    const layer = style.layers.find((l) => l.id === 'country-bubbles') as { paint: Record<string, unknown> };
    const radius = expression.createExpression(layer.paint['circle-radius'], 'layers[0].paint.circle-radius');
    if (radius.result !== 'success') throw new Error(JSON.stringify(radius.value));
    for (const count of [0, 1, 2, 3, 7, 16, 24, 25, 26, 100, 1000]) {
      const drawn = radius.value.evaluate({ zoom: 1 }, { type: 1, properties: {} } as never, { count });
      expect(drawn, `count ${count}`).toBeCloseTo(bubbleRadius(count), 6);
    }
    expect(bubbleRadius(1)).toBe(7);
    expect(bubbleRadius(25)).toBe(22);
  });
});

describe('vendor-origin groups', () => {
  it('put each home country in the group its ring colour says', () => {
    expect(['CHN', 'USA', 'JPN', 'FRA', 'GBR', 'DEU', 'RUS', 'ISR', 'HKG', 'unknown'].map(originGroup)).toEqual([
      'CHN', 'USA', 'JPN', 'EUR', 'EUR', 'EUR', 'other', 'other', 'other', 'other',
    ]);
  });
});

describe('vendor colours', () => {
  it('give the vendors with most deployments distinct colours, in rank order', () => {
    const { colors, ranked } = vendorColors(TEST_DATA.deployments);
    expect(ranked[0]).toBe('huawei');
    expect(new Set(Object.values(colors)).size).toBe(Object.keys(colors).length);
  });
});

describe('antimeridian', () => {
  it('keeps longitudes continuous where a ring crosses 180°', () => {
    expect(unwrapLine([[179, 0], [-179, 1], [-178, 2], [179, 3]])).toEqual([[179, 0], [181, 1], [182, 2], [179, 3]]);
  });
});

describe('themes', () => {
  it('give the dark theme as many choropleth classes as the light one, and a valid style', async () => {
    const { DARK } = await import('./style.ts');
    expect(DARK.counts).toHaveLength(LIGHT.counts.length);
    const dark = testStyle(TEST_DATA, { theme: DARK, vendorColors: {} });
    expect(validateStyleMin(dark)).toEqual([]);
  });
});
