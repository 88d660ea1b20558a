import { describe, expect, it } from 'vitest';
import { TEST_DATA } from '../test-fixtures.ts';
import { countByCountry, countByVendor, filterDeployments, summarize, briMembersIn } from './filters.ts';
import { createAppStore } from './store.ts';
import { noFacets } from './facets.ts';
import { INHABITED, worldViewFor, WORLD_VIEW, type View } from './filters.ts';

const ids = (s: ReturnType<typeof createAppStore>) => filterDeployments(TEST_DATA, s.getState().filters).map((d) => d.id);

describe('the store', () => {
  it('starts with every deployment, over the full year range', () => {
    const s = createAppStore(TEST_DATA);
    expect(s.getState().filters).toEqual({ ...noFacets(), vendors: [], from: 2012, to: 2023, bri: 'all' });
    expect(ids(s)).toHaveLength(6);
  });

  it('filters by vendor, including deployments with several vendors', () => {
    const s = createAppStore(TEST_DATA);
    s.getState().toggleVendor('hikvision');
    expect(ids(s)).toEqual(['srb-b']);
    s.getState().toggleVendor('zte');
    expect(ids(s)).toEqual(['srb-b', 'arg-a']);
    s.getState().toggleVendor('hikvision');
    expect(ids(s)).toEqual(['arg-a']);
  });

  it('filters by year range, clamping and ordering what it is given', () => {
    const s = createAppStore(TEST_DATA);
    s.getState().setYears(2019, 2017);
    expect(s.getState().filters).toMatchObject({ from: 2017, to: 2019 });
    expect(ids(s)).toEqual(['srb-a', 'srb-b', 'arg-a']);
    s.getState().setYears(1900, 3000);
    expect(s.getState().filters).toMatchObject({ from: 2012, to: 2023 });
  });

  it('filters by BRI membership in the year of each deployment', () => {
    const s = createAppStore(TEST_DATA);
    s.getState().setBri('member');
    expect(ids(s)).toEqual(['srb-a', 'srb-b', 'arg-b', 'ita-a']);
    s.getState().setBri('non-member');
    expect(ids(s)).toEqual(['arg-a', 'usa-a']);
  });

  it('ignores unknown vendors and selections of ids that do not exist', () => {
    const s = createAppStore(TEST_DATA);
    s.getState().setVendors(['huawei', 'nobody', 'huawei']);
    expect(s.getState().filters.vendors).toEqual(['huawei']);
    s.getState().select('<script>');
    expect(s.getState().selected).toBeNull();
    s.getState().select('srb-a');
    expect(s.getState().selected).toBe('srb-a');
  });

  it('opening a country closes the open deployment', () => {
    const s = createAppStore(TEST_DATA);
    s.getState().select('srb-a');
    s.getState().selectCountry('SRB');
    expect(s.getState()).toMatchObject({ selected: null, country: 'SRB' });
  });
});

describe('selectors', () => {
  it('summarize counts deployments, countries, and countries that are BRI members in the last year', () => {
    expect(summarize(TEST_DATA, { ...noFacets(), vendors: [], from: 2012, to: 2023, bri: 'all' })).toEqual({ deployments: 6, countries: 4, briCountries: 2 });
    // In 2020 Italy is a member and Argentina not yet.
    expect(summarize(TEST_DATA, { ...noFacets(), vendors: [], from: 2012, to: 2020, bri: 'all' })).toEqual({ deployments: 5, countries: 4, briCountries: 2 });
    expect(briMembersIn(TEST_DATA, 2020).sort()).toEqual(['ITA', 'SRB']);
    expect(briMembersIn(TEST_DATA, 2023).sort()).toEqual(['ARG', 'SRB']);
  });

  it('counts per country and per vendor under the other filters', () => {
    const f = { ...noFacets(), vendors: ['zte'], from: 2012, to: 2019, bri: 'all' as const };
    expect(countByCountry(filterDeployments(TEST_DATA, f))).toEqual({ ARG: 1 });
    expect(countByVendor(TEST_DATA, f)).toEqual({ huawei: 2, hikvision: 1, zte: 1, nec: 1 });
  });
});

describe('the world view', () => {
  // Where a point lands on a w x h map showing `view` (Web Mercator, a 512 px world at zoom 0).
  const project = (view: View, w: number, h: number, lon: number, lat: number) => {
    const size = 512 * 2 ** view.zoom;
    const y = (l: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360)) / Math.PI) / 2) * size;
    return { x: ((lon - view.lon) / 360) * size + w / 2, y: y(lat) - y(view.lat) + h / 2 };
  };

  it.each([
    ['a 390 px phone', 390, 600],
    ['a 320 px phone', 320, 480],
    ['a 700 px embed', 700, 450],
    ['a laptop', 1120, 770],
    ['a large monitor', 1800, 1000],
  ])('fits the inhabited world whole on %s, filling one side', (_, w, h) => {
    const view = worldViewFor(w, h);
    const { west, east, south, north } = INHABITED;
    const nw = project(view, w, h, west, north);
    const se = project(view, w, h, east, south);
    for (const p of [nw, se]) {
      expect(p.x).toBeGreaterThanOrEqual(-1);
      expect(p.x).toBeLessThanOrEqual(w + 1);
      expect(p.y).toBeGreaterThanOrEqual(-1);
      expect(p.y).toBeLessThanOrEqual(h + 1);
    }
    // Not lost in the middle: the world spans nearly all the width or nearly all the height.
    expect(Math.max((se.x - nw.x) / w, (se.y - nw.y) / h)).toBeGreaterThan(0.97);
    // Centred, so no third of the screen is left empty on one side.
    expect(Math.abs(nw.y - (h - se.y))).toBeLessThan(2);
    expect(Math.abs(nw.x - (w - se.x))).toBeLessThan(2);
  });

  it('zooms in no further than 2 on the widest screens', () => {
    expect(worldViewFor(3840, 2000).zoom).toBe(2);
  });

  it('falls back to the fixed view before the map has a size', () => {
    expect(worldViewFor(0)).toEqual(WORLD_VIEW);
  });
});
