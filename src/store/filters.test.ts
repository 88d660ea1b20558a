import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/schema.ts';
import { TEST_DATA } from '../test-fixtures.ts';
import {
  defaultFilters, BRI_CHOICES, countByCountry, countByVendor, countMatches, countryCounts, filterDeployments, filterIndex, matches, summarize, vendorCounts, yearCounts,
  type Filters,
} from './filters.ts';
import { noFacets } from './facets.ts';

// The list-based definitions the counting functions must agree with.
const reference = {
  countByVendor(data: Dataset, f: Filters) {
    const counts: Record<string, number> = {};
    for (const d of filterDeployments(data, { ...f, vendors: [] })) for (const v of d.vendors) counts[v] = (counts[v] ?? 0) + 1;
    return counts;
  },
  tally(data: Dataset, f: Filters, key: (d: Dataset['deployments'][number]) => (string | number)[]) {
    const counts: Record<string, number> = {};
    for (const d of filterDeployments(data, f)) for (const k of key(d)) counts[k] = (counts[k] ?? 0) + 1;
    return counts;
  },
  countries(data: Dataset, f: Filters) {
    return new Set(filterDeployments(data, f).map((d) => d.country)).size;
  },
};

/** A dataset with 70 vendors (three 32-bit words, so bit 31 and word edges are exercised). */
function wideDataset(): Dataset {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const vendors = Array.from({ length: 70 }, (_, i) => `v${i}`);
  const countries = ['SRB', 'ARG', 'ITA', 'USA', 'KEN'];
  const template = TEST_DATA.deployments[0]!;
  const deployments = Array.from({ length: 400 }, (_, i) => {
    const n = 1 + Math.floor(rand() * 3);
    const vs = [...new Set(Array.from({ length: n }, () => vendors[Math.floor(rand() * vendors.length)]!))];
    return {
      ...template,
      id: `d${i}`,
      country: countries[Math.floor(rand() * countries.length)]!,
      vendors: i % 50 === 0 ? ['v31', 'v32'] : vs,
      year: 2010 + Math.floor(rand() * 14),
      briAtYear: rand() < 0.5,
    };
  });
  return {
    ...TEST_DATA,
    deployments,
    vendors: vendors.map((id) => ({ ...TEST_DATA.vendors[0]!, id })),
    countries: countries.map((iso3) => ({ iso3, name: iso3, anchor: [0, 0] as [number, number] })),
    years: { min: 2010, max: 2023 },
  };
}

function* filterCases(data: Dataset): Generator<Filters> {
  const ids = data.vendors.map((v) => v.id);
  const vendorSets = [[], [ids[0]!], [ids[1]!, ids[2]!], ids.slice(28, 36), ['v31'], ['v32'], ['v63', 'v64', 'nobody']];
  for (const vendors of vendorSets) {
    for (const bri of BRI_CHOICES) {
      for (const [from, to] of [[data.years.min, data.years.max], [2017, 2019], [2019, 2019], [2030, 2031]] as const) {
        yield { ...noFacets(), vendors, from, to, bri };
      }
    }
  }
}

describe('counting under filters without building lists', () => {
  for (const [name, data] of [['the test data', TEST_DATA], ['70 vendors', wideDataset()]] as const) {
    it(`agrees with the list-based selectors on ${name}`, () => {
      const index = filterIndex(data);
      for (const f of filterCases(data)) {
        const list = filterDeployments(data, f);
        expect(list).toEqual(data.deployments.filter((d) => matches(d, f, data)));
        expect(countMatches(index, f)).toBe(list.length);
        expect(countryCounts(data, f)).toEqual(countByCountry(list));
        expect(countByVendor(data, f)).toEqual(reference.countByVendor(data, f));
        expect(vendorCounts(data, f)).toEqual(reference.tally(data, f, (d) => d.vendors));
        expect(yearCounts(data, f)).toEqual(reference.tally(data, f, (d) => [d.year]));
        const s = summarize(data, f);
        expect(s.deployments).toBe(list.length);
        expect(s.countries).toBe(reference.countries(data, f));
      }
    });
  }

  it('fills per-country and per-facet slots by the index order', () => {
    const index = filterIndex(TEST_DATA);
    const perCountry = new Int32Array(index.countries.length);
    const vendors = index.facets.vendors;
    const perVendor = new Int32Array(vendors.values.length);
    const f: Filters = { ...noFacets(), vendors: ['huawei'], from: 2012, to: 2023, bri: 'member' };
    expect(countMatches(index, f, { perCountry, perFacet: { vendors: perVendor } })).toBe(TEST_DATA.deployments.filter((d) => matches(d, f, TEST_DATA)).length);
    expect(Object.fromEntries(index.countries.map((c, i) => [c, perCountry[i]]))).toEqual({ SRB: 2, ARG: 1, ITA: 1, USA: 0 });
    expect(perVendor[vendors.bit.get('hikvision')!]).toBe(1);
    expect(perVendor[vendors.bit.get('huawei')!]).toBe(4);
  });

  it('tallies a facet per country: slot country * values + value', () => {
    const index = filterIndex(TEST_DATA);
    const origins = index.facets.origins;
    const tally = new Int32Array(index.countries.length * origins.values.length);
    countMatches(index, defaultFilters(TEST_DATA.years), { perCountryFacet: { key: 'origins', tally } });
    const at = (country: string, origin: string) => tally[index.countries.indexOf(country) * origins.values.length + origins.bit.get(origin)!];
    expect(at('SRB', 'CHN')).toBe(2);
    expect(at('USA', 'JPN')).toBe(1);
    expect(at('USA', 'CHN')).toBe(0);
  });

  it('builds the index once per dataset', () => {
    expect(filterIndex(TEST_DATA)).toBe(filterIndex(TEST_DATA));
  });
});
