import { geoArea, geoCentroid, geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Country } from '../../src/data/schema.ts';
import { countryName, iso3FromAtlas } from './countries.ts';

type CountryProps = { name: string };
export type CountryTopology = Topology<{ countries: GeometryCollection<CountryProps>; land: GeometryCollection }>;

/**
 * Border policy: we draw Natural Earth's lines as world-atlas ships them, which follow who controls
 * the ground (de facto). Countries are keyed by ISO alpha-3; Kosovo, which has no ISO code, gets
 * the user-assigned XKX. Northern Cyprus, Somaliland and a few small territories have no code:
 * they are drawn as land but never shaded or counted.
 */
export function keyByIso3(topo: CountryTopology): CountryTopology {
  // Antarctica is dropped: it has no deployments and would take a fifth of the world view.
  const geometries = topo.objects.countries.geometries.filter((g) => g.id !== '010').map((g) => {
    const name = (g.properties as CountryProps | undefined)?.name ?? '';
    const iso3 = iso3FromAtlas(g.id, name);
    const { id: _drop, ...rest } = g;
    return iso3 ? { ...rest, id: iso3, properties: { name: countryName(iso3) } } : { ...rest, properties: { name } };
  });
  return { ...topo, objects: { ...topo.objects, countries: { ...topo.objects.countries, geometries } } } as CountryTopology;
}

/**
 * One point per country for country-level records and count bubbles: the centroid of its largest
 * polygon (so France's point is in France, not between Paris and French Guiana), or, where that
 * centroid falls outside the shape (a crescent-shaped country), the `fallback` point (the capital).
 */
export function countryAnchors(topo: CountryTopology, fallback: (iso3: string) => [number, number] | undefined): Country[] {
  const fc = feature(topo, topo.objects.countries);
  const largest = new Map<string, { area: number; polygon: Polygon }>();
  for (const f of fc.features as Feature<Polygon | MultiPolygon, CountryProps>[]) {
    const iso3 = typeof f.id === 'string' ? f.id : undefined;
    if (!iso3 || !f.geometry) continue;
    const rings: Position[][][] = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const coordinates of rings) {
      const polygon: Polygon = { type: 'Polygon', coordinates };
      const area = geoArea(polygon);
      if (area > (largest.get(iso3)?.area ?? -1)) largest.set(iso3, { area, polygon });
    }
  }
  return [...largest.entries()]
    .map(([iso3, { polygon }]) => {
      const c = geoCentroid(polygon);
      const inside = geoContains(polygon, c);
      const anchor = inside ? c : (fallback(iso3) ?? c);
      return { iso3, name: countryName(iso3), anchor: [round(anchor[0]), round(anchor[1])] as [number, number] };
    })
    .sort((a, b) => a.iso3.localeCompare(b.iso3));
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
