import { featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/schema.ts';
import { BRI_CHOICES, matches, type Filters } from '../store/filters.ts';
import { TEST_DATA, testStyle } from '../test-fixtures.ts';
import { deploymentFeatures } from './features.ts';
import { deploymentFilter, maxVendorsOf, STATE, vendorKey } from './style.ts';

/** Deployments with one to four vendors, some sharing a prefix ("zte" and "zte2"). */
const data: Dataset = {
  ...TEST_DATA,
  deployments: [
    ...TEST_DATA.deployments,
    { ...TEST_DATA.deployments[0]!, id: 'four', vendors: ['nec', 'zte2', 'hikvision', 'huawei'], year: 2018 },
    { ...TEST_DATA.deployments[0]!, id: 'prefix', vendors: ['zte2'], year: 2018, briAtYear: false },
  ],
  vendors: [...TEST_DATA.vendors, { ...TEST_DATA.vendors[0]!, id: 'zte2' }],
};

describe('the map filter', () => {
  const features = deploymentFeatures(data.deployments);
  // The filter reads global state from this object, as MapLibre's worker does from its own.
  const globalState: Record<string, unknown> = {};
  const filter = featureFilter(deploymentFilter(maxVendorsOf(features)) as FilterSpecification, 'layers[0].filter', globalState);

  it('carries every vendor of a deployment, one property each', () => {
    expect(maxVendorsOf(features)).toBe(4);
    expect(features.features.find((f) => f.properties!.id === 'four')!.properties).toMatchObject({
      vendor: 'nec', vendor1: 'zte2', vendor2: 'hikvision', vendor3: 'huawei',
    });
  });

  it('shows exactly the deployments the store counts, for every kind of filter', () => {
    const vendorSets = [[], ['huawei'], ['zte'], ['zte2'], ['hikvision', 'nec'], ['huawei', 'zte', 'hikvision', 'nec', 'zte2']];
    for (const vendors of vendorSets) {
      for (const bri of BRI_CHOICES) {
        for (const [from, to] of [[2012, 2023], [2017, 2019], [2018, 2018]] as const) {
          const f: Filters = { vendors, from, to, bri };
          globalState[STATE.filter] = { from, to, bri, vendors: vendorKey(vendors) };
          const shown = features.features
            .filter((feature) => filter.filter({ zoom: 4 }, { type: 1, properties: feature.properties!, geometry: [] } as never))
            .map((feature) => feature.properties!.id);
          expect(shown, JSON.stringify(f)).toEqual(data.deployments.filter((d) => matches(d, f)).map((d) => d.id));
        }
      }
    }
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
