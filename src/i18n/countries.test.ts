import countries from 'i18n-iso-countries';
import deLocale from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import esLocale from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import frLocale from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import ptLocale from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGES } from './i18n.ts';
import { countryName as newsroomName } from '../../scripts/lib/countries.ts';
import { countryNames, DISPLAY_NAMES, loadCountryNames, namesFrom, setCountryNames } from './countries.ts';

afterEach(() => setCountryNames(() => undefined));

describe('country names', () => {
  it("give every newsroom name in scripts/lib/countries.ts (where it departs from ISO's English) a name in each other language", () => {
    const departures = [...Object.keys(countries.getAlpha3Codes()), 'XKX'].filter((iso3) => newsroomName(iso3) !== countries.getName(iso3, 'en'));
    expect(departures).toEqual(expect.arrayContaining(['RUS', 'TWN', 'SYR', 'XKX']));
    const others = LANGUAGES.filter((lang) => lang !== 'en');
    expect(Object.keys(DISPLAY_NAMES).sort()).toEqual([...others].sort());
    for (const lang of others) for (const iso3 of departures) expect(DISPLAY_NAMES[lang][iso3], `${iso3} (${newsroomName(iso3)}) in ${lang}`).toBeTruthy();
  });

  it('override only real country codes', () => {
    for (const [lang, names] of Object.entries(DISPLAY_NAMES)) for (const iso3 of Object.keys(names)) expect(iso3 === 'XKX' || countries.isValid(iso3), `${lang}: ${iso3}`).toBe(true);
  });

  it('name countries in German and Spanish from i18n-iso-countries, with the newsroom names over them', () => {
    const de = namesFrom('de', countries, deLocale);
    expect(['DEU', 'SRB', 'CIV', 'RUS', 'KOR', 'TWN', 'XKX', 'USA'].map(de)).toEqual(['Deutschland', 'Serbien', 'Elfenbeinküste', 'Russland', 'Südkorea', 'Taiwan', 'Kosovo', 'USA']);
    const es = namesFrom('es', countries, esLocale);
    expect(['DEU', 'SRB', 'RUS', 'KOR', 'TWN', 'XKX', 'USA'].map(es)).toEqual(['Alemania', 'Serbia', 'Rusia', 'Corea del Sur', 'Taiwán', 'Kosovo', 'Estados Unidos']);
  });

  it('name countries in Brazilian Portuguese, with the two Congos the right way round', () => {
    const pt = namesFrom('pt', countries, ptLocale);
    expect(['DEU', 'AGO', 'MOZ', 'BRA', 'SRB', 'RUS', 'USA', 'XKX'].map(pt)).toEqual(['Alemanha', 'Angola', 'Moçambique', 'Brasil', 'Sérvia', 'Rússia', 'Estados Unidos', 'Kosovo']);
    // The library's Portuguese is Portugal's (Quénia, Irão, Vietname) and swaps the Congos.
    expect(['KEN', 'IRN', 'VNM', 'POL', 'PSE'].map(pt)).toEqual(['Quênia', 'Irã', 'Vietnã', 'Polônia', 'Palestina']);
    expect(['COD', 'COG'].map(pt)).toEqual(['República Democrática do Congo', 'República do Congo']);
  });

  it('name countries in French as the French press does', () => {
    const fr = namesFrom('fr', countries, frLocale);
    expect(['DEU', 'SRB', 'CIV', 'SEN', 'RUS', 'TWN', 'USA', 'XKX'].map(fr)).toEqual(['Allemagne', 'Serbie', "Côte d'Ivoire", 'Sénégal', 'Russie', 'Taïwan', 'États-Unis', 'Kosovo']);
    expect(['ARE', 'SAU', 'MMR', 'TZA', 'COD', 'COG'].map(fr)).toEqual(['Émirats arabes unis', 'Arabie saoudite', 'Birmanie', 'Tanzanie', 'République démocratique du Congo', 'République du Congo']);
  });

  it('have no name for codes that are not countries', () => {
    const de = namesFrom('de', countries, deLocale);
    for (const code of ['XXX', 'de', 'DE', '276', '', '__proto__', 'toString', '<b>']) expect(de(code), code).toBeUndefined();
  });

  it("load nothing for English, whose names the data carries; German on demand", async () => {
    expect((await loadCountryNames('en'))('DEU')).toBeUndefined();
    expect((await loadCountryNames('de'))('DEU')).toBe('Deutschland');
    expect((await loadCountryNames('es'))('GBR')).toBe('Reino Unido');
    expect((await loadCountryNames('pt'))('MOZ')).toBe('Moçambique');
    expect((await loadCountryNames('fr'))('DZA')).toBe('Algérie');
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
