import { describe, expect, it } from 'vitest';
import { TEST_DATA } from '../test-fixtures.ts';
import { csvCell, deploymentsCsv, deploymentsGeoJson } from './export.ts';

describe('downloads', () => {
  it('quotes commas, quotes and newlines in CSV cells', () => {
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(null)).toBe('');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe('-3');
  });

  it('writes one CSV row per deployment, with its sources', () => {
    const list = [{ ...TEST_DATA.deployments[0]!, sources: [{ url: 'https://example.org/a', title: 'A', publisher: 'P', published: '', language: '', note: '', quote: 'A says so.', checked: '2026-12-04' }] }];
    const csv = deploymentsCsv(list, TEST_DATA);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('srb-a,SRB,SRB,srb-a,city');
    expect(lines[1]).toContain('https://example.org/a');
    // The vendor's home country, last, so the first release's columns keep their places.
    expect(lines[0]!.split(',').at(-1)).toBe('vendor_hq_iso3');
    expect(lines[1]!.split(',').at(-1)).toBe('CHN');
    const usa = deploymentsCsv([TEST_DATA.deployments.find((d) => d.id === 'usa-a')!], TEST_DATA).trimEnd().split('\r\n')[1]!;
    expect(usa.split(',').at(-1)).toBe('JPN');
  });

  it('writes GeoJSON points with every field and the licence', () => {
    const fc = JSON.parse(deploymentsGeoJson(TEST_DATA.deployments, TEST_DATA));
    expect(fc.features).toHaveLength(TEST_DATA.deployments.length);
    expect(fc.features[0].properties.vendors).toEqual(['huawei']);
    expect(fc.features[1].properties.vendorHq).toEqual(['CHN', 'CHN']);
    expect(fc.features[0].properties).toHaveProperty('financing');
    expect(fc.license).toMatch(/CC BY 4\.0/);
  });
});
