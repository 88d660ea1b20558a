import { describe, expect, it } from 'vitest';
import { TEST_DATA } from '../test-fixtures.ts';
import { countByCountry, countByVendor, filterDeployments, summarize, briMembersIn } from './filters.ts';
import { createAppStore } from './store.ts';
import { noFacets } from './facets.ts';

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
  it('zooms out for narrow maps so the world fits, and stays put at 960 px', async () => {
    const { worldViewFor, WORLD_VIEW } = await import('./filters.ts');
    expect(worldViewFor(960)).toEqual(WORLD_VIEW);
    expect(worldViewFor(480).zoom).toBeCloseTo(WORLD_VIEW.zoom - 1, 2);
    expect(worldViewFor(200).zoom).toBe(0);
    expect(worldViewFor(0)).toEqual(WORLD_VIEW);
  });
});
