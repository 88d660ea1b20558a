// A small in-memory dataset for unit tests of the store, URL and style code.
import type { Dataset, Deployment, MapData } from './data/schema.ts';
import { anchorFeatures, deploymentFeatures } from './map/features.ts';
import { vendorColors } from './map/palette.ts';
import { buildStyle, LIGHT, type StyleInput } from './map/style.ts';

function deployment(id: string, country: string, vendors: string[], year: number, briAtYear: boolean): Deployment {
  return {
    id, country, place: id, precision: 'city', lon: 0, lat: 0, geocodedFrom: 'test', vendors, year,
    yearMeaning: 'contract', type: 'safe_city', status: null, cameras: null, value: null, currency: '',
    financing: null, funder: '', summary: '', confidence: null, confidenceNote: '', disagreement: '', briAtYear, sources: [],
  };
}

export const TEST_DATA: Dataset = {
  generated: '2026-01-01T00:00:00.000Z',
  deployments: [
    deployment('srb-a', 'SRB', ['huawei'], 2017, true),
    deployment('srb-b', 'SRB', ['hikvision', 'huawei'], 2019, true),
    deployment('arg-a', 'ARG', ['zte'], 2019, false), // Argentina joined in 2022
    deployment('arg-b', 'ARG', ['huawei'], 2023, true),
    deployment('ita-a', 'ITA', ['huawei'], 2020, true), // Italy 2019-2022
    deployment('usa-a', 'USA', ['nec'], 2012, false),
  ],
  vendors: ['huawei', 'hikvision', 'zte', 'nec'].map((id) => ({
    id, name: id.toUpperCase(), hq: id === 'nec' ? 'JPN' : 'CHN', entityListDate: '', entityListSource: '',
  })),
  bri: [
    { country: 'SRB', mouYear: 2015, leftYear: null, sourceUrl: 'https://example.org', note: '' },
    { country: 'ARG', mouYear: 2022, leftYear: null, sourceUrl: 'https://example.org', note: '' },
    { country: 'ITA', mouYear: 2019, leftYear: 2023, sourceUrl: 'https://example.org', note: '' },
  ],
  countries: ['SRB', 'ARG', 'ITA', 'USA'].map((iso3) => ({ iso3, name: iso3, anchor: [0, 0] as [number, number] })),
  years: { min: 2012, max: 2023 },
};

/** The map's style for `data`, with empty basemaps, as map-view builds it; `overrides` replace inputs. */
export function testStyle(data: MapData = TEST_DATA, overrides: Partial<StyleInput> = {}) {
  return buildStyle({
    theme: LIGHT,
    countries: { type: 'FeatureCollection', features: [] },
    borders: { type: 'MultiLineString', coordinates: [] },
    deployments: deploymentFeatures(data.deployments, data),
    anchors: anchorFeatures(data.countries),
    vendorColors: vendorColors(data.deployments).colors,
    ...overrides,
  });
}
