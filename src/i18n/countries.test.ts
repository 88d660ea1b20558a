import countries from 'i18n-iso-countries';
import deLocale from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import esLocale from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import { afterEach, describe, expect, it } from 'vitest';
import { countryName as newsroomName } from '../../scripts/lib/countries.ts';
import { countryNames, DISPLAY_NAMES, loadCountryNames, namesFrom, setCountryNames } from './countries.ts';

afterEach(() => setCountryNames(() => undefined));

describe('country names', () => {
  it("give every newsroom name in scripts/lib/countries.ts (where it departs from ISO's English) a German and a Spanish name", () => {
    const departures = [...Object.keys(countries.getAlpha3Codes()), 'XKX'].filter((iso3) => newsroomName(iso3) !== countries.getName(iso3, 'en'));
    expect(departures).toEqual(expect.arrayContaining(['RUS', 'TWN', 'SYR', 'XKX']));
    for (const iso3 of departures) {
      expect(DISPLAY_NAMES.de[iso3], `${iso3} (${newsroomName(iso3)}) in German`).toBeTruthy();
      expect(DISPLAY_NAMES.es[iso3], `${iso3} (${newsroomName(iso3)}) in Spanish`).toBeTruthy();
    }
  });

  it('name countries in German and Spanish from i18n-iso-countries, with the newsroom names over them', () => {
    const de = namesFrom('de', countries, deLocale);
    expect(['DEU', 'SRB', 'CIV', 'RUS', 'KOR', 'TWN', 'XKX', 'USA'].map(de)).toEqual(['Deutschland', 'Serbien', 'Elfenbeinküste', 'Russland', 'Südkorea', 'Taiwan', 'Kosovo', 'USA']);
    const es = namesFrom('es', countries, esLocale);
    expect(['DEU', 'SRB', 'RUS', 'KOR', 'TWN', 'XKX', 'USA'].map(es)).toEqual(['Alemania', 'Serbia', 'Rusia', 'Corea del Sur', 'Taiwán', 'Kosovo', 'Estados Unidos']);
  });

  it('have no name for codes that are not countries', () => {
    const de = namesFrom('de', countries, deLocale);
    for (const code of ['XXX', 'de', 'DE', '276', '', '__proto__', 'toString', '<b>']) expect(de(code), code).toBeUndefined();
  });

  it("load nothing for English, whose names the data carries; German on demand", async () => {
    expect((await loadCountryNames('en'))('DEU')).toBeUndefined();
    expect((await loadCountryNames('de'))('DEU')).toBe('Deutschland');
    expect((await loadCountryNames('es'))('GBR')).toBe('Reino Unido');
  });

  it("fall back to the data's English name, then the code", async () => {
    const data = [
      { iso3: 'DEU', name: 'Germany', anchor: [0, 0] as [number, number] },
      { iso3: 'XKX', name: 'Kosovo', anchor: [0, 0] as [number, number] },
      { iso3: 'ZZZ', name: 'Zedland', anchor: [0, 0] as [number, number] },
    ];
    expect([...countryNames(data).values()]).toEqual(['Germany', 'Kosovo', 'Zedland']);
    setCountryNames(await loadCountryNames('de'));
    expect([...countryNames(data).values()]).toEqual(['Deutschland', 'Kosovo', 'Zedland']);
  });
});
