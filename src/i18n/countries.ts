// Country names in the page's language.
//
// English names come with the data: the build (scripts/lib/countries.ts) writes i18n-iso-countries'
// English names with a newsroom's display names over the treaty-like ones ("Russia", "South Korea",
// "Taiwan") and Kosovo, which ISO 3166-1 lacks. German and Spanish readers get i18n-iso-countries'
// names for their language with the same overrides in their language below. The library and the one
// locale a reader needs are loaded on demand, so English readers download neither, and German and
// Spanish readers only their own (about 12 kB before compression, most of it the library's code table).
import type { Country } from '../data/schema.ts';
import type { Lang } from './i18n.ts';

type Translated = Exclude<Lang, 'en'>;

/**
 * German and Spanish for the display names in scripts/lib/countries.ts (countries.test.ts fails
 * when a newsroom name there has no counterpart here), and Kosovo.
 */
export const DISPLAY_NAMES: Record<Translated, Record<string, string>> = {
  de: {
    BOL: 'Bolivien',
    COD: 'DR Kongo',
    GBR: 'Großbritannien',
    IRN: 'Iran',
    KOR: 'Südkorea',
    PRK: 'Nordkorea',
    LAO: 'Laos',
    MDA: 'Moldau',
    PSE: 'Palästina',
    RUS: 'Russland',
    SYR: 'Syrien',
    TWN: 'Taiwan',
    TZA: 'Tansania',
    USA: 'USA',
    VEN: 'Venezuela',
    VNM: 'Vietnam',
    XKX: 'Kosovo',
  },
  es: {
    BOL: 'Bolivia',
    COD: 'República Democrática del Congo',
    GBR: 'Reino Unido',
    IRN: 'Irán',
    KOR: 'Corea del Sur',
    PRK: 'Corea del Norte',
    LAO: 'Laos',
    MDA: 'Moldavia',
    PSE: 'Palestina',
    RUS: 'Rusia',
    SYR: 'Siria',
    TWN: 'Taiwán',
    TZA: 'Tanzania',
    USA: 'Estados Unidos',
    VEN: 'Venezuela',
    VNM: 'Vietnam',
    XKX: 'Kosovo',
  },
};

/** A name for an ISO 3166-1 alpha-3 code, or undefined where the language has none. */
export type NameLookup = (iso3: string) => string | undefined;

const none: NameLookup = () => undefined;

/** Builds the lookup for `lang` from i18n-iso-countries and one of its locale files. */
export function namesFrom(
  lang: Translated,
  library: { registerLocale(data: { locale: string; countries: Record<string, string | string[]> }): void; getName(code: string, lang: string): string | undefined },
  localeData: { locale: string; countries: Record<string, string | string[]> },
): NameLookup {
  library.registerLocale(localeData);
  const own = DISPLAY_NAMES[lang];
  return (iso3) => (Object.hasOwn(own, iso3) ? own[iso3] : /^[A-Z]{3}$/.test(iso3) ? library.getName(iso3, lang) || undefined : undefined);
}

/**
 * Loads the country names for `lang`. English needs nothing (the data carries English names). If
 * the names cannot be loaded the page goes on with English names rather than failing.
 */
export async function loadCountryNames(lang: Lang): Promise<NameLookup> {
  if (lang === 'en') return none;
  try {
    const [library, localeData] = await Promise.all([
      import('i18n-iso-countries'),
      lang === 'de' ? import('i18n-iso-countries/langs/de.json') : import('i18n-iso-countries/langs/es.json'),
    ]);
    return namesFrom(lang, library.default, localeData.default);
  } catch {
    return none;
  }
}

let lookup: NameLookup = none;

/** Sets the names the panels use; main.ts calls it once with what loadCountryNames gave. */
export function setCountryNames(names: NameLookup): void {
  lookup = names;
}

/** iso3 → the name in the page's language, falling back to the data's English name, then the code. */
export function countryNames(countries: readonly Country[]): Map<string, string> {
  return new Map(countries.map((c) => [c.iso3, lookup(c.iso3) ?? c.name ?? c.iso3]));
}
