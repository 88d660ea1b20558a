import type { MapData } from '../data/schema.ts';
import { compareText } from '../i18n/i18n.ts';

export type SearchHit =
  | { kind: 'country'; label: string; iso3: string; anchor: [number, number] }
  | { kind: 'deployment'; label: string; id: string; lon: number; lat: number }
  | { kind: 'vendor'; label: string; id: string };

interface Entry {
  hit: SearchHit;
  /** Normalised words the query is matched against. */
  text: string;
}

/** Lowercase without accents: "bogota" finds "Bogotá", "kiew" does not pretend to find "Kyiv". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The index for `data`. `localName` gives a country's name in the page's language (default: the
 * data's English name): hits show it, and a query matches it, the English name or the ISO code.
 */
export function buildSearchIndex(data: MapData, localName: ReadonlyMap<string, string> = new Map()): Entry[] {
  const englishName = new Map(data.countries.map((c) => [c.iso3, c.name]));
  const countryName = (iso3: string) => localName.get(iso3) ?? englishName.get(iso3) ?? iso3;
  const countryWords = (iso3: string) => {
    const local = countryName(iso3);
    const english = englishName.get(iso3) ?? iso3;
    return local === english ? local : `${local} ${english}`;
  };
  const vendorName = new Map(data.vendors.map((v) => [v.id, v.name]));
  const withData = new Set(data.deployments.map((d) => d.country));
  const usedVendors = new Set(data.deployments.flatMap((d) => d.vendors));
  const entries: Entry[] = [];
  for (const c of data.countries) {
    if (!withData.has(c.iso3)) continue;
    entries.push({ hit: { kind: 'country', label: countryName(c.iso3), iso3: c.iso3, anchor: c.anchor }, text: fold(`${countryWords(c.iso3)} ${c.iso3}`) });
  }
  for (const v of data.vendors) {
    if (!usedVendors.has(v.id)) continue;
    entries.push({ hit: { kind: 'vendor', label: v.name, id: v.id }, text: fold(`${v.name} ${v.id}`) });
  }
  for (const d of data.deployments) {
    if (d.precision === 'country') continue;
    const country = countryName(d.country);
    const vendors = d.vendors.map((v) => vendorName.get(v) ?? v).join(', ');
    entries.push({
      hit: { kind: 'deployment', label: `${d.place}, ${country} · ${vendors} (${d.year})`, id: d.id, lon: d.lon, lat: d.lat },
      text: fold(`${d.place} ${countryWords(d.country)}`),
    });
  }
  return entries;
}

/**
 * Hits for a query: entries whose words start with it come first, then those that merely contain
 * it; countries before vendors before single deployments, each alphabetically.
 */
export function search(index: readonly Entry[], query: string, limit = 8): SearchHit[] {
  const q = fold(query);
  if (q.length < 2) return [];
  const order = { country: 0, vendor: 1, deployment: 2 } as const;
  const scored: { hit: SearchHit; score: number }[] = [];
  for (const e of index) {
    const at = e.text.indexOf(q);
    if (at < 0) continue;
    const wordStart = at === 0 || e.text[at - 1] === ' ';
    scored.push({ hit: e.hit, score: (wordStart ? 0 : 10) + order[e.hit.kind] });
  }
  return scored
    .sort((a, b) => a.score - b.score || compareText(a.hit.label, b.hit.label))
    .slice(0, limit)
    .map((s) => s.hit);
}
