// Checks the published dataset itself: size, coverage, honesty rules, and the seed deployments.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContext, readInput } from '../scripts/build-data.ts';
import { buildDataset } from '../scripts/lib/pipeline.ts';
import type { Dataset } from '../src/data/schema.ts';

let data: Dataset;
beforeAll(() => {
  const ctx = loadContext();
  data = buildDataset(readInput('data'), { gazetteer: ctx.gazetteer, countries: ctx.countries });
});

const REGIONS: Record<string, string[]> = {
  'Latin America': ['ARG', 'BOL', 'BRA', 'CHL', 'COL', 'ECU', 'GUY', 'MEX', 'PAN', 'PER', 'PRY', 'SUR', 'URY', 'VEN', 'TTO', 'JAM', 'HND', 'GTM', 'SLV', 'NIC', 'CUB', 'BHS', 'ATG'],
  Africa: ['KEN', 'UGA', 'ZWE', 'ZMB', 'NGA', 'GHA', 'CIV', 'CMR', 'AGO', 'ETH', 'MUS', 'ZAF', 'TZA', 'MOZ', 'MDG', 'COD', 'GIN', 'MLI', 'BFA', 'BWA', 'CPV'],
  'Central Asia': ['KAZ', 'KGZ', 'UZB', 'TJK', 'TKM', 'MNG'],
  'South-East Asia': ['MYS', 'PHL', 'IDN', 'THA', 'VNM', 'LAO', 'KHM', 'MMR', 'SGP'],
  Europe: ['SRB', 'DEU', 'FRA', 'ITA', 'ESP', 'GBR', 'NLD', 'HUN', 'UKR', 'PRT', 'MLT', 'POL', 'AUT', 'GRC'],
  'Middle East': ['EGY', 'MAR', 'DZA', 'ARE', 'SAU', 'IRN', 'IRQ', 'TUR', 'ISR', 'PSE', 'LBN', 'BHR', 'OMN'],
};

describe('the dataset', () => {
  it('has at least 150 deployments in at least 50 countries', () => {
    expect(data.deployments.length).toBeGreaterThanOrEqual(150);
    expect(new Set(data.deployments.map((d) => d.country)).size).toBeGreaterThanOrEqual(50);
  });

  it.each(Object.entries(REGIONS))('covers %s', (_region, countries) => {
    const here = data.deployments.filter((d) => countries.includes(d.country));
    expect(here.length).toBeGreaterThanOrEqual(10);
    expect(new Set(here.map((d) => d.country)).size).toBeGreaterThanOrEqual(4);
  });

  // Issue 13's second edition: 500 deployments in 130 countries, 40 each for Hikvision and Dahua,
  // 60 for the non-Chinese vendors together. Release 1.3.0 has 595 in 146, 114, 61 and 294.
  it('has the second edition: 500+ deployments in 130+ countries, 40+ Hikvision and Dahua, 60+ non-Chinese', () => {
    expect(data.deployments.length).toBeGreaterThanOrEqual(500);
    expect(new Set(data.deployments.map((d) => d.country)).size).toBeGreaterThanOrEqual(130);
    const hq = new Map(data.vendors.map((v) => [v.id, v.hq]));
    expect(data.deployments.filter((d) => d.vendors.includes('hikvision')).length).toBeGreaterThanOrEqual(40);
    expect(data.deployments.filter((d) => d.vendors.includes('dahua')).length).toBeGreaterThanOrEqual(40);
    expect(data.deployments.filter((d) => d.vendors.some((v) => hq.get(v) !== 'CHN')).length).toBeGreaterThanOrEqual(60);
  });

  it('gives every source row a url, a publisher, the quote the record rests on and the day it was read', () => {
    const sources = data.deployments.flatMap((d) => d.sources);
    for (const s of sources) {
      expect(s.url).toMatch(/^https?:\/\//);
      expect(s.publisher.length, s.url).toBeGreaterThan(0);
      expect(s.quote.trim().length, s.url).toBeGreaterThan(0);
      expect(s.checked, s.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('covers the Chinese vendors and their non-Chinese competitors', () => {
    const count = (v: string) => data.deployments.filter((d) => d.vendors.includes(v)).length;
    for (const v of ['huawei', 'zte', 'hikvision', 'dahua', 'ceiec', 'cloudwalk', 'yitu', 'nec', 'ibm', 'thales', 'idemia', 'clearview', 'palantir']) {
      expect(count(v), v).toBeGreaterThan(0);
    }
    expect(count('huawei')).toBeGreaterThanOrEqual(30);
  });

  it('gives every deployment a source, and every source an http(s) URL', () => {
    for (const d of data.deployments) {
      expect(d.sources.length, d.id).toBeGreaterThan(0);
      for (const s of d.sources) expect(s.url, d.id).toMatch(/^https?:\/\/[^/]+\.[^/]+/);
    }
  });

  it('keeps disagreements visible: every range of cameras or value explains itself', () => {
    for (const d of data.deployments) {
      const ranged = (d.cameras && d.cameras.min !== d.cameras.max) || (d.value && d.value.min !== d.value.max);
      if (ranged) expect(d.disagreement, d.id).not.toBe('');
    }
  });

  it.each([
    ['ZTE in Jujuy, Argentina', 'arg-jujuy-zte-safe-city', 'zte'],
    ['Huawei in Belgrade, Serbia', 'srb-belgrade-huawei-safe-city', 'huawei'],
    ["China's camera donation to Uruguay", 'ury-brazil-border-unspecified-chinese-cameras', 'unspecified_chinese'],
    ['ECU-911 in Ecuador', 'ecu-national-ceiec-huawei-ecu911', 'ceiec'],
    ['BOL-110 in Bolivia', 'bol-la-paz-ceiec-bol110', 'ceiec'],
    ['donated cameras in four Bolivian cities', 'bol-four-cities-unspecified-chinese-camera-donation', 'unspecified_chinese'],
    ['cameras in Colón, Panama', 'pan-colon-unspecified-chinese-cameras', 'unspecified_chinese'],
    ["Mexico City's Chinese cameras (2007)", 'mex-mexico-city-unspecified-chinese-2007', 'unspecified_chinese'],
    ["ZTE's carnet de la patria in Venezuela", 'ven-national-zte-carnet-de-la-patria', 'zte'],
  ])('includes the seed deployment: %s', (_name, id, vendor) => {
    const d = data.deployments.find((x) => x.id === id);
    expect(d, id).toBeDefined();
    expect(d!.vendors).toContain(vendor);
  });

  it('keeps both camera counts for Jujuy (600 in Argentine press, 1,200 per Ellis)', () => {
    const jujuy = data.deployments.find((x) => x.id === 'arg-jujuy-zte-safe-city')!;
    expect(jujuy.cameras).toEqual({ min: 600, max: 1200 });
    expect(jujuy.disagreement).toMatch(/1,200/);
  });

  it.each(['DEU', 'FRA', 'ITA', 'TUR', 'RUS', 'UKR', 'AZE'])('has Huawei in %s, which the AP/Carnegie report names', (iso3) => {
    expect(data.deployments.some((d) => d.country === iso3 && d.vendors.includes('huawei'))).toBe(true);
  });

  it('records Italy leaving the BRI, so it counts as a member 2019-2022 only', () => {
    const italy = data.bri.find((m) => m.country === 'ITA');
    expect(italy).toMatchObject({ mouYear: 2019, leftYear: 2023 });
  });
});
