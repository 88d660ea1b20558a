import { describe, expect, it } from 'vitest';
import { briIndex, isBriMember } from '../../src/data/bri.ts';
import { TEST_DATA } from '../../src/test-fixtures.ts';
import { attribute, decodeVlq, packageOf } from './attribution.ts';
import { datasetJson, prng, syntheticDataset, weighted } from './synthetic.ts';

describe('synthetic datasets', () => {
  it('are deterministic and have the requested size', () => {
    const a = syntheticDataset(TEST_DATA, 300);
    const b = syntheticDataset(TEST_DATA, 300);
    expect(a).toEqual(b);
    expect(a.deployments).toHaveLength(300);
    expect(new Set(a.deployments.map((d) => d.id)).size).toBe(300);
  });

  it('draw from the real vocabulary and judge BRI membership in each record\'s year', () => {
    const data = syntheticDataset(TEST_DATA, 500);
    const vendors = new Set(TEST_DATA.deployments.flatMap((d) => d.vendors));
    const countries = new Set(TEST_DATA.countries.map((c) => c.iso3));
    const members = briIndex(TEST_DATA.bri);
    for (const d of data.deployments) {
      expect(d.vendors.every((v) => vendors.has(v))).toBe(true);
      expect(countries.has(d.country)).toBe(true);
      expect(d.year).toBeGreaterThanOrEqual(data.years.min);
      expect(d.year).toBeLessThanOrEqual(data.years.max);
      expect(d.briAtYear).toBe(isBriMember(members.get(d.country), d.year));
    }
  });

  it('serialise to the same JSON as JSON.stringify would', () => {
    const data = syntheticDataset(TEST_DATA, 12_345);
    expect(JSON.parse(datasetJson(data).toString())).toEqual(JSON.parse(JSON.stringify(data)));
    expect(JSON.parse(datasetJson({ ...data, deployments: [] }).toString()).deployments).toEqual([]);
  });

  it('weighted draws follow the weights', () => {
    const draw = weighted([['a', 1], ['b', 3]] as const, prng(1));
    let b = 0;
    for (let i = 0; i < 10_000; i++) if (draw() === 'b') b++;
    expect(b / 10_000).toBeCloseTo(0.75, 1);
  });
});

describe('source-map attribution', () => {
  it('decodes base64 VLQ', () => {
    expect(decodeVlq('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlq('CAEC')).toEqual([1, 0, 2, 1]);
    expect(decodeVlq('D')).toEqual([-1]);
    expect(decodeVlq('gB')).toEqual([16]);
  });

  it('names the package of a source path', () => {
    expect(packageOf('../../node_modules/maplibre-gl/src/ui/map.ts')).toBe('maplibre-gl');
    expect(packageOf('../../node_modules/@fontsource/noto-sans/index.css')).toBe('@fontsource/noto-sans');
    expect(packageOf('../../src/main.ts')).toBe('ours');
  });

  it('splits generated code by the source of each mapping, continuing across unmapped lines', () => {
    // line 0: "ours;" from src/a.ts, then "lib;" from the library; line 1 has no mapping.
    const code = 'ours;lib;\nshader';
    const map = { sources: ['../../src/a.ts', '../../node_modules/lib/x.js'], mappings: 'AAAA,KCAA;' };
    const groups = attribute(code, map);
    expect(groups.get('ours')).toBe('ours;');
    expect(groups.get('lib')).toBe('lib;\nshader');
  });
});
