// Country names in the page's language.
//
// English names come with the data: the build (scripts/lib/countries.ts) writes i18n-iso-countries'
// English names with a newsroom's display names over the treaty-like ones ("Russia", "South Korea",
// "Taiwan") and Kosovo, which ISO 3166-1 lacks. Readers in the other languages get
// i18n-iso-countries' names for their language with the same overrides in their language below. The
// library and the one locale a reader needs are loaded on demand, so English readers download
// neither, and everyone else only their own (about 12 kB before compression, most of it the
// library's code table).
import type { Country } from '../data/schema.ts';
import type { Lang } from './i18n.ts';

type Translated = Exclude<Lang, 'en'>;

/**
 * Each language's words for the display names in scripts/lib/countries.ts (countries.test.ts fails
 * when a newsroom name there has no counterpart here), and Kosovo. Portuguese and French also
 * correct the library where it writes otherwise than the press in that language.
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
  pt: {
    BOL: 'Bolívia',
    COD: 'República Democrática do Congo',
    GBR: 'Reino Unido',
    IRN: 'Irã',
    KOR: 'Coreia do Sul',
    PRK: 'Coreia do Norte',
    LAO: 'Laos',
    MDA: 'Moldávia',
    PSE: 'Palestina',
    RUS: 'Rússia',
    SYR: 'Síria',
    TWN: 'Taiwan',
    TZA: 'Tanzânia',
    USA: 'Estados Unidos',
    VEN: 'Venezuela',
    VNM: 'Vietnã',
    XKX: 'Kosovo',
    // The library's Portuguese swaps the two Congos.
    COG: 'República do Congo',
    // The library writes Portugal's Portuguese; the catalogue writes Brazil's.
    ARM: 'Armênia',
    BEN: 'Benin',
    BIH: 'Bósnia e Herzegovina',
    CYM: 'Ilhas Cayman',
    CZE: 'República Tcheca',
    EST: 'Estônia',
    GRL: 'Groenlândia',
    KEN: 'Quênia',
    KIR: 'Kiribati',
    KWT: 'Kuwait',
    LVA: 'Letônia',
    MCO: 'Mônaco',
    MDG: 'Madagascar',
    MKD: 'Macedônia do Norte',
    MMR: 'Mianmar',
    MUS: 'Maurício',
    MWI: 'Malawi',
    NCL: 'Nova Caledônia',
    POL: 'Polônia',
    QAT: 'Catar',
    ROU: 'Romênia',
    SVN: 'Eslovênia',
    TKM: 'Turcomenistão',
    VAT: 'Vaticano',
    YEM: 'Iêmen',
  },
  fr: {
    BOL: 'Bolivie',
    COD: 'République démocratique du Congo',
    GBR: 'Royaume-Uni',
    IRN: 'Iran',
    KOR: 'Corée du Sud',
    PRK: 'Corée du Nord',
    LAO: 'Laos',
    MDA: 'Moldavie',
    PSE: 'Palestine',
    RUS: 'Russie',
    SYR: 'Syrie',
    TWN: 'Taïwan',
    TZA: 'Tanzanie',
    USA: 'États-Unis',
    VEN: 'Venezuela',
    VNM: 'Vietnam',
    XKX: 'Kosovo',
    // Where the library's French is a treaty name or capitalised as in English.
    ARE: 'Émirats arabes unis',
    BRN: 'Brunei',
    CAF: 'République centrafricaine',
    CIV: "Côte d'Ivoire",
    CZE: 'République tchèque',
    DOM: 'République dominicaine',
    MMR: 'Birmanie',
    SAU: 'Arabie saoudite',
    SWZ: 'Eswatini',
    VAT: 'Vatican',
    VGB: 'Îles Vierges britanniques',
    VIR: 'Îles Vierges des États-Unis',
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

// One import() per language, spelt out so that the bundler makes each locale its own small file.
const LOCALE_FILES: Record<Translated, () => Promise<{ default: { locale: string; countries: Record<string, string | string[]> } }>> = {
  de: () => import('i18n-iso-countries/langs/de.json'),
  es: () => import('i18n-iso-countries/langs/es.json'),
  pt: () => import('i18n-iso-countries/langs/pt.json'),
  fr: () => import('i18n-iso-countries/langs/fr.json'),
};

/**
 * Loads the country names for `lang`. English needs nothing (the data carries English names). If
 * the names cannot be loaded the page goes on with English names rather than failing.
 */
export async function loadCountryNames(lang: Lang): Promise<NameLookup> {
  if (lang === 'en') return none;
  try {
    const [library, localeData] = await Promise.all([
      import('i18n-iso-countries'),
      LOCALE_FILES[lang](),
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
