import type { Feature, FeatureCollection, Geometry, MultiLineString, Point, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Country, MapData, MapDeployment } from '../data/schema.ts';
import { FACETS, facetContext } from '../store/facets.ts';
import { valueProperty } from './style.ts';

/**
 * Deployments as map points, carrying only what the style filters and paints by; the details
 * panel reads everything else from the dataset by id.
 */
export function deploymentFeatures(deployments: readonly MapDeployment[], data: Pick<MapData, 'vendors'>): FeatureCollection<Point> {
  const ctx = facetContext(data);
  return {
    type: 'FeatureCollection',
    features: deployments.map((d) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [d.lon, d.lat] },
      properties: {
        id: d.id,
        // Each facet's values: the first as `vendor`, `type`, ..., further ones (a second vendor)
        // as vendor1, vendor2, ... (see deploymentFilter).
        ...Object.fromEntries(FACETS.flatMap((f) => f.of(d, ctx).map((v, n) => [valueProperty(f, n), v]))),
        year: d.year,
        bri: d.briAtYear,
        cameras: d.cameras?.max ?? null,
        precision: d.precision,
        country: d.country,
      },
    })),
  };
}

export function anchorFeatures(countries: readonly Country[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: countries.map((c) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: c.anchor },
      properties: { iso3: c.iso3 },
    })),
  };
}

type CountryTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/**
 * Country polygons plus one mesh of shared borders. Drawing borders from the mesh, not from each
 * polygon's outline, keeps strokes off the coastlines and off the antimeridian cut through Russia
 * and Fiji.
 */
export function basemapFeatures(topo: CountryTopology): { countries: FeatureCollection; borders: MultiLineString } {
  const fc = feature(topo, topo.objects.countries);
  const countries: FeatureCollection = {
    type: 'FeatureCollection',
    features: fc.features.map((f): Feature => ({
      type: 'Feature',
      geometry: unwrapGeometry(f.geometry),
      properties: { iso3: typeof f.id === 'string' ? f.id : '', name: f.properties?.name ?? '' },
    })),
  };
  const borders = mesh(topo, topo.objects.countries, (a, b) => a !== b);
  return { countries, borders: { ...borders, coordinates: borders.coordinates.map(unwrapLine) } };
}

/**
 * world-atlas rings that cross the antimeridian (Chukotka, Fiji, Kiribati) jump from +179.9 to
 * -179.9; drawn on a flat map that edge runs across the whole world. Keeping longitudes
 * continuous (180.1 instead of -179.9) lets the renderer clip the ring at the map's edge instead.
 */
export function unwrapLine(line: Position[]): Position[] {
  let shift = 0;
  return line.map((p, i) => {
    const prev = line[i - 1];
    if (prev) {
      const d = p[0]! - prev[0]!;
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    return shift ? [p[0]! + shift, p[1]!] : p;
  });
}

function unwrapGeometry(g: Geometry): Geometry {
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map(unwrapLine) };
  if (g.type === 'MultiPolygon') return { ...g, coordinates: g.coordinates.map((poly) => poly.map(unwrapLine)) };
  return g;
}
