import { featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { Dataset, Deployment } from '../data/schema.ts';
import { FACETS, noFacets, type FacetKey } from '../store/facets.ts';
import { BRI_CHOICES, matches, type Filters } from '../store/filters.ts';
import { TEST_DATA, testStyle } from '../test-fixtures.ts';
import { deploymentFeatures } from './features.ts';
import { deploymentFilter, facetWidthsOf, filterState, STATE } from './style.ts';

const base = TEST_DATA.deployments[0]!;
const more = (id: string, patch: Partial<Deployment>): Deployment => ({ ...base, id, ...patch });

/**
 * Deployments with one to four vendors (some sharing a prefix, "zte" and "zte2"), vendors from
 * three countries and one whose country is not recorded, and every kind of type, status and terms,
 * stated or not.
 */
const data: Dataset = {
  ...TEST_DATA,
  deployments: [
    ...TEST_DATA.deployments,
    more('four', { vendors: ['nec', 'zte2', 'hikvision', 'huawei'], year: 2018, type: 'facial_recognition', status: 'operational', financing: 'chinese_loan' }),
    more('prefix', { vendors: ['zte2'], year: 2018, briAtYear: false, type: 'city_cameras', status: 'removed', financing: 'donation' }),
    more('thales', { vendors: ['thales'], year: 2019, type: 'biometric_id', status: 'contracted', financing: 'loan' }),
    more('nowhere', { vendors: ['anon'], year: 2017, briAtYear: false, type: 'border_surveillance', status: 'cancelled', financing: 'commercial' }),
    more('mixed', { vendors: ['thales', 'huawei'], year: 2020, type: 'smart_policing', status: 'suspended', financing: 'commercial' }),
  ],
  vendors: [
    ...TEST_DATA.vendors,
    { ...TEST_DATA.vendors[0]!, id: 'zte2' },
    { ...TEST_DATA.vendors[0]!, id: 'thales', hq: 'FRA' },
    { ...TEST_DATA.vendors[0]!, id: 'anon', hq: '' },
  ],
};

/** For each facet, the choices to try: none, single values, a pair, and every value. */
const choices: Record<FacetKey, string[][]> = {
  vendors: [['huawei'], ['zte'], ['zte2'], ['hikvision', 'nec'], ['huawei', 'zte', 'hikvision', 'nec', 'zte2', 'thales', 'anon']],
  origins: [['CHN'], ['JPN'], ['FRA'], ['unknown'], ['JPN', 'FRA']],
  types: [['safe_city'], ['facial_recognition', 'biometric_id'], ['other']],
  terms: [['chinese_loan'], ['loan'], ['not_stated'], ['donation', 'commercial']],
  statuses: [['unknown'], ['removed'], ['operational', 'contracted']],
};

describe('the map filter', () => {
  const features = deploymentFeatures(data.deployments, data);
  // The filter reads global state from this object, as MapLibre's worker does from its own.
  const globalState: Record<string, unknown> = {};
  const filter = featureFilter(deploymentFilter(facetWidthsOf(features)) as FilterSpecification, 'layers[0].filter', globalState);
  const shownUnder = (f: Filters) => {
    globalState[STATE.filter] = filterState(f);
    return features.features
      .filter((feature) => filter.filter({ zoom: 4 }, { type: 1, properties: feature.properties!, geometry: [] } as never))
      .map((feature) => feature.properties!.id);
  };
  const expected = (f: Filters) => data.deployments.filter((d) => matches(d, f, data)).map((d) => d.id);

  it("carries every value of a deployment's facets, one property each", () => {
    expect(facetWidthsOf(features)).toEqual({ origins: 2, vendors: 4, types: 1, terms: 1, statuses: 1 });
    expect(features.features.find((f) => f.properties!.id === 'four')!.properties).toMatchObject({
      vendor: 'nec', vendor1: 'zte2', vendor2: 'hikvision', vendor3: 'huawei',
      origin: 'JPN', origin1: 'CHN',
      type: 'facial_recognition', terms: 'chinese_loan', status: 'operational',
    });
    expect(features.features.find((f) => f.properties!.id === 'srb-a')!.properties).toMatchObject({ terms: 'not_stated', status: 'unknown' });
    expect(features.features.find((f) => f.properties!.id === 'nowhere')!.properties).toMatchObject({ origin: 'unknown' });
  });

  it('shows exactly the deployments the store counts, for every facet alone, with the years and BRI', () => {
    let nonEmpty = 0;
    for (const facet of FACETS) {
      for (const values of [[], ...choices[facet.key]]) {
        for (const bri of BRI_CHOICES) {
          for (const [from, to] of [[2012, 2023], [2017, 2019], [2018, 2018]] as const) {
            const f: Filters = { ...noFacets(), [facet.key]: values, from, to, bri };
            const want = expected(f);
            if (want.length) nonEmpty++;
            expect(shownUnder(f), JSON.stringify(f)).toEqual(want);
          }
        }
      }
    }
    // The cases must not all be trivially empty.
    expect(nonEmpty).toBeGreaterThan(100);
  });

  it('shows exactly the deployments the store counts when several facets are set at once', () => {
    const keys = FACETS.map((f) => f.key);
    let n = 0;
    // Every pair of facets, each with each of its choices.
    for (let a = 0; a < keys.length; a++) {
      for (let b = a + 1; b < keys.length; b++) {
        for (const va of choices[keys[a]!]) {
          for (const vb of choices[keys[b]!]) {
            const f: Filters = { ...noFacets(), [keys[a]!]: va, [keys[b]!]: vb, from: 2012, to: 2023, bri: 'all' };
            expect(shownUnder(f), JSON.stringify(f)).toEqual(expected(f));
            n++;
          }
        }
      }
    }
    // And all five at once.
    const all: Filters = { vendors: ['huawei', 'nec'], origins: ['JPN', 'CHN'], types: ['facial_recognition', 'safe_city'], terms: ['chinese_loan', 'not_stated'], statuses: ['operational', 'unknown'], from: 2012, to: 2023, bri: 'all' };
    expect(expected(all).length).toBeGreaterThan(0);
    expect(shownUnder(all)).toEqual(expected(all));
    expect(n).toBeGreaterThan(50);
  });
});

describe('global state', () => {
  it('feeds only filters and layout, never paint (map-view sets it without a style update)', () => {
    const style = testStyle(data);
    for (const layer of style.layers) {
      expect(JSON.stringify((layer as { paint?: unknown }).paint ?? {}), layer.id).not.toContain('global-state');
    }
    expect(JSON.stringify(style.layers)).toContain('global-state');
  });
});
