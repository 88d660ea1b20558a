// The downloads are data, not page text: their column names, property names and values read the
// same whatever language the page is in, so a newsroom's scripts work on any reader's download.
import { afterEach, describe, expect, it } from 'vitest';
import { deploymentsCsv, deploymentsGeoJson } from '../data/export.ts';
import { TEST_DATA } from '../test-fixtures.ts';
import { LANGUAGES, setLanguage } from './i18n.ts';
import { countryNames, loadCountryNames, setCountryNames } from './countries.ts';

afterEach(() => {
  setLanguage('en');
  setCountryNames(() => undefined);
});

describe('CSV and GeoJSON downloads', () => {
  it('are byte for byte the same in every language', async () => {
    setLanguage('en');
    const csv = deploymentsCsv(TEST_DATA.deployments, TEST_DATA);
    const geojson = deploymentsGeoJson(TEST_DATA.deployments, TEST_DATA);
    expect(csv.split('\r\n')[0]).toMatch(/^id,/);
    for (const lang of LANGUAGES) {
      setLanguage(lang);
      setCountryNames(await loadCountryNames(lang));
      // The page itself does speak the language (so the comparison below could differ) ...
      if (lang !== 'en') expect(countryNames(TEST_DATA.countries).get('SRB'), lang).toMatch(/^S[eé]r[bv]i/);
      // ... but its downloads do not.
      expect(deploymentsCsv(TEST_DATA.deployments, TEST_DATA), lang).toBe(csv);
      expect(deploymentsGeoJson(TEST_DATA.deployments, TEST_DATA), lang).toBe(geojson);
    }
  });
});
