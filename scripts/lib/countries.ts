import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

// Kosovo has no ISO 3166-1 code; XKX is the user-assigned code the EU and World Bank use.
const SUPPLEMENT: Record<string, { name: string; alpha2: string }> = {
  XKX: { name: 'Kosovo', alpha2: 'XK' },
};

// Names as a newsroom writes them, where the ISO short name reads like a treaty.
const DISPLAY_NAMES: Record<string, string> = {
  BOL: 'Bolivia',
  COD: 'DR Congo',
  GBR: 'United Kingdom',
  IRN: 'Iran',
  KOR: 'South Korea',
  PRK: 'North Korea',
  LAO: 'Laos',
  MDA: 'Moldova',
  PSE: 'Palestine',
  RUS: 'Russia',
  SYR: 'Syria',
  TWN: 'Taiwan',
  TZA: 'Tanzania',
  USA: 'United States',
  VEN: 'Venezuela',
  VNM: 'Vietnam',
};

export function isCountryCode(iso3: string): boolean {
  return iso3 in SUPPLEMENT || (/^[A-Z]{3}$/.test(iso3) && countries.isValid(iso3));
}

export function countryName(iso3: string): string {
  return DISPLAY_NAMES[iso3] ?? SUPPLEMENT[iso3]?.name ?? countries.getName(iso3, 'en') ?? iso3;
}

export function alpha2(iso3: string): string | undefined {
  return SUPPLEMENT[iso3]?.alpha2 ?? countries.alpha3ToAlpha2(iso3);
}

/** world-atlas ids are ISO numeric strings; Kosovo carries no id and is matched by name. */
export function iso3FromAtlas(id: string | number | undefined, name: string): string | undefined {
  if (id !== undefined) return countries.numericToAlpha3(String(id).padStart(3, '0'));
  return name === 'Kosovo' ? 'XKX' : undefined;
}
